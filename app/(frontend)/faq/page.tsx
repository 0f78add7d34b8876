import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { DOELPUBLIEKEN } from '@collections/fields/doelpubliek'
import { Inhoud } from '@/components/content/Inhoud'
import { lowerAscii } from '@/domain/ascii'
import { lexicalToText } from '@/search/document/lexical-text'

import '../fiche.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Veelgestelde vragen', description: 'Antwoorden op de vragen die het vaakst gesteld worden over de Sociale Kaart.' }

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/**
 * The FAQ as an accordion of native <details> (keyboard and screen readers need nothing more), with a
 * search box that filters on the server, so it works without JavaScript too.
 */
export default async function FaqPagina({ searchParams }: Props) {
  const q = [(await searchParams).q].flat()[0]?.trim().slice(0, 100) ?? ''
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'faq', limit: 500, depth: 1, sort: 'volgorde', overrideAccess: false })
  const zoek = lowerAscii(q)
  const gevonden = zoek ? docs.filter((d) => lowerAscii(`${d.vraag} ${lexicalToText(d.antwoord)}`).includes(zoek)) : docs
  return (
    <div className="fiche">
      <h1>Veelgestelde vragen</h1>
      <form method="get" action="/faq" role="search">
        <label htmlFor="faq-zoek">Zoek in de vragen</label>{' '}
        <input id="faq-zoek" name="q" type="search" defaultValue={q} /> <button type="submit">Zoeken</button>
      </form>
      {q && (
        <p aria-live="polite">
          {gevonden.length} {gevonden.length === 1 ? 'vraag' : 'vragen'} met “{q}”. <a href="/faq">Alle vragen</a>
        </p>
      )}
      {DOELPUBLIEKEN.map((publiek) => {
        const lijst = gevonden.filter((d) => (d.doelpubliek ?? []).includes(publiek.value as never))
        if (lijst.length === 0) return null
        return (
          <section key={publiek.value} aria-labelledby={`faq-${publiek.value}`}>
            <h2 id={`faq-${publiek.value}`}>{publiek.label}</h2>
            {lijst.map((item) => (
              <details key={item.id} className="faq-item">
                <summary>{item.vraag}</summary>
                <Inhoud data={item.antwoord} />
                {(item.handleidingen ?? []).some((h) => typeof h === 'object') && (
                  <p>
                    Zie ook:{' '}
                    {(item.handleidingen ?? []).flatMap((h) => (typeof h === 'object' && h ? [h] : [])).map((h, i) => (
                      <span key={h.id}>
                        {i > 0 ? ', ' : ''}
                        <a href={`/handleidingen/${h.slug}`}>{h.titel}</a>
                      </span>
                    ))}
                  </p>
                )}
              </details>
            ))}
          </section>
        )
      })}
      {gevonden.length === 0 && <p>Geen vragen gevonden. Probeer een ander woord of bekijk de <a href="/handleidingen">handleidingen</a>.</p>}
    </div>
  )
}
