// What a list shows, read fresh each time: the fiche's current name, type, address and link. A fiche
// that stopped stays on the list, marked; one that was removed (or is not public) says so, without
// any data the public may not see.
import type { Payload } from 'payload'

import {
  FICHE_COLLECTION,
  FICHE_LABEL,
  FICHE_SOORTEN,
  ficheUrl,
  type FicheSoort,
} from '@/domain/fiche-url'

export type LijstEntry = { ficheSoort: FicheSoort; ficheId: number }

export type LijstItem = LijstEntry & {
  soortLabel: string
  stand: 'actief' | 'stopgezet' | 'verdwenen'
  naam: string | null
  adres: string | null
  url: string | null
}

type Adres = {
  straat?: string | null
  huisnummer?: string | null
  bus?: string | null
  postcode?: string | null
  gemeente?: string | null
}
/** What is read of a fiche of any type: an aanbod's parent comes populated (depth 1). */
type Doc = {
  id: number
  naam?: string | null
  status?: string | null
  adressen?: Adres[] | null
  organisatie?: number | Doc | null
  praktijk?: number | Doc | null
}

const adresRegel = (adres: Adres | null | undefined): string | null => {
  if (!adres?.postcode) return null
  const straat = [adres.straat, adres.huisnummer].filter(Boolean).join(' ')
  return `${straat}${adres.bus ? ` bus ${adres.bus}` : ''}, ${adres.postcode} ${adres.gemeente ?? ''}`.trim()
}

const ouderVan = (doc: Doc): Doc | null => {
  const ouder = doc.organisatie ?? doc.praktijk
  return ouder && typeof ouder === 'object' ? ouder : null
}

export async function lijstContent(
  payload: Payload,
  regels: readonly LijstEntry[],
): Promise<LijstItem[]> {
  const gelezen = new Map<string, Doc>()
  for (const soort of FICHE_SOORTEN) {
    const ids = regels.filter((r) => r.ficheSoort === soort).map((r) => r.ficheId)
    if (!ids.length) continue
    // Read past access on purpose: a stopped fiche must be found to be marked, and only public fields leave here.
    const { docs } = await payload.find({
      collection: FICHE_COLLECTION[soort],
      where: { id: { in: ids } },
      limit: ids.length,
      depth: soort === 'aanbod' ? 1 : 0,
      overrideAccess: true,
      pagination: false,
      select:
        soort === 'aanbod'
          ? { naam: true, status: true, adressen: true, organisatie: true, praktijk: true }
          : { naam: true, status: true, adressen: true },
    })
    for (const doc of docs) gelezen.set(`${soort}:${doc.id}`, doc)
  }
  return regels.map((regel) => {
    const doc = gelezen.get(`${regel.ficheSoort}:${regel.ficheId}`)
    const basis = { ...regel, soortLabel: FICHE_LABEL[regel.ficheSoort] }
    const ouder = doc ? ouderVan(doc) : null
    const stand = !doc
      ? 'verdwenen'
      : doc.status === 'stopgezet' || ouder?.status === 'stopgezet'
        ? 'stopgezet'
        : doc.status === 'actief'
          ? 'actief'
          : 'verdwenen'
    if (!doc || stand === 'verdwenen')
      return { ...basis, stand: 'verdwenen', naam: null, adres: null, url: null }
    return {
      ...basis,
      stand,
      naam: doc.naam ?? null,
      adres: adresRegel(doc.adressen?.[0] ?? ouder?.adressen?.[0]),
      url: ficheUrl(regel.ficheSoort, doc.id, doc.naam ?? ''),
    }
  })
}

/** The name of one fiche the user may see now (for "add to a list"), or null. */
export async function visibleFiche(
  payload: Payload,
  regel: LijstEntry,
): Promise<{ naam: string; url: string } | null> {
  const doc = await payload.findByID({
    collection: FICHE_COLLECTION[regel.ficheSoort],
    id: regel.ficheId,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })
  return doc
    ? { naam: doc.naam ?? '', url: ficheUrl(regel.ficheSoort, doc.id, doc.naam ?? '') }
    : null
}
