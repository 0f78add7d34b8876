import type { Metadata } from 'next'

import '../fiche.css'

export const metadata: Metadata = {
  title: 'Open data en de zoek-API',
  description:
    'Hergebruik de gegevens van de Sociale Kaart: een open zoek-API in JSON met dezelfde filters als de zoekpagina.',
}

const PARAMETERS: [string, string][] = [
  ['q', 'vrije tekst (wat); leeg om te bladeren'],
  [
    'waar',
    'een gemeente (Gent), deelgemeente (Borgerhout) of postcode (9000) in Vlaanderen of Brussel',
  ],
  ['lat, lon', 'een eigen locatie (beide samen); geeft afstanden'],
  ['afstand', 'straal in km (0–100) rond waar of lat/lon'],
  ['type', 'aanbod, organisatie, praktijk of zorgverlener; herhaalbaar'],
  ['rubriek', 'id van een rubriek, ook alles eronder; herhaalbaar'],
  ['gemeente', 'NIS-code (5 cijfers); herhaalbaar'],
  ['doelgroep, beroep', 'sleutels zoals in de facetten van het antwoord; herhaalbaar'],
  ['open', '1: enkel wat nu open is (Brusselse tijd, feestdagen meegerekend)'],
  ['moment', 'met open=1: open op dit ISO 8601-tijdstip in plaats van nu'],
  ['sort', 'relevantie, afstand of naam'],
  ['pagina, per', 'pagina (vanaf 1) en aantal per pagina (standaard 20, hoogstens 100)'],
]

/** How to reuse the data: the search API with its parameters, and where else the data can be read. */
export default function OpenDataPage() {
  return (
    <article className="fiche">
      <h1>Open data en de zoek-API</h1>
      <p>
        Alles wat u op de Sociale Kaart vindt, mag u hergebruiken: op de website van uw gemeente, in
        een eigen toepassing of voor onderzoek. Elke zoekopdracht op de site bestaat ook als open
        API die JSON teruggeeft, zonder sleutel of aanmelding.
      </p>

      <section aria-labelledby="api-titel">
        <h2 id="api-titel">De zoek-API</h2>
        <p>
          <code>GET /api/zoeken</code> neemt dezelfde parameters als de zoekpagina. Een zoekopdracht
          die u op de site maakt, kunt u dus als API-vraag overnemen door <code>/zoeken</code> in
          het adres te vervangen door <code>/api/zoeken</code>.
        </p>
        <p>Voorbeelden:</p>
        <ul className="fiche-lijst">
          <li>
            <a href="/api/zoeken?q=huisarts">/api/zoeken?q=huisarts</a>: alles over huisartsen, best
            passend eerst
          </li>
          <li>
            <a href="/api/zoeken?q=huisarts&amp;waar=Gent&amp;afstand=10">
              /api/zoeken?q=huisarts&amp;waar=Gent&amp;afstand=10
            </a>
            : huisartsen binnen 10 km van Gent
          </li>
          <li>
            <a href="/api/zoeken?type=organisatie&amp;sort=naam&amp;per=100">
              /api/zoeken?type=organisatie&amp;sort=naam&amp;per=100
            </a>
            : alle organisaties op naam, per 100
          </li>
          <li>
            <a href="/api/zoeken/suggesties?q=kine">/api/zoeken/suggesties?q=kine</a>: aanvullingen
            terwijl iemand typt
          </li>
        </ul>
        <table className="parameters">
          <caption>Parameters van /api/zoeken</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Betekenis</th>
            </tr>
          </thead>
          <tbody>
            {PARAMETERS.map(([naam, uitleg]) => (
              <tr key={naam}>
                <th scope="row">
                  <code>{naam}</code>
                </th>
                <td>{uitleg}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Filters combineren met EN, herhaalde waarden van één filter met OF. Het antwoord geeft het
          totaal, de pagina, de resultaten (met naam, adres, coördinaten, rubrieken, of het nu open
          is en het adres van de fiche) en de aantallen per filterwaarde. Een ongeldige parameter
          geeft <code>400</code> met het veld en wat eraan scheelt.
        </p>
      </section>

      <section aria-labelledby="meer-titel">
        <h2 id="meer-titel">Meer manieren om de gegevens te lezen</h2>
        <ul className="fiche-lijst">
          <li>
            Elke fiche heeft een vaste pagina met gestructureerde gegevens (schema.org JSON-LD) die
            zoekmachines en andere sites kunnen lezen.
          </li>
          <li>
            De <a href="/sitemap.xml">sitemap</a> somt alle actieve fiches op.
          </li>
          <li>
            De handleidingen over{' '}
            <a href="/handleidingen#publiek-hergebruik">hergebruik van gegevens</a> leggen uit hoe u
            de gegevens in uw eigen site opneemt.
          </li>
        </ul>
      </section>
    </article>
  )
}
