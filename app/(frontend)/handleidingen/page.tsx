import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { DOELPUBLIEKEN } from '@/domain/vocabulary'
import { groupByOnderwerp } from '@/content/group-by-onderwerp'
import { cachedForPage } from '@/revalidation/page-cache'

import '../fiche.css'

// Rendered per request from cached data (see src/revalidation/page-cache.ts): expired by the sync
// worker when a published handleiding changes.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Handleidingen',
  description:
    'Uitleg over het zoeken, het beheren van uw fiche en het hergebruik van de gegevens.',
}

const leesHandleidingen = cachedForPage('/handleidingen', async () => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'handleidingen',
    limit: 200,
    depth: 0,
    sort: 'titel',
    overrideAccess: false,
    select: { titel: true, slug: true, samenvatting: true, doelpubliek: true, onderwerp: true },
  })
  return docs
})

/** Every published handleiding, grouped by the audience it is written for, then by topic. */
export default async function HandleidingenPage() {
  const docs = await leesHandleidingen()
  return (
    <div className="fiche">
      <h1>Handleidingen</h1>
      <nav aria-label="Voor wie">
        <ul className="publiek-nav">
          {DOELPUBLIEKEN.filter((publiek) =>
            docs.some((d) => (d.doelpubliek ?? []).some((p) => p === publiek.value)),
          ).map((publiek) => (
            <li key={publiek.value}>
              <a href={`#publiek-${publiek.value}`}>{publiek.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {DOELPUBLIEKEN.map((publiek) => {
        const lijst = docs.filter((d) => (d.doelpubliek ?? []).some((p) => p === publiek.value))
        if (lijst.length === 0) return null
        return (
          <section key={publiek.value} aria-labelledby={`publiek-${publiek.value}`}>
            <h2 id={`publiek-${publiek.value}`}>{publiek.label}</h2>
            {groupByOnderwerp(lijst).map((groep) => (
              <section key={groep.onderwerp} aria-label={`${publiek.label}: ${groep.onderwerp}`}>
                <h3>{groep.onderwerp}</h3>
                <ul className="fiche-lijst">
                  {groep.items.map((h) => (
                    <li key={h.id}>
                      <a href={`/handleidingen/${h.slug}`}>{h.titel}</a>
                      {h.samenvatting ? <p>{h.samenvatting}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        )
      })}
      <p>
        Een korte vraag? Kijk bij de <a href="/faq">veelgestelde vragen</a>.
      </p>
    </div>
  )
}
