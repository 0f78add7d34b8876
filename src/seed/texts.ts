import type { Aanmeldingswijze, Kostprijs } from './catalogue-types'
import type { Rng } from './prng'

/** Fills {org}, {gemeente}, {plaats}, {naam} and {praktijk} in a text template. */
export function fill(template: string, waarden: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (geheel, sleutel: string) => waarden[sleutel] ?? geheel)
}

const OVER_AANMELDING: Record<Aanmeldingswijze, string[]> = {
  vrij_binnenlopen: [
    'U kunt zonder afspraak binnenlopen tijdens de openingsuren.',
    'Loop gerust eens binnen; een afspraak is niet nodig.',
  ],
  op_afspraak: [
    'Maak vooraf een afspraak, telefonisch of via e-mail.',
    'We werken op afspraak, zodat we echt tijd voor u hebben.',
  ],
  telefonisch: [
    'Bel ons gerust voor meer informatie of om u aan te melden.',
    'Aanmelden kan telefonisch tijdens de kantooruren.',
  ],
  online: [
    'Aanmelden kan ook online via onze website.',
    'Via het aanmeldformulier op de website vraagt u eenvoudig hulp aan.',
  ],
  via_doorverwijzing: [
    'Aanmelden gebeurt via een doorverwijzer, zoals uw huisarts of een maatschappelijk werker.',
    'U wordt doorverwezen door een hulpverlener die u al kent.',
  ],
}

const OVER_KOSTPRIJS: Partial<Record<Kostprijs, string[]>> = {
  gratis: ['De hulp is gratis.', 'U betaalt niets.'],
  inkomensgerelateerd: ['De bijdrage hangt af van uw inkomen; geld mag geen drempel zijn.'],
  terugbetaald_ziekenfonds: ['Het ziekenfonds betaalt het grootste deel terug.'],
}

/** One or two sentences on how to get in and what it costs, to follow a description. */
export function practicalSentences(
  rng: Rng,
  aanmelding: Aanmeldingswijze[],
  kostprijs: Kostprijs,
): string {
  const zinnen = [rng.pick(OVER_AANMELDING[aanmelding[0]])]
  const kost = OVER_KOSTPRIJS[kostprijs]
  if (kost && rng.chance(0.5)) zinnen.push(rng.pick(kost))
  return zinnen.join(' ')
}

/** The ASCII form of a name for e-mail addresses and demo domains. */
export function domainPart(tekst: string, max = 40): string {
  const slug = tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+$/, '')
}

/**
 * Demo data never points at a real site or mailbox: every domain is a subdomain of voorbeeld.be
 * ("voorbeeld" is Dutch for "example").
 */
export const DEMO_DOMAIN = 'voorbeeld.be'

export const demoDomain = (naam: string): string => `${domainPart(naam)}.${DEMO_DOMAIN}`
