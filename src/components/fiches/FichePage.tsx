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
import type { Openingsuren as Uren } from '@/domain/openingsuren'
import { beroepen, doelgroepen, labelFor } from '@/domain/vocabulary'
import { formatKbo } from '@/domain/identifiers/kbo'
import { SaveToLijst } from '@/components/favorieten/SaveToLijst'
import { ficheJsonLd, breadcrumbsJsonLd } from '@/fiches/json-ld'
import { ficheBreadcrumbs } from '@/fiches/breadcrumbs'
import { aanbodOf, readPublicFiche } from '@/fiches/read'
import { ficheState } from '@/fiches/state'
import { mapTiles } from '@/components/map/tiles'
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

type Doc = Record<string, any> & { id: number; naam: string }

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

export type LoadedFiche =
  | { doc: Doc; gestopt?: undefined }
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
  return { doc: gelezen.doc as Doc }
})

/** Title, description and Open Graph tags: the description's first sentences, else type and place. */
export function ficheMetadata(soort: FicheSoort, geladen: LoadedFiche): Metadata {
  if (geladen.gestopt) return { title: 'Niet meer actief', robots: { index: false, follow: true } }
  const doc = geladen.doc
  const plaats = (doc.adressen?.[0]?.gemeente as string | undefined) ?? ''
  const tekst = doc.beschrijving ? lexicalToText(doc.beschrijving, 400).replace(/\s+/g, ' ') : ''
  const description = tekst
    ? tekst.length > 160
      ? `${tekst.slice(0, 157).replace(/\s+\S*$/, '')}…`
      : tekst
    : `${SOORT_LABEL[soort]}${plaats ? ` in ${plaats}` : ''}: ${doc.naam}`
  const url = ficheUrl(soort, doc.id, doc.naam)
  return {
    title: doc.naam,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: doc.naam,
      description,
      url,
      type: 'website',
      locale: 'nl_BE',
      siteName: 'Sociale Kaart',
    },
  }
}

function Ouder({ doc }: { doc: Doc }) {
  const ouder = (doc.organisatie ?? doc.praktijk) as Doc | null
  if (!ouder || typeof ouder !== 'object') return null
  const soort: FicheSoort = doc.organisatie ? 'organisatie' : 'praktijk'
  return (
    <p>
      Aangeboden door <a href={ficheUrl(soort, ouder.id, ouder.naam)}>{ouder.naam}</a>
    </p>
  )
}

