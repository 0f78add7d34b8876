// schema.org JSON-LD for a fiche page, so search engines and other sites read name, address,
// contacts and opening hours without scraping. Pure: takes the fiche as the page has it.
import type { FicheSoort } from '@/domain/fiche-url'

const DAGEN: Record<string, string> = {
  ma: 'Monday',
  di: 'Tuesday',
  wo: 'Wednesday',
  do: 'Thursday',
  vr: 'Friday',
  za: 'Saturday',
  zo: 'Sunday',
}

const TYPE: Record<FicheSoort, string> = {
  organisatie: 'LocalBusiness',
  praktijk: 'MedicalOrganization',
  zorgverlener: 'Physician',
  aanbod: 'LocalBusiness',
}

type Adres = {
  straat: string
  huisnummer: string
  bus?: string | null
  postcode: string
  gemeente?: string | null
  lat?: number | null
  lon?: number | null
  primair?: boolean | null
}
type Fiche = {
  naam: string
  adressen?: Adres[] | null
  telefoons?: { nummer: string; soort?: string | null }[] | null
  emails?: { adres: string }[] | null
  websites?: { url: string }[] | null
  openingsuren?: { weekschema?: { dag: string; opent: string; sluit: string }[] | null } | null
}

export function ficheJsonLd(
  soort: FicheSoort,
  fiche: Fiche,
  url: string,
  ouder?: { naam: string; url: string } | null,
): Record<string, unknown> {
  const adres = (fiche.adressen ?? []).find((a) => a.primair) ?? fiche.adressen?.[0]
  const telefoon = (fiche.telefoons ?? []).find((t) => t.soort !== 'fax')
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': TYPE[soort],
    name: fiche.naam,
    url,
  }
  if (adres) {
    ld.address = {
      '@type': 'PostalAddress',
      streetAddress: `${adres.straat} ${adres.huisnummer}${adres.bus ? ` bus ${adres.bus}` : ''}`,
      postalCode: adres.postcode,
      addressLocality: adres.gemeente ?? undefined,
      addressCountry: 'BE',
    }
    if (adres.lat != null && adres.lon != null)
      ld.geo = {
        '@type': 'GeoCoordinates',
        latitude: Number(adres.lat),
        longitude: Number(adres.lon),
      }
  }
  if (telefoon) ld.telephone = telefoon.nummer
  if (fiche.emails?.[0]) ld.email = fiche.emails[0].adres
  if (fiche.websites?.length) ld.sameAs = fiche.websites.map((w) => w.url)
  const week = fiche.openingsuren?.weekschema ?? []
  if (week.length) {
    ld.openingHoursSpecification = week.map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAGEN[slot.dag] ?? slot.dag}`,
      opens: slot.opent,
      // schema.org has no 24:00; a closing time at or before opening means "the next day".
      closes: slot.sluit === '24:00' ? '23:59' : slot.sluit,
    }))
  }
  if (ouder) ld.parentOrganization = { '@type': 'Organization', name: ouder.naam, url: ouder.url }
  return ld
}

/** The breadcrumb as a schema.org BreadcrumbList; the last crumb (the fiche itself) gets the page's URL. */
export function breadcrumbsJsonLd(
  kruimels: readonly { naam: string; href: string | null }[],
  url: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: kruimels.map((k, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: k.naam,
      item: k.href ?? url,
    })),
  }
}
