import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { Content } from '@/components/content/Content'
import { PreviewBar } from '@/components/content/PreviewBar'
import { tableOfContents } from '@/content/table-of-contents'
import { previewRedacteur } from '@/content/preview'
import type { Handleiding, User } from '@/payload-types'

import '../../fiche.css'

// Cached; the sync worker revalidates it when what it shows changes (src/revalidation).
export const revalidate = 3600
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []

type Props = { params: Promise<{ slug: string }> }

/** The published handleiding; the latest draft only for a redacteur in preview (see src/content/preview.ts). */
async function lees(slug: string, redacteur: User | null) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'handleidingen',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: Boolean(redacteur),
    overrideAccess: false,
    user: redacteur ?? undefined,
  })
  return docs[0] ?? null
}

/** The questions of the FAQ that point to this handleiding ("zie ook"), as the visitor may see them. */
async function vragenOver(id: number, redacteur: User | null) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'faq',
    where: { handleidingen: { contains: id } },
    limit: 20,
    depth: 0,
    sort: 'volgorde',
    draft: Boolean(redacteur),
    overrideAccess: false,
    user: redacteur ?? undefined,
    select: { vraag: true },
  })
  return docs
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const redacteur = await previewRedacteur()
  const doc = await lees((await params).slug, redacteur)
  if (!doc) return { title: 'Niet gevonden' }
  return {
    title: doc.titel,
    description: doc.samenvatting ?? undefined,
    ...(redacteur ? { robots: { index: false } } : {}),
  }
}

/** One handleiding with its table of contents and links to related content; drafts only in preview. */
export default async function HandleidingPage({ params }: Props) {
  const redacteur = await previewRedacteur()
  const doc = await lees((await params).slug, redacteur)
  if (!doc) notFound()
  const inhoud = tableOfContents(doc.inhoud)
  const gerelateerd = (doc.gerelateerd ?? []).filter(
    (h): h is Handleiding => typeof h === 'object' && h !== null && Boolean(h.slug),
  )
  const vragen = await vragenOver(doc.id, redacteur)
  return (
    <article className="fiche">
      {redacteur && <PreviewBar terug={`/handleidingen/${doc.slug}`} />}
      <nav aria-label="Kruimelpad" className="kruimelpad">
        <a href="/">Home</a> › <a href="/handleidingen">Handleidingen</a> ›{' '}
        <span aria-current="page">{doc.titel}</span>
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
      <Content data={doc.inhoud} />
      {(gerelateerd.length > 0 || vragen.length > 0) && (
        <aside aria-labelledby="zie-ook-titel" className="zie-ook">
          <h2 id="zie-ook-titel">Zie ook</h2>
          {gerelateerd.length > 0 && (
            <ul className="fiche-lijst" aria-label="Verwante handleidingen">
              {gerelateerd.map((h) => (
                <li key={h.id}>
                  <a href={`/handleidingen/${h.slug}`}>{h.titel}</a>
                </li>
              ))}
            </ul>
          )}
          {vragen.length > 0 && (
            <>
              <h3>Veelgestelde vragen hierover</h3>
              <ul className="fiche-lijst">
                {vragen.map((v) => (
                  <li key={v.id}>
                    <a href={`/faq#vraag-${v.id}`}>{v.vraag}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      )}
      <p>
        <a href="/handleidingen">Alle handleidingen</a> · <a href="/faq">Veelgestelde vragen</a>
      </p>
    </article>
  )
}
