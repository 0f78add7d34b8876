import type { Payload } from 'payload'
import sharp from 'sharp'

import {
  FAQ,
  HANDLEIDINGEN,
  ZORGVERLENER_STEP_PLAN,
  contentOf,
  type HandleidingInput,
} from './content'
import { SYSTEM } from './db'
import type { References } from './lexical'

const escape = (tekst: string) => tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** The zorgverlener's journey as a PNG: three numbered boxes with arrows (its alt text says the same). */
export async function stepPlanPng(stappen: string[]): Promise<Buffer> {
  const breedte = 1200
  const vak = 340
  const marge = (breedte - stappen.length * vak) / (stappen.length + 1)
  const vakken = stappen
    .map((stap, i) => {
      const x = marge + i * (vak + marge)
      const woorden = stap.split(' ')
      const helft = Math.ceil(woorden.length / 2)
      const regels = [woorden.slice(0, helft).join(' '), woorden.slice(helft).join(' ')].filter(
        Boolean,
      )
      const pijl =
        i < stappen.length - 1
          ? `<path d="M${x + vak + 8} 150 h${marge - 24} l-10 -10 m10 10 l-10 10" stroke="#0b4f8a" stroke-width="5" fill="none"/>`
          : ''
      return `<rect x="${x}" y="60" width="${vak}" height="180" rx="16" fill="#e8f1fa" stroke="#0b4f8a" stroke-width="4"/>
        <circle cx="${x + 40}" cy="100" r="24" fill="#0b4f8a"/><text x="${x + 40}" y="109" font-size="26" font-family="DejaVu Sans, sans-serif" fill="#fff" text-anchor="middle">${i + 1}</text>
        ${regels.map((regel, r) => `<text x="${x + vak / 2}" y="${165 + r * 34}" font-size="26" font-family="DejaVu Sans, sans-serif" fill="#102a43" text-anchor="middle">${escape(regel)}</text>`).join('')}
        ${pijl}`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${breedte}" height="300"><rect width="100%" height="100%" fill="#fff"/>${vakken}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

async function seedAfbeelding(payload: Payload): Promise<number | undefined> {
  try {
    const data = await stepPlanPng(ZORGVERLENER_STEP_PLAN.stappen)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: ZORGVERLENER_STEP_PLAN.alt },
      file: {
        data,
        mimetype: 'image/png',
        name: ZORGVERLENER_STEP_PLAN.bestand,
        size: data.length,
      },
      ...SYSTEM,
    })
    return doc.id
  } catch (error) {
    // The manuals read fine without their diagram; a machine without SVG rendering still gets a demo.
    payload.logger.warn({ err: error }, 'Demo: stappenplan niet aangemaakt')
    return undefined
  }
}

/**
 * The manuals and FAQ. Handleidingen link to each other and to questions, so they are written twice:
 * first without those links (their targets have no id yet), then once more with them.
 */
export async function seedContent(payload: Payload): Promise<void> {
  const handleidingIds = new Map<string, number>()
  const faqIds = new Map<string, number>()
  const mediaIds = new Map<string, number>()
  const afbeelding = await seedAfbeelding(payload)
  if (afbeelding !== undefined) mediaIds.set(ZORGVERLENER_STEP_PLAN.key, afbeelding)
  const verwijzingen: References = {
    handleiding: (key) => handleidingIds.get(key),
    faq: (key) => faqIds.get(key),
    media: (key) => mediaIds.get(key),
  }
  const data = (h: HandleidingInput) => ({
    titel: h.titel,
    samenvatting: h.samenvatting,
    inhoud: contentOf(h.inhoud, verwijzingen),
    doelpubliek: h.doelpubliek,
    onderwerp: h.onderwerp,
    gerelateerd: (h.gerelateerd ?? [])
      .map((key) => handleidingIds.get(key))
      .filter((id): id is number => id !== undefined),
    _status: h.gepubliceerd ? ('published' as const) : ('draft' as const),
  })

  for (const h of HANDLEIDINGEN) {
    const doc = await payload.create({
      collection: 'handleidingen',
      data: data(h),
      draft: !h.gepubliceerd,
      ...SYSTEM,
    })
    handleidingIds.set(h.key, doc.id)
  }
  for (const f of FAQ) {
    const doc = await payload.create({
      collection: 'faq',
      data: {
        vraag: f.vraag,
        antwoord: contentOf(f.antwoord, verwijzingen),
        doelpubliek: f.doelpubliek,
        onderwerp: f.onderwerp,
        volgorde: f.volgorde,
        handleidingen: (f.zieOok ?? []).map((key) => handleidingIds.get(key)!).filter(Boolean),
        _status: 'published',
      },
      ...SYSTEM,
    })
    if (f.key) faqIds.set(f.key, doc.id)
  }
  for (const h of HANDLEIDINGEN) {
    const heeftVerwijzingen =
      (h.gerelateerd?.length ?? 0) > 0 || JSON.stringify(h.inhoud).match(/\]\((handleiding|faq):/)
    if (!heeftVerwijzingen) continue
    await payload.update({
      collection: 'handleidingen',
      id: handleidingIds.get(h.key)!,
      data: data(h),
      draft: !h.gepubliceerd,
      ...SYSTEM,
    })
  }
}
