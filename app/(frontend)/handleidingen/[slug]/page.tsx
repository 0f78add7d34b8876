import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { Inhoud } from '@/components/content/Inhoud'
import { inhoudstafel } from '@/content/inhoudstafel'

import '../../fiche.css'

// Cached; the sync worker revalidates it when what it shows changes (src/revalidatie).
export const revalidate = 3600
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []

type Props = { params: Promise<{ slug: string }> }

async function lees(slug: string) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'handleidingen', where: { slug: { equals: slug } }, limit: 1, depth: 1, overrideAccess: false })
  return docs[0] ?? null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await lees((await params).slug)
  return doc ? { title: doc.titel, description: doc.samenvatting ?? undefined } : { title: 'Niet gevonden' }
}

/** One handleiding with its table of contents; drafts are never shown here. */
export default async function HandleidingPagina({ params }: Props) {
  const doc = await lees((await params).slug)
  if (!doc) notFound()
  const inhoud = inhoudstafel(doc.inhoud)
  return (
    <article className="fiche">
      <nav aria-label="Kruimelpad" className="kruimelpad">
        <a href="/">Home</a> › <a href="/handleidingen">Handleidingen</a> › <span aria-current="page">{doc.titel}</span>
      </nav>
      <h1>{doc.titel}</h1>
      {doc.samenvatting && <p>{doc.samenvatting}</p>}
      {inhoud.length > 1 && (
        <nav aria-labelledby="inhoud-titel" className="inhoudstafel">
          <h2 id="inhoud-titel">Inhoud</h2>
          <ol>
            {inhoud.map((item) => (
              <li key={item.id} className={item.niveau === 3 ? 'sub' : undefined}>
                <a href={`#${item.id}`}>{item.tekst}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <Inhoud data={doc.inhoud} />
      <p>
        <a href="/handleidingen">Alle handleidingen</a> · <a href="/faq">Veelgestelde vragen</a>
      </p>
    </article>
  )
}
