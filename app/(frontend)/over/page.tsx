import type { Metadata } from 'next'

import '../fiche.css'

export const metadata: Metadata = {
  title: 'Over de Sociale Kaart en privacy',
  description:
    'Wat de Sociale Kaart is, wie de gegevens bijhoudt en wat er met uw gegevens gebeurt.',
}

/** What the Sociale Kaart is, where its data comes from, and what it does with a visitor's data. */
export default function AboutPage() {
  return (
    <article className="fiche">
      <h1>Over de Sociale Kaart</h1>
      <p>
        De Sociale Kaart beschrijft het zorg- en welzijnsaanbod in Vlaanderen en Brussel:
        welzijnsorganisaties, praktijken van zelfstandige zorgverleners, de zorgverleners zelf en
        wat elk van hen aanbiedt, voor wie, wanneer, hoe u zich aanmeldt en wat het kost.
      </p>

      <section aria-labelledby="gegevens-titel">
        <h2 id="gegevens-titel">Waar de gegevens vandaan komen</h2>
        <p>
          Organisaties en zorgverleners houden hun eigen fiche actueel; regionale teams zorgen dat
          het aanbod in hun regio volledig en juist is. Gegevens die een overheid al bijhoudt, zoals
          het KBO-ondernemingsnummer of het RIZIV-nummer, worden niet opnieuw ingetypt: de fiche
          toont uit welke authentieke bron ze komen. Elke fiche vermeldt wanneer ze het laatst werd
          nagekeken.
        </p>
      </section>

      <section aria-labelledby="privacy-titel">
        <h2 id="privacy-titel">Privacy</h2>
        <ul className="fiche-lijst">
          <li>U kunt zoeken en fiches lezen zonder account en zonder u aan te melden.</li>
          <li>
            De knop “Mijn locatie” vraagt uw browser om uw locatie alleen als u erop klikt; die
            locatie gaat mee in de zoekopdracht en wordt niet bij een account bewaard.
          </li>
          <li>
            De kaarten laden hun achtergrond van een externe kaartdienst (standaard OpenStreetMap);
            die ziet daarbij uw IP-adres. Zonder kaart blijft elke pagina bruikbaar: de adressen
            staan er ook als tekst.
          </li>
          <li>
            Wie zich aanmeldt, krijgt een cookie om aangemeld te blijven. Van een account bewaren we
            uw e-mailadres, naam en rol.
          </li>
        </ul>
      </section>

      <p>
        Vragen? Kijk bij de <a href="/faq">veelgestelde vragen</a> of in de{' '}
        <a href="/handleidingen">handleidingen</a>.
      </p>
    </article>
  )
}
