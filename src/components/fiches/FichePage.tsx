// One public fiche page for all four types: what each shows is chosen by its type. The fiche's state
// decides first (src/domain/fiche-route.ts): a stopped fiche gets its 410 page, an unknown or
// pending one is not found, and an outdated name in the URL redirects to the current one. The
// fiche itself is then read with the visitor's rights.
import config from '@payload-config'
import type { Metadata } from 'next'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound, permanentRedirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { getConfig } from '@/config'
import { decideFicheRoute, ficheFromSegment } from '@/domain/fiche-route'
import { FICHE_LABEL as SOORT_LABEL, ficheUrl, type FicheSoort } from '@/domain/fiche-url'
import { beroepen, doelgroepen, labelFor } from '@/domain/vocabulary'
import { formatKbo } from '@/domain/identifiers/kbo'
import { SaveToLijst } from '@/components/favorieten/SaveToLijst'
import { ficheJsonLd, breadcrumbsJsonLd } from '@/fiches/json-ld'
import { ficheBreadcrumbs } from '@/fiches/breadcrumbs'
import { isAanbod, type FicheDocument } from '@/fiches/documents'
import { aanbodOf, readPublicFiche } from '@/fiches/read'
import { ficheState } from '@/fiches/state'
import { mapTiles } from '@/components/map/tiles'
import type { Aanbod, Organisatie, Praktijk, Rubriek } from '@/payload-types'
import { lexicalToText } from '@/search/document/lexical-text'
import { allRubrieken } from '@/search/service'

import { AanbodList, RubriekLinks } from './AanbodList'
import { Adressen } from './Adressen'
import { AuthenticValue } from './AuthenticValue'
import { Contacten } from './Contacten'
import { Share } from './Share'
import { StoppedFiche } from './StoppedFiche'
import { FicheMap, type MapAdres } from './FicheMap'
import { Breadcrumbs } from './Breadcrumbs'
import { Openingsuren } from './Openingsuren'
import { PracticalInfo } from './PracticalInfo'

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** A zorgverlener's naam is derived from voornaam and achternaam on save; the type allows none. */
const naamOf = (fiche: { naam?: string | null }) => fiche.naam ?? ''

export type LoadedFiche =
  | { doc: FicheDocument; gestopt?: undefined }
  | { doc?: undefined; gestopt: { naam: string; gemeente: string | null; rubriek: number | null } }

/**
 * What the address answers, from the fiche's current state: the fiche, a stopped fiche's page
 * (served as 410), a redirect to the current name, or not found. Cached per request, because the
 * metadata and the page both ask.
 */
export const loadFiche = cache(async (soort: FicheSoort, segment: string): Promise<LoadedFiche> => {
  const adres = ficheFromSegment(soort, segment)
  if (!adres) notFound()
  const stand = await ficheState(soort, adres.id)
  const besluit = decideFicheRoute(adres, stand)
  if (besluit.actie === 'onbekend') notFound()
  if (besluit.actie === 'doorverwijzen') permanentRedirect(besluit.naar)
  if (besluit.actie === 'gestopt' && stand)
    return { gestopt: { naam: stand.naam, gemeente: stand.gemeente, rubriek: stand.rubriek } }
  // Read with the visitor's rights, whatever the state said a moment ago.
  const gelezen = await readPublicFiche(await getPayload({ config }), soort, adres.id)
  if (!gelezen) notFound()
  return { doc: gelezen.doc }
})

/** Title, description and Open Graph tags: the description's first sentences, else type and place. */
export function ficheMetadata(soort: FicheSoort, geladen: LoadedFiche): Metadata {
  if (geladen.gestopt) return { title: 'Niet meer actief', robots: { index: false, follow: true } }
  const doc = geladen.doc
  const naam = naamOf(doc)
  const plaats = doc.adressen?.[0]?.gemeente ?? ''
  const tekst = doc.beschrijving ? lexicalToText(doc.beschrijving, 400).replace(/\s+/g, ' ') : ''
  const description = tekst
    ? tekst.length > 160
      ? `${tekst.slice(0, 157).replace(/\s+\S*$/, '')}…`
      : tekst
    : `${SOORT_LABEL[soort]}${plaats ? ` in ${plaats}` : ''}: ${naam}`
  const url = ficheUrl(soort, doc.id, naam)
  return {
    title: naam,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: naam,
      description,
      url,
      type: 'website',
      locale: 'nl_BE',
      siteName: 'Sociale Kaart',
    },
  }
}

type Parent = { soort: 'organisatie' | 'praktijk'; fiche: Organisatie | Praktijk }

/** The organisatie (else the praktijk) that offers an aanbod, when it was read along with it. */
function parentOf(aanbod: Aanbod): Parent | null {
  if (aanbod.organisatie)
    return typeof aanbod.organisatie === 'object'
      ? { soort: 'organisatie', fiche: aanbod.organisatie }
      : null
  return aanbod.praktijk && typeof aanbod.praktijk === 'object'
    ? { soort: 'praktijk', fiche: aanbod.praktijk }
    : null
}

