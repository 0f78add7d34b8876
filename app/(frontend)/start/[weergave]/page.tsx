import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { SearchForm } from '@/components/search/SearchForm'
import { AUDIENCES } from '@/components/site/audiences'
import { cachedForPage } from '@/revalidation/page-cache'
import { parseSearchParams } from '@/search/params'

import '../../zoeken/zoeken.css'

// The home page. next.config.mjs rewrites `/` here: as a dynamic route without prebuilt params it is
// rendered on the first visit and then served from the page cache, where `/` itself would be
// prerendered at build time, without the database it shows. The sync worker expires the cached
// page through its data's tag (pagina:/) when the counts or the top rubrieken change.
export const revalidate = 3600
export const generateStaticParams = async (): Promise<{ weergave: string }[]> => []

export const metadata: Metadata = { alternates: { canonical: '/' } }

type Startgegevens = {
  aantallen: [string, number][]
  rubrieken: { id: number; code: string; naam: string }[]
}

const leesStartgegevens = cachedForPage('/', async (): Promise<Startgegevens> => {
  const payload = await getPayload({ config })
  const active = { status: { equals: 'actief' } } as const
  const [organisaties, praktijken, aanbod, zorgverleners, rubrieken] = await Promise.all([
    payload.count({ collection: 'organisaties', where: active }),
    payload.count({ collection: 'praktijken', where: active }),
    payload.count({ collection: 'aanbod', where: active }),
    payload.count({ collection: 'zorgverleners', where: active }),
    payload.find({
      collection: 'rubrieken',
      where: { niveau: { equals: 1 } },
      sort: 'code',
      limit: 50,
      depth: 0,
      select: { code: true, naam: true },
    }),
  ])
  return {
    aantallen: [
      ['organisaties', organisaties.totalDocs],
      ['praktijken', praktijken.totalDocs],
      ['aanbodfiches', aanbod.totalDocs],
      ['zorgverleners', zorgverleners.totalDocs],
    ],
    rubrieken: rubrieken.docs.map((r) => ({ id: r.id, code: r.code, naam: r.naam })),
  }
})

/** The entry point: the search, a way in for each kind of visitor, and the rubrieken to start browsing from. */
export default async function HomePage({ params }: { params: Promise<{ weergave: string }> }) {
  if ((await params).weergave !== 'home') notFound()
  const { aantallen: figures, rubrieken } = await leesStartgegevens()

  return (
    <>
      <section className="intro">
        <h1>Vind zorg en hulp in Vlaanderen en Brussel</h1>
        <p>
          De Sociale Kaart beschrijft wie welke hulp biedt, voor wie, wanneer en hoe u zich
          aanmeldt: welzijnsorganisaties, praktijken en zorgverleners.
        </p>
        <ul className="figures" aria-label="Inhoud van de Sociale Kaart">
          {figures.map(([label, count]) => (
            <li key={label}>
              <strong>{count.toLocaleString('nl-BE')}</strong> {label}
            </li>
          ))}
        </ul>
        <SearchForm params={parseSearchParams({}).params} />
      </section>
      <section aria-labelledby="doelgroepen-titel" className="doelgroepen">
        <h2 id="doelgroepen-titel">Waarmee kunnen we u helpen?</h2>
        <ul>
          {AUDIENCES.map((d) => (
            <li key={d.id} className="doelgroep">
              <h3 id={`doelgroep-${d.id}`}>{d.titel}</h3>
              <p>{d.uitleg}</p>
              <ul aria-labelledby={`doelgroep-${d.id}`}>
                {d.links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{l.label}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rubrieken-titel">
        <h2 id="rubrieken-titel">Rubrieken</h2>
        <ul className="rubrieken">
          {rubrieken.map((rubriek) => (
            <li key={rubriek.id}>
              <a href={`/zoeken?rubriek=${rubriek.id}`}>
                <span className="code">{rubriek.code}</span> {rubriek.naam}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
