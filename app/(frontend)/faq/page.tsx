import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { DOELPUBLIEKEN } from '@/domain/vocabulary'
import { Content } from '@/components/content/Content'
import { PreviewBar } from '@/components/content/PreviewBar'
import { groupByOnderwerp } from '@/content/group-by-onderwerp'
import { previewRedacteur } from '@/content/preview'
import { lowerAscii } from '@/domain/ascii'
import type { Handleiding } from '@/payload-types'
import { lexicalToText } from '@/search/document/lexical-text'

import '../fiche.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Veelgestelde vragen',
  description: 'Antwoorden op de vragen die het vaakst gesteld worden over de Sociale Kaart.',
}

type Props = { searchParams: Promise<{ q?: string | string[]; voor?: string | string[] }> }

const eerste = (waarde: string | string[] | undefined) => [waarde].flat()[0]?.trim() ?? ''

/**
 * The FAQ as an accordion of native <details> (keyboard and screen readers need nothing more), grouped
 * by topic, with a search box and an audience choice that filter on the server, so they work without
 * JavaScript too. Each answer has an anchor (#vraag-<id>) that handleidingen link to; the browser
 * opens the question when it follows such a link.
 */
export default async function FaqPage({ searchParams }: Props) {
  const params = await searchParams
  const q = eerste(params.q).slice(0, 100)
  const voor = DOELPUBLIEKEN.find((d) => d.value === eerste(params.voor))?.value ?? ''
  const redacteur = await previewRedacteur()
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'faq',
    limit: 500,
    depth: 1,
    sort: 'volgorde',
    draft: Boolean(redacteur),
    overrideAccess: false,
    user: redacteur ?? undefined,
  })
  const zoek = lowerAscii(q)
  const gevonden = docs
    .filter((d) => !voor || (d.doelpubliek ?? []).some((publiek) => publiek === voor))
    .filter((d) => !zoek || lowerAscii(`${d.vraag} ${lexicalToText(d.antwoord)}`).includes(zoek))
  const gefilterd = Boolean(q || voor)
  return (
    <div className="fiche">
      {redacteur && <PreviewBar terug="/faq" />}
      <h1>Veelgestelde vragen</h1>
      <form method="get" action="/faq" role="search" className="faq-zoek">
        <label htmlFor="faq-zoek">Zoek in de vragen</label>{' '}
        <input id="faq-zoek" name="q" type="search" defaultValue={q} />{' '}
        <label htmlFor="faq-voor">Voor wie</label>{' '}
        <select id="faq-voor" name="voor" defaultValue={voor}>
          <option value="">Iedereen</option>
          {DOELPUBLIEKEN.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Zoeken</button>
      </form>
      {gefilterd && (
        <p aria-live="polite">
          {gevonden.length} {gevonden.length === 1 ? 'vraag' : 'vragen'}
          {q ? ` met “${q}”` : ''}
          {voor
            ? ` voor ${DOELPUBLIEKEN.find((d) => d.value === voor)?.label.toLowerCase()}`
            : ''}. <a href="/faq">Alle vragen</a>
        </p>
      )}
      {groupByOnderwerp(gevonden).map((groep, i) => (
        <section key={groep.onderwerp} aria-labelledby={`onderwerp-${i}`}>
          <h2 id={`onderwerp-${i}`}>{groep.onderwerp}</h2>
          {groep.items.map((item) => {
            const zieOok = (item.handleidingen ?? []).filter(
              (h): h is Handleiding => typeof h === 'object' && h !== null && Boolean(h.slug),
            )
            return (
              <details key={item.id} className="faq-item">
                <summary>{item.vraag}</summary>
                <div id={`vraag-${item.id}`} className="faq-antwoord">
                  <Content data={item.antwoord} />
                  {zieOok.length > 0 && (
                    <p>
                      Zie ook:{' '}
                      {zieOok.map((h, j) => (
                        <span key={h.id}>
                          {j > 0 ? ', ' : ''}
                          <a href={`/handleidingen/${h.slug}`}>{h.titel}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              </details>
            )
          })}
        </section>
      ))}
      {gevonden.length === 0 && (
        <p>
          Geen vragen gevonden. Probeer een ander woord of bekijk de{' '}
          <a href="/handleidingen">handleidingen</a>.
        </p>
      )}
    </div>
  )
}