type FicheLink = { soort: 'organisatie' | 'praktijk'; id: number; naam: string }

/** Where an aanbod of a zorgverlener is offered: its praktijk, else its organisatie. */
function workplaceOf(aanbod: Pick<Aanbod, 'organisatie' | 'praktijk'>): FicheLink[] {
  if (aanbod.praktijk)
    return typeof aanbod.praktijk === 'object'
      ? [{ soort: 'praktijk', id: aanbod.praktijk.id, naam: aanbod.praktijk.naam }]
      : []
  return aanbod.organisatie && typeof aanbod.organisatie === 'object'
    ? [{ soort: 'organisatie', id: aanbod.organisatie.id, naam: aanbod.organisatie.naam }]
    : []
}

export async function FichePage({ soort, segment }: { soort: FicheSoort; segment: string }) {
  const geladen = await loadFiche(soort, segment)
  if (geladen.gestopt) return <StoppedFiche {...geladen.gestopt} />
  const doc = geladen.doc
  const naam = naamOf(doc)
  // The fields only one or some types have.
  const aanbodDoc = isAanbod(soort, doc) ? doc : null
  const ficheBeroepen = 'beroepen' in doc ? doc.beroepen : null
  const kboNummer = 'kboNummer' in doc ? doc.kboNummer : null
  const rizivNummer = 'rizivNummer' in doc ? doc.rizivNummer : null
  const bronnen = 'bronnen' in doc ? doc.bronnen : null
  const payload = await getPayload({ config })
  const nu = new Date()
  const aanbod =
    soort === 'aanbod'
      ? []
      : await aanbodOf(
          payload,
          soort === 'organisatie'
            ? 'organisatie'
            : soort === 'praktijk'
              ? 'praktijk'
              : 'zorgverlener',
          doc.id,
        )
  // A praktijk shows who works there; a zorgverlener where they practise: both through the aanbod.
  const mensen =
    soort === 'praktijk'
      ? uniqueBy(
          aanbod.flatMap((a) =>
            a.zorgverlener && typeof a.zorgverlener === 'object' ? [a.zorgverlener] : [],
          ),
          (z) => z.id,
        )
      : []
  const praktijken =
    soort === 'zorgverlener'
      ? uniqueBy(aanbod.flatMap(workplaceOf), (p) => `${p.soort}:${p.id}`)
      : []
  const ouder = aanbodDoc ? parentOf(aanbodDoc) : null
  const eigenContact =
    (doc.telefoons?.length ?? 0) + (doc.emails?.length ?? 0) + (doc.websites?.length ?? 0) > 0
  const contact = eigenContact || !ouder ? doc : ouder.fiche

  const ouderLink = ouder
    ? { naam: ouder.fiche.naam, url: ficheUrl(ouder.soort, ouder.fiche.id, ouder.fiche.naam) }
    : null
  const url = ficheUrl(soort, doc.id, naam)
  const adressen: Adres[] = doc.adressen?.length ? doc.adressen : (ouder?.fiche.adressen ?? [])
  const jsonLd = ficheJsonLd(
    soort,
    {
      ...doc,
      naam,
      adressen,
      ...(eigenContact || !ouder
        ? {}
        : {
            telefoons: ouder.fiche.telefoons,
            emails: ouder.fiche.emails,
            websites: ouder.fiche.websites,
          }),
    },
    url,
    ouderLink,
  )
  const kruimels = ficheBreadcrumbs(
    soort,
    naam,
    await allRubrieken(payload),
    rubriekIds(aanbodDoc?.rubrieken),
    aanbod.flatMap((a) => rubriekIds(a.rubrieken)),
  )
  const ldBlokken = [jsonLd, breadcrumbsJsonLd(kruimels, url)]

  return (
    <article className="fiche">
      {ldBlokken.map((ld) => (
        // '<' escaped: a name containing "</script>" must not end the block early.
        <script
          key={String(ld['@type'])}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(ld).replace(/</g, '\\u003c') }}
        />
      ))}
      <Breadcrumbs kruimels={kruimels} />
      <p className="fiche-soort">{SOORT_LABEL[soort]}</p>
      <h1>{naam}</h1>
      <Share titel={naam} pad={url} basis={getConfig().serverUrl ?? ''} />
      {ouderLink && (
        <p>
          Aangeboden door <a href={ouderLink.url}>{ouderLink.naam}</a>
        </p>
      )}
      <p className="fiche-acties">
        <SaveToLijst soort={soort} id={doc.id} naam={naam} terug={ficheUrl(soort, doc.id, naam)} />
      </p>
      {Array.isArray(aanbodDoc?.rubrieken) && <RubriekLinks rubrieken={aanbodDoc.rubrieken} />}
      {soort === 'zorgverlener' && Array.isArray(ficheBeroepen) && ficheBeroepen.length > 0 && (
        <p>{ficheBeroepen.map((b) => labelFor(beroepen, b)).join(', ')}</p>
      )}
      {doc.beschrijving && (
        <section aria-labelledby="beschrijving-titel">
          <h2 id="beschrijving-titel">Beschrijving</h2>
          <RichText data={doc.beschrijving} />
        </section>
      )}
      {aanbodDoc && Array.isArray(aanbodDoc.doelgroepen) && aanbodDoc.doelgroepen.length > 0 && (
        <section aria-labelledby="doelgroep-titel">
          <h2 id="doelgroep-titel">Voor wie</h2>
          <p>{aanbodDoc.doelgroepen.map((d) => labelFor(doelgroepen, d)).join(', ')}</p>
          {aanbodDoc.doelgroepToelichting && <p>{aanbodDoc.doelgroepToelichting}</p>}
        </section>
      )}
      {aanbodDoc?.openingsuren && <Openingsuren uren={aanbodDoc.openingsuren} nu={nu} />}
      {aanbodDoc && (
        <PracticalInfo
          aanmelding={aanbodDoc.aanmelding}
          kostprijs={aanbodDoc.kostprijs}
          werkingsgebied={aanbodDoc.werkingsgebied}
          erkenningen={aanbodDoc.erkenningen}
        />
      )}
      <Adressen adressen={adressen}>
        <FicheMap adressen={kaartAdressen(adressen)} naam={naam} {...mapTiles()} />
      </Adressen>
      <Contacten
        telefoons={contact.telefoons ?? undefined}
        emails={contact.emails ?? undefined}
        websites={contact.websites ?? undefined}
      />
      {soort !== 'aanbod' && <AanbodList aanbod={aanbod} />}
      {mensen.length > 0 && (
        <section aria-labelledby="mensen-titel">
          <h2 id="mensen-titel">Zorgverleners</h2>
          <ul className="fiche-lijst">
            {mensen.map((z) => (
              <li key={z.id}>
                <a href={ficheUrl('zorgverlener', z.id, naamOf(z))}>{naamOf(z)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {praktijken.length > 0 && (
        <section aria-labelledby="praktijken-titel">
          <h2 id="praktijken-titel">Waar</h2>
          <ul className="fiche-lijst">
            {praktijken.map((p) => (
              <li key={p.id}>
                <a href={ficheUrl(p.soort, p.id, p.naam)}>{p.naam}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(kboNummer || rizivNummer) && (
        <section aria-labelledby="identificatie-titel">
          <h2 id="identificatie-titel">Identificatie</h2>
          <dl className="fiche-praktisch">
            {soort !== 'aanbod' && kboNummer && (
              <AuthenticValue
                label="KBO-ondernemingsnummer"
                waarde={formatKbo(kboNummer)}
                veld="kboNummer"
                bronnen={bronnen}
                link={`https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=${kboNummer}`}
              />
            )}
            {soort === 'zorgverlener' && rizivNummer && (
              <AuthenticValue
                label="RIZIV-nummer"
                waarde={rizivNummer}
                veld="rizivNummer"
                bronnen={bronnen}
              />
            )}
          </dl>
        </section>
      )}
      {doc.laatstGeverifieerd && (
        <p className="fiche-meta">
          Laatst nagekeken op {datum.format(new Date(doc.laatstGeverifieerd))}.
        </p>
      )}
      <p className="fiche-suggestie">
        <a href={`/suggestie?soort=${soort}&id=${doc.id}`}>
          Klopt er iets niet? Stel een wijziging voor
        </a>
      </p>
      <p className="fiche-doorsturen">
        <a href={`/doorsturen?soort=${soort}&id=${doc.id}`}>Deze fiche doorsturen per mail</a>{' '}
        (aanmelden nodig)
      </p>
      <p className="fiche-notities">
        <a href={`/account/notities?soort=${soort}&id=${doc.id}`}>Mijn notities bij deze fiche</a>{' '}
        (alleen voor u zichtbaar; aanmelden nodig)
      </p>
    </article>
  )
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

const adresTekst = (a: Adres) =>
  `${a.straat} ${a.huisnummer}${a.bus ? ` bus ${a.bus}` : ''}, ${a.postcode} ${a.gemeente ?? ''}`.trim()

/** Only addresses with coordinates go on the map; the text list shows them all. */
function kaartAdressen(adressen: readonly Adres[]): MapAdres[] {
  return adressen.flatMap((a) =>
    a.lat != null && a.lon != null
      ? [{ lat: Number(a.lat), lon: Number(a.lon), tekst: adresTekst(a) }]
      : [],
  )
}

/** A rubriek the visitor may not read stays an id; the others come populated. */
function rubriekIds(rubrieken: readonly (number | Rubriek)[] | null | undefined): number[] {
  return (rubrieken ?? []).map((r) => (typeof r === 'number' ? r : r.id))
}

/** The first item of each key, in their order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string | number): T[] {
  const gezien = new Map<string | number, T>()
  for (const item of items) if (!gezien.has(key(item))) gezien.set(key(item), item)
  return [...gezien.values()]
}