export async function FichePage({ soort, segment }: { soort: FicheSoort; segment: string }) {
  const geladen = await loadFiche(soort, segment)
  if (geladen.gestopt) return <StoppedFiche {...geladen.gestopt} />
  const doc = geladen.doc
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
  const mensen = soort === 'praktijk' ? uniek(aanbod.map((a) => a.zorgverlener as Doc | null)) : []
  const praktijken =
    soort === 'zorgverlener'
      ? uniek(
          aanbod.map((a) =>
            a.praktijk
              ? { ...(a.praktijk as Doc), _soort: 'praktijk' }
              : a.organisatie
                ? { ...(a.organisatie as Doc), _soort: 'organisatie' }
                : null,
          ),
        )
      : []
  const ouder = (doc.organisatie ?? doc.praktijk) as Doc | null
  const eigenContact =
    (doc.telefoons?.length ?? 0) + (doc.emails?.length ?? 0) + (doc.websites?.length ?? 0) > 0
  const contact = eigenContact || !ouder ? doc : ouder

  const ouderLink =
    ouder && typeof ouder === 'object'
      ? {
          naam: ouder.naam,
          url: ficheUrl(doc.organisatie ? 'organisatie' : 'praktijk', ouder.id, ouder.naam),
        }
      : null
  const url = ficheUrl(soort, doc.id, doc.naam)
  const adressen = (doc.adressen?.length ? doc.adressen : (ouder?.adressen ?? [])) as Adres[]
  const jsonLd = ficheJsonLd(
    soort,
    {
      ...doc,
      adressen,
      ...(eigenContact || !ouder
        ? {}
        : { telefoons: ouder.telefoons, emails: ouder.emails, websites: ouder.websites }),
    },
    url,
    ouderLink,
  )
  const kruimels = ficheBreadcrumbs(
    soort,
    doc.naam,
    await allRubrieken(payload),
    rubriekIds(doc.rubrieken),
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
      <h1>{doc.naam}</h1>
      <Share titel={doc.naam} pad={url} basis={getConfig().serverUrl ?? ''} />
      {soort === 'aanbod' && <Ouder doc={doc} />}
      <p className="fiche-acties">
        <SaveToLijst
          soort={soort}
          id={doc.id}
          naam={doc.naam}
          terug={ficheUrl(soort, doc.id, doc.naam)}
        />
      </p>
      {Array.isArray(doc.rubrieken) && <RubriekLinks rubrieken={doc.rubrieken} />}
      {soort === 'zorgverlener' && Array.isArray(doc.beroepen) && doc.beroepen.length > 0 && (
        <p>{doc.beroepen.map((b: string) => labelFor(beroepen, b)).join(', ')}</p>
      )}
      {doc.beschrijving && (
        <section aria-labelledby="beschrijving-titel">
          <h2 id="beschrijving-titel">Beschrijving</h2>
          <RichText data={doc.beschrijving} />
        </section>
      )}
      {Array.isArray(doc.doelgroepen) && doc.doelgroepen.length > 0 && (
        <section aria-labelledby="doelgroep-titel">
          <h2 id="doelgroep-titel">Voor wie</h2>
          <p>{doc.doelgroepen.map((d: string) => labelFor(doelgroepen, d)).join(', ')}</p>
          {doc.doelgroepToelichting && <p>{doc.doelgroepToelichting}</p>}
        </section>
      )}
      {doc.openingsuren && <Openingsuren uren={doc.openingsuren as Uren} nu={nu} />}
      {soort === 'aanbod' && (
        <PracticalInfo
          aanmelding={doc.aanmelding}
          kostprijs={doc.kostprijs}
          werkingsgebied={doc.werkingsgebied}
          erkenningen={doc.erkenningen}
        />
      )}
      <Adressen adressen={adressen}>
        <FicheMap adressen={kaartAdressen(adressen)} naam={doc.naam} {...mapTiles()} />
      </Adressen>
      <Contacten
        telefoons={contact.telefoons}
        emails={contact.emails}
        websites={contact.websites}
      />
      {soort !== 'aanbod' && <AanbodList aanbod={aanbod} />}
      {mensen.length > 0 && (
        <section aria-labelledby="mensen-titel">
          <h2 id="mensen-titel">Zorgverleners</h2>
          <ul className="fiche-lijst">
            {mensen.map((z) => (
              <li key={z.id}>
                <a href={ficheUrl('zorgverlener', z.id, z.naam)}>{z.naam}</a>
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
                <a href={ficheUrl(p._soort as FicheSoort, p.id, p.naam)}>{p.naam}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(doc.kboNummer || doc.rizivNummer) && (
        <section aria-labelledby="identificatie-titel">
          <h2 id="identificatie-titel">Identificatie</h2>
          <dl className="fiche-praktisch">
            {soort !== 'aanbod' && doc.kboNummer && (
              <AuthenticValue
                label="KBO-ondernemingsnummer"
                waarde={formatKbo(doc.kboNummer)}
                veld="kboNummer"
                bronnen={doc.bronnen}
                link={`https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=${doc.kboNummer}`}
              />
            )}
            {soort === 'zorgverlener' && doc.rizivNummer && (
              <AuthenticValue
                label="RIZIV-nummer"
                waarde={doc.rizivNummer}
                veld="rizivNummer"
                bronnen={doc.bronnen}
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

function rubriekIds(rubrieken: unknown): number[] {
  if (!Array.isArray(rubrieken)) return []
  return rubrieken.flatMap((r) =>
    typeof r === 'number'
      ? [r]
      : r && typeof r === 'object' && typeof r.id === 'number'
        ? [r.id]
        : [],
  )
}

function uniek(docs: (Doc | null | undefined)[]): Doc[] {
  const gezien = new Map<string, Doc>()
  for (const d of docs)
    if (d && typeof d === 'object' && !gezien.has(`${d._soort}:${d.id}`))
      gezien.set(`${d._soort}:${d.id}`, d)
  return [...gezien.values()]
}
