import { lexicalDocument, type Block, type References } from './lexical'

export type Doelpubliek = 'burger' | 'zorgverlener' | 'fichebeheerder' | 'hergebruik'

export type HandleidingInput = {
  /** Key for links (`handleiding:<key>`, FAQ "zie ook", gerelateerd); not stored. */
  key: string
  titel: string
  samenvatting: string
  inhoud: Block[]
  doelpubliek: Doelpubliek[]
  onderwerp: string
  gepubliceerd: boolean
  /** Keys of related handleidingen, shown under "Zie ook". */
  gerelateerd?: string[]
}

export type FaqInput = {
  /** Key for links (`faq:<key>`); not stored. */
  key?: string
  vraag: string
  antwoord: Block[]
  doelpubliek: Doelpubliek[]
  onderwerp: string
  volgorde: number
  /** Keys of handleidingen to link as "zie ook". */
  zieOok?: string[]
}

/** The demo's one image: the zorgverlener's journey as a diagram (made by src/seed/write-content.ts). */
export const ZORGVERLENER_STEP_PLAN = {
  key: 'stappenplan-zorgverlener',
  bestand: 'stappenplan-zorgverlener.png',
  alt: 'Stappenplan in drie stappen: 1. aanmelden als zorgverlener, 2. uw zorgverlenersfiche nakijken of aanmaken, 3. uw fiche koppelen aan uw praktijk of een praktijk aanmaken.',
  stappen: [
    'Aanmelden als zorgverlener',
    'Uw fiche nakijken of aanmaken',
    'Koppelen aan uw praktijk',
  ],
}

/**
 * The content team's manuals and FAQ for the demo, after the webinar of the Departement Zorg
 * (8 February 2024), written for this application's own screens: the public search and fiche pages,
 * and the beheeromgeving (/admin) where zorgverleners, fichebeheerders, regiobeheerders and the
 * redactie work. Links use `[label](target)` (see src/seed/lexical.ts).
 */
export const HANDLEIDINGEN: HandleidingInput[] = [
  {
    key: 'hulp-zoeken',
    titel: 'Hulp vinden in uw buurt',
    samenvatting:
      'Zoeken op wat en waar, bladeren in de rubrieken, filteren op wat nu open is, en lezen wat een fiche u vertelt.',
    doelpubliek: ['burger'],
    onderwerp: 'Zoeken',
    gepubliceerd: true,
    gerelateerd: ['doorverwijzen', 'suggestie'],
    inhoud: [
      'De Sociale Kaart toont het zorg- en welzijnsaanbod in Vlaanderen en Brussel: wie helpt waar, voor wie, wanneer en tegen welke prijs. U hoeft zich niet aan te melden om te zoeken.',
      { heading: 'Zoeken op wat en waar' },
      {
        ordered: true,
        list: [
          'Ga naar [Zoeken](/zoeken). Typ in het eerste veld wat u zoekt, in gewone woorden: **huisarts**, **thuisverpleging**, **schuldbemiddeling** of **rusthuis**. Ook een naam van een organisatie of zorgverlener werkt.',
          'Typ in het veld Waar uw gemeente, deelgemeente of postcode, bijvoorbeeld Borgerhout of 9000, en kies hoe ver u wilt zoeken.',
          'Bekijk de resultaten als lijst of op de kaart. Met een locatie staan de dichtstbijzijnde bovenaan.',
        ],
      },
      'Een tikfout is geen probleem: de Sociale Kaart stelt de juiste schrijfwijze voor. Synoniemen worden ook herkend; wie **dokter** typt, vindt huisartsen.',
      { heading: 'Filteren' },
      {
        list: [
          '**Soort**: aanbod, organisaties, praktijken of zorgverleners.',
          '**Rubriek**: een deel van de rubriekenlijst, bijvoorbeeld Woonzorgcentra.',
          '**Doelgroep**: bijvoorbeeld kinderen, ouderen of mantelzorgers.',
          '**Nu open**: alleen wat op dit moment open is, met de feestdagen meegerekend.',
        ],
      },
      { heading: 'Bladeren in de rubrieken' },
      'De rubriekenlijst is de inhoudstafel van de Sociale Kaart. Rubriek 1 tot 18 bevatten het welzijnsaanbod, rubriek 19 de gezondheidszorgberoepen. Kies een rubriek om het aanbod erin te zien; een rubriek toont ook alles in de rubrieken eronder.',
      { heading: 'Wat een fiche u vertelt' },
      'Op de fiche van een aanbod ziet u de beschrijving, voor wie het bedoeld is, hoe u zich aanmeldt (bijvoorbeeld telefonisch of via een doorverwijzing), wat het kost, de openingsuren met vandaag in het vet, en de contactgegevens. Onderaan staat wanneer de gegevens het laatst zijn nagekeken.',
      'Klopt er iets niet? Lees [hoe u een fout meldt](handleiding:suggestie).',
    ],
  },
  {
    key: 'doorverwijzen',
    titel: 'Doorverwijzen als hulpverlener',
    samenvatting:
      'Voor maatschappelijk werkers, huisartsen en andere professionals: snel het juiste aanbod vinden voor uw cliënt, ook buiten uw eigen sector.',
    doelpubliek: ['burger', 'zorgverlener'],
    onderwerp: 'Doorverwijzen',
    gepubliceerd: true,
    gerelateerd: ['hulp-zoeken', 'hergebruik'],
    inhoud: [
      'Als u iemand doorverwijst, wilt u meer weten dan een adres: neemt de dienst nog nieuwe cliënten aan, hoe meldt iemand zich aan, wat kost het, en is het bedoeld voor deze persoon? Dat staat allemaal op de aanbodfiche.',
      { heading: 'Het juiste aanbod vinden' },
      {
        ordered: true,
        list: [
          'Zoek in [Zoeken](/zoeken) op de hulpvraag en de woonplaats van uw cliënt, niet de uwe.',
          'Beperk met de filter Doelgroep tot het aanbod voor bijvoorbeeld jongeren of personen met een handicap.',
          'Kies in de filter Rubriek een sector die u minder goed kent. Zo ontdekt u zorgactoren buiten uw eigen werkveld.',
          'Open de aanbodfiche en lees **Aanmeldingswijze** en **Kostprijs** voor u uw cliënt doorstuurt.',
        ],
      },
      { heading: 'Een resultaat bewaren of delen' },
      'Elke zoekopdracht heeft een eigen adres: kopieer het uit de adresbalk om dezelfde zoekopdracht later opnieuw te openen of naar een collega te sturen. Een fiche heeft een afdrukweergave die op één blad past, handig om mee te geven aan uw cliënt.',
      'Werkt u met een eigen toepassing of lijst van partners? Lees dan [hoe u de gegevens hergebruikt](handleiding:hergebruik).',
    ],
  },
  {
    key: 'zorgverlener',
    titel: 'Uw zorgverlenersfiche beheren',
    samenvatting:
      'Stap voor stap: aanmelden als zorgverlener, uw eigen fiche nakijken of aanmaken, en uw fiche koppelen aan de praktijk waar u werkt.',
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    gepubliceerd: true,
    gerelateerd: ['praktijk', 'beheer-aanvragen'],
    inhoud: [
      'Als zorgverlener staat u met een **zorgverlenersfiche** op de Sociale Kaart: uw naam, uw beroep, uw RIZIV-nummer en uw erkenning. Waar u uw beroep uitoefent, staat op een **aanbodfiche** die uw zorgverlenersfiche koppelt aan een **praktijk**. Voorbeeld: Marc Boons is erkend als huisarts en oefent dit beroep uit bij Huisartsenpraktijk Lier Astrid.',
      { afbeelding: ZORGVERLENER_STEP_PLAN.key },
      { heading: 'Stap 1: aanmelden als zorgverlener' },
      'Kies bovenaan de pagina **Aanmelden** en meld u aan met uw account als zorgverlener. U komt in de beheeromgeving, waar u alleen ziet wat u mag beheren.',
      { heading: 'Stap 2: uw zorgverlenersfiche' },
      {
        list: [
          '**Uw fiche staat online.** Open Zorgverleners in de beheeromgeving: u ziet er uw eigen fiche. Vul aan wat ontbreekt, zoals een beschrijving, telefoonnummer of website, en bewaar.',
          '**Uw fiche staat nog niet online.** Kies Zorgverleners en dan Nieuw. Vul uw naam, beroep en RIZIV-nummer in. De fiche krijgt de status In aanvraag: het team Sociale Kaart van uw regio kijkt ze na en zet ze daarna online.',
        ],
      },
      'Uw naam, beroepen en RIZIV-nummer komen uit een authentieke bron (RIZIV/CoBRHA). Eens uw fiche bestaat, kunt u die velden niet meer zelf wijzigen: klopt er iets niet, laat het dan aanpassen bij de bron. Een RIZIV-nummer met een foutief controlecijfer wordt bewaard met een waarschuwing, zodat het team het kan nakijken.',
      { heading: 'Stap 3: uw praktijk' },
      {
        ordered: true,
        list: [
          '**De praktijk staat online en u beheert ze.** Open de praktijk en voeg bij Aanbod uw eigen aanbod toe, met uzelf als zorgverlener.',
          '**De praktijk staat online, maar u beheert ze niet.** [Vraag het beheer aan](handleiding:beheer-aanvragen) of vraag een collega die de praktijk beheert om uw aanbod toe te voegen.',
          '**U werkt niet meer in een praktijk waaraan u gekoppeld bent.** Vraag wie de praktijk beheert om het aanbod met uw naam stop te zetten, of meld het via een suggestie tot wijziging.',
          '**De praktijk staat nog niet online.** [Maak de praktijk aan](handleiding:praktijk).',
        ],
      },
    ],
  },
  {
    key: 'praktijk',
    titel: 'Een praktijk aanmaken en uw aanbod eraan koppelen',
    samenvatting:
      'Staat uw solo- of groepspraktijk nog niet op de Sociale Kaart? Zo maakt u de praktijkfiche aan en zet u uw aanbod en dat van uw collega’s erbij.',
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Praktijkfiche',
    gepubliceerd: true,
    gerelateerd: ['zorgverlener', 'aanbod-openingsuren'],
    inhoud: [
      'Een **praktijkfiche** beschrijft de solo- of groepspraktijk waar zelfstandige zorgverleners werken: het adres, de contactgegevens en de openingsuren. Elk beroep dat er wordt uitgeoefend, staat er als **aanbod** bij, gekoppeld aan de zorgverlener.',
      { heading: 'De praktijk aanmaken' },
      {
        ordered: true,
        list: [
          'Meld u aan als zorgverlener en kies in de beheeromgeving Praktijken en dan Nieuw.',
          'Vul de naam en het adres in. De gemeente en de coördinaten worden uit de postcode afgeleid; de postcode moet een bestaande Belgische postcode zijn.',
          'Voeg telefoonnummers, e-mailadressen en de website toe. Telefoonnummers mag u schrijven zoals u gewend bent, bijvoorbeeld 03 480 12 34.',
          'Bewaar. De praktijk krijgt de status In aanvraag tot het team Sociale Kaart van uw regio ze heeft nagekeken. U beheert ze meteen.',
        ],
      },
      { heading: 'Uw aanbod toevoegen' },
      'Kies Aanbod en dan Nieuw. Geef het aanbod een naam, bijvoorbeeld Huisarts, kies de praktijk en uzelf als zorgverlener, en kies de rubriek (bijvoorbeeld 19.01 Huisartsen). Voor collega’s in dezelfde praktijk voegt u op dezelfde manier een aanbod toe met hun zorgverlenersfiche.',
    ],
  },
  {
    key: 'beheer-aanvragen',
    titel: 'Het beheer van een fiche aanvragen',
    samenvatting:
      'Werkt u bij een organisatie of praktijk die al op de Sociale Kaart staat? Vraag het beheer aan en houd de gegevens zelf bij.',
    doelpubliek: ['burger', 'fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    gepubliceerd: true,
    gerelateerd: ['actueel-houden', 'regiobeheer'],
    inhoud: [
      'Een **fichebeheerder** past de gegevens van een organisatie- of praktijkfiche en haar aanbod zelf aan. Fichebeheer is geen algemene rol: u krijgt het voor een bepaalde fiche, nadat het team Sociale Kaart van de regio uw aanvraag heeft goedgekeurd.',
      { heading: 'Zo vraagt u het beheer aan' },
      {
        ordered: true,
        list: [
          'Maak een account aan en meld u aan via **Aanmelden** bovenaan de pagina. Beheer aanvragen kan alleen met een account.',
          'Kies in de beheeromgeving **Fichebeheer** en dan **Nieuw**.',
          'Kies de organisatie of de praktijk (één van beide) die u wilt beheren. Laat het veld Gebruiker leeg: u vraagt het voor uzelf aan.',
          'Schrijf bij **Motivatie** wie u bent en wat uw functie is, bijvoorbeeld: "Ik ben coördinator van het dienstencentrum en houd onze gegevens bij." Bewaar.',
        ],
      },
      'Uw aanvraag heeft nu de status **Aangevraagd**. U kunt ze in Fichebeheer volgen. Het regionale team kijkt na of u bij de organisatie werkt en zet de aanvraag op Goedgekeurd of Geweigerd, met een toelichting.',
      { heading: 'Na de goedkeuring' },
      'U ziet de fiche nu in de beheeromgeving en kunt ze bewerken, samen met al haar aanbod. U kunt ook nieuw aanbod toevoegen. Wat u niet kunt: velden uit een authentieke bron wijzigen (het KBO-nummer en de officiële naam), de status van de fiche veranderen, of een fiche verwijderen. Daarvoor neemt u contact op met het regionale team.',
      'Vervolgens: [zo houdt u uw fiches actueel](handleiding:actueel-houden).',
    ],
  },
  {
    key: 'aanbod-openingsuren',
    titel: 'Aanbod en openingsuren bijwerken',
    samenvatting:
      'Voor fichebeheerders: een aanbod beschrijven, de openingsuren invullen met uitzonderingen en feestdagen, en eigen contactgegevens toevoegen.',
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    gepubliceerd: true,
    gerelateerd: ['actueel-houden', 'praktijk'],
    inhoud: [
      'Elk aanbod van uw organisatie of praktijk heeft een eigen fiche. Bezoekers zoeken vooral op aanbod: een goede beschrijving en juiste openingsuren maken het verschil.',
      { heading: 'Een aanbod beschrijven' },
      {
        list: [
          '**Beschrijving**: wat u doet, in de taal van uw bezoekers. Vermijd afkortingen.',
          '**Doelgroep**: voor wie het aanbod bedoeld is, met een toelichting als dat nodig is.',
          '**Aanmeldingswijze**: hoe iemand bij u terechtkomt, bijvoorbeeld telefonisch, via een doorverwijzing of zonder afspraak.',
          '**Kostprijs**: gratis, een vaste prijs, volgens inkomen of terugbetaald, met een toelichting.',
          '**Werkingsgebied**: de gemeenten die u bedient.',
          '**Rubrieken**: waar het aanbod in de rubriekenlijst staat. Kies de meest precieze rubriek.',
        ],
      },
      { heading: 'Openingsuren' },
      {
        ordered: true,
        list: [
          'Vul bij **Weekschema** per dag een of meer blokken in, bijvoorbeeld maandag 9:00 tot 12:00 en 13:30 tot 17:00.',
          'Loopt een blok over middernacht, zoals een nachtpermanentie van 22:00 tot 6:00, vink dan **Sluit na middernacht** aan.',
          'Voeg bij **Uitzonderingen** dagen toe waarop het anders is: een collectieve sluiting (vink Gesloten aan) of een dag met andere uren, met een korte omschrijving.',
          'Kies bij **Op wettelijke feestdagen** of u dan gesloten bent of open volgens het weekschema.',
        ],
      },
      'Overlappende blokken, of een blok dat sluit voor het opent, worden geweigerd met een melding bij het veld. Op de publieke fiche ziet de bezoeker of u nu open bent en wanneer u opnieuw opent, in Belgische tijd.',
      { heading: 'Eigen contactgegevens' },
      'Heeft een aanbod een ander telefoonnummer of adres dan de organisatie, vul het dan in bij de eigen contactgegevens van het aanbod. Laat u ze leeg, dan toont de fiche die van de organisatie of praktijk.',
    ],
  },
  {
    key: 'actueel-houden',
    titel: 'Uw fiches actueel houden als fichebeheerder',
    samenvatting:
      'Wat u als fichebeheerder kunt aanpassen, hoe u op suggesties reageert en wat de datum Laatst geverifieerd betekent.',
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    gepubliceerd: true,
    gerelateerd: ['aanbod-openingsuren', 'suggestie'],
    inhoud: [
      'De Sociale Kaart is alleen nuttig als ze volledig en actueel is. Dat is een gedeelde verantwoordelijkheid: u houdt de gegevens van uw eigen fiches bij, het regionale team Sociale Kaart volgt het werkveld op.',
      { heading: 'Wat u kunt aanpassen' },
      {
        list: [
          'De beschrijving van uw organisatie of praktijk en van elk aanbod.',
          'Adressen, telefoonnummers, e-mailadressen en websites.',
          'Openingsuren, met uitzonderingen en feestdagen: zie [Aanbod en openingsuren bijwerken](handleiding:aanbod-openingsuren).',
          'Erkenningen: de erkennende overheid, het nummer en de data.',
        ],
      },
      'Velden die uit een authentieke bron komen, zoals de officiële naam en het KBO-nummer uit de Kruispuntbank van Ondernemingen, kunt u niet wijzigen. Bij die velden staat de bron.',
      { heading: 'Periodiek nakijken' },
      'Kijk uw fiches minstens twee keer per jaar na, en zeker na een verhuis, een nieuwe werking of nieuwe openingsuren. Elke wijziging wordt bewaard in de geschiedenis van de fiche, met wie ze deed en wanneer; het regionale team kan zo elke aanpassing volgen.',
      { heading: 'Suggesties tot wijziging' },
      'Bezoekers kunnen op elke fiche een suggestie tot wijziging doorgeven. Als fichebeheerder ziet u de suggesties op uw fiches. Neem ze over als ze kloppen; het regionale team volgt mee op.',
    ],
  },
  {
    key: 'regiobeheer',
    titel: 'Wat doet het regionale team Sociale Kaart?',
    samenvatting:
      'De regiobeheerders houden de Sociale Kaart in hun provincie volledig en actueel: ze keuren aanvragen goed, maken fiches aan en zetten ze stop.',
    doelpubliek: ['fichebeheerder', 'zorgverlener'],
    onderwerp: 'Regiobeheer',
    gepubliceerd: true,
    gerelateerd: ['beheer-aanvragen', 'actueel-houden'],
    inhoud: [
      'Elke regio (de vijf Vlaamse provincies en Brussel) heeft een team Sociale Kaart. Die **regiobeheerders** staan dicht bij het werkveld en kennen de organisaties in hun regio. Ze werken alleen op fiches in hun eigen regio: de regio van een fiche volgt uit de gemeente van haar hoofdadres.',
      { heading: 'Wat een regiobeheerder doet' },
      {
        list: [
          '**Aanvragen tot fichebeheer beslissen.** In Fichebeheer staan de aanvragen met status Aangevraagd. De regiobeheerder kijkt na of de aanvrager bij de organisatie werkt en keurt goed of weigert, met een toelichting.',
          '**Nieuwe fiches nakijken.** Een zorgverlenersfiche of praktijk die een zorgverlener zelf aanmaakt, staat op In aanvraag tot de regiobeheerder ze op Actief zet.',
          '**Fiches aanmaken en stopzetten.** Stopt een organisatie, dan zet de regiobeheerder haar fiche op Stopgezet. Bezoekers zien dan dat de fiche niet meer actief is, met een verwijzing naar gelijkaardig aanbod in de buurt.',
          '**Suggesties opvolgen** en de gegevens aanvullen waar een fiche onvolledig is.',
        ],
      },
      'Een regiobeheerder kan geen fiche buiten de eigen regio aanmaken of ernaartoe verhuizen. Zo blijft elke fiche bij het team dat haar werkveld kent.',
    ],
  },
  {
    key: 'hergebruik',
    titel: 'Gegevens van de Sociale Kaart hergebruiken',
    samenvatting:
      'Het zorg- en welzijnsaanbod op uw eigen website of in uw toepassing, via de open zoek-API en de REST-API.',
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    gepubliceerd: true,
    gerelateerd: ['doorverwijzen'],
    inhoud: [
      'Lokale besturen, organisaties en andere websites tonen het aanbod van de Sociale Kaart in hun eigen toepassingen. Zo hoeft niemand de gegevens opnieuw in te geven en blijven ze overal even actueel. U hebt geen sleutel nodig om actieve fiches te lezen.',
      { heading: 'De zoek-API' },
      'Elke zoekopdracht op de website kan ook als JSON: [/api/zoeken?q=huisarts&waar=Gent](/api/zoeken?q=huisarts&waar=Gent). De API neemt dezelfde parameters als de zoekpagina:',
      {
        list: [
          '**q**: vrije tekst; **waar**: gemeente, deelgemeente of postcode; **afstand**: straal in km (0 tot 100).',
          '**type**, **rubriek**, **gemeente** (NIS-code), **doelgroep**, **beroep**: filters, herhaalbaar.',
          '**open=1**: alleen wat nu open is; **sort**: relevantie, afstand of naam.',
          '**pagina** en **per**: paginering, tot 100 resultaten per pagina.',
        ],
      },
      'Het antwoord bevat het totaal, de resultaten met naam, adres, coördinaten, rubrieken en de link naar de fiche, en de aantallen per filter. Een ongeldige parameter geeft een foutmelding die het veld noemt. Voor een zoekveld dat aanvult terwijl men typt, is er [/api/zoeken/suggesties](/api/zoeken/suggesties?q=thuis).',
      { heading: 'De REST-API' },
      'Wie alle gegevens van een fiche nodig heeft, leest ze via de REST-API per soort: /api/organisaties, /api/praktijken, /api/aanbod, /api/zorgverleners en /api/rubrieken. U ziet er wat een bezoeker ziet: actieve fiches, nooit gegevens van gebruikers. Gebruik limit en page om te pagineren en where om te filteren, bijvoorbeeld op de laatste wijziging.',
      { heading: 'Alle adressen' },
      'De [sitemap](/sitemap.xml) somt de adressen van alle publieke fiches op, per soort. Elke fiche bevat gestructureerde gegevens (schema.org), zodat zoekmachines en andere toepassingen naam, adres en openingsuren kunnen lezen.',
      'De broncode van deze Sociale Kaart is open source (MIT-licentie): u kunt ze zelf draaien, met eigen gegevens of een voorselectie. Kort samengevat staat dit ook bij [Hoe gebruik ik de API?](faq:api)',
    ],
  },
  {
    key: 'suggestie',
    titel: 'Een fout melden: suggestie tot wijziging',
    samenvatting: 'Klopt er iets niet op een fiche? Zo geeft u het door.',
    doelpubliek: ['burger', 'zorgverlener'],
    onderwerp: 'Suggesties',
    gepubliceerd: true,
    gerelateerd: ['actueel-houden'],
    inhoud: [
      'Op elke fiche staat de knop **Suggestie tot wijziging**. Beschrijf wat er niet klopt en, als u het weet, wat het moet zijn: een ander telefoonnummer, nieuwe openingsuren, een organisatie die gestopt is.',
      'Uw suggestie gaat naar de beheerder van de fiche en naar het team Sociale Kaart van de regio. Zij controleren ze en passen de fiche aan.',
    ],
  },
  {
    key: 'op-maat',
    titel: 'Sociale Kaart op maat voor uw gemeente',
    samenvatting:
      'Een eigen subsite met het welzijnsaanbod van uw gemeente, in de huisstijl van uw bestuur.',
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    gepubliceerd: false,
    inhoud: [
      'Met Sociale Kaart op maat maakt een lokaal bestuur een eigen subsite met een voorselectie van het aanbod, bijvoorbeeld alle welzijnsorganisaties in de gemeente, onder de eigen huisstijl.',
      'Deze handleiding is nog in voorbereiding.',
    ],
  },
]

export const FAQ: FaqInput[] = [
  {
    vraag: 'Wat is de Sociale Kaart?',
    antwoord: [
      'De Sociale Kaart is de databank van het zorg- en welzijnsaanbod in Vlaanderen en Brussel. U vindt er adressen en contactgegevens, maar ook wat elke voorziening aanbiedt, voor wie, wanneer, hoe u zich aanmeldt en wat het kost. De wettelijke basis is het decreet houdende de sociale kaart van 3 mei 2019.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Algemeen',
    volgorde: 10,
  },
  {
    vraag: 'Moet ik me aanmelden om te zoeken?',
    antwoord: [
      'Nee. Iedereen kan zonder account zoeken en fiches bekijken. Een account hebt u nodig om het beheer van een fiche aan te vragen.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Algemeen',
    volgorde: 20,
    zieOok: ['hulp-zoeken'],
  },
  {
    key: 'buurt',
    vraag: 'Hoe vind ik hulp in mijn buurt?',
    antwoord: [
      'Typ in [Zoeken](/zoeken) wat u zoekt en uw gemeente of postcode, en kies een afstand. De resultaten staan op afstand gesorteerd en op de kaart. Met de filter Nu open ziet u alleen wat op dit moment open is.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Zoeken',
    volgorde: 30,
    zieOok: ['hulp-zoeken'],
  },
  {
    vraag: 'Ik vind niet wat ik zoek. Wat nu?',
    antwoord: [
      'Probeer een algemener woord (bijvoorbeeld **thuiszorg** in plaats van een merknaam), vergroot de afstand, of blader in de rubriekenlijst. Weet u dat een voorziening bestaat maar niet op de Sociale Kaart staat, laat het dan weten via een suggestie tot wijziging op een verwante fiche.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Zoeken',
    volgorde: 35,
    zieOok: ['hulp-zoeken'],
  },
  {
    vraag: 'Hoe kies ik het juiste aanbod voor een cliënt?',
    antwoord: [
      'Zoek op de woonplaats van uw cliënt, filter op doelgroep, en lees op de aanbodfiche de aanmeldingswijze en de kostprijs voor u doorverwijst. Een fiche heeft een afdrukweergave die u kunt meegeven.',
    ],
    doelpubliek: ['burger', 'zorgverlener'],
    onderwerp: 'Doorverwijzen',
    volgorde: 38,
    zieOok: ['doorverwijzen'],
  },
  {
    vraag: 'Wat betekent de datum "Laatst geverifieerd"?',
    antwoord: [
      'Dat is de laatste keer dat de beheerder van de fiche of het team Sociale Kaart de gegevens heeft nagekeken. Hoe recenter, hoe zekerder u bent dat de informatie klopt.',
    ],
    doelpubliek: ['burger', 'fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    volgorde: 40,
  },
  {
    vraag: 'Mijn zorgverlenersfiche staat niet online. Wat moet ik doen?',
    antwoord: [
      'Meld u aan als zorgverlener en kies in de beheeromgeving Zorgverleners en dan Nieuw. De fiche staat op In aanvraag tot het team Sociale Kaart van uw regio ze heeft nagekeken. Koppel daarna uw aanbod aan de praktijk waar u werkt.',
    ],
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    volgorde: 50,
    zieOok: ['zorgverlener'],
  },
  {
    vraag: 'Ik werk niet meer in een praktijk waaraan mijn fiche gekoppeld is.',
    antwoord: [
      'Vraag wie de praktijk beheert om het aanbod met uw naam stop te zetten, of meld het met een suggestie tot wijziging op de praktijkfiche. Uw zorgverlenersfiche blijft bestaan; alleen het aanbod bij die praktijk verdwijnt.',
    ],
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    volgorde: 60,
    zieOok: ['zorgverlener', 'praktijk'],
  },
  {
    key: 'authentiek',
    vraag: 'Waarom kan ik mijn naam, KBO-nummer of RIZIV-nummer niet wijzigen?',
    antwoord: [
      'Die gegevens komen uit een authentieke bron: de Kruispuntbank van Ondernemingen voor organisaties, het RIZIV (CoBRHA) voor zorgverleners. Volgens het principe van de eenmalige gegevensopvraging worden ze niet opnieuw ingegeven maar overgenomen. Klopt er iets niet, laat het dan aanpassen bij de bron.',
    ],
    doelpubliek: ['zorgverlener', 'fichebeheerder'],
    onderwerp: 'Authentieke bronnen',
    volgorde: 70,
  },
  {
    key: 'beheer',
    vraag: 'Hoe vraag ik het beheer van de fiche van mijn organisatie aan?',
    antwoord: [
      'Meld u aan, kies in de beheeromgeving Fichebeheer en dan Nieuw. Kies de organisatie of praktijk en schrijf kort wie u bent. Het team Sociale Kaart van uw regio keurt de aanvraag goed of weigert ze, met een toelichting.',
    ],
    doelpubliek: ['burger', 'fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    volgorde: 80,
    zieOok: ['beheer-aanvragen'],
  },
  {
    vraag: 'Hoe lang duurt het voor mijn aanvraag is goedgekeurd?',
    antwoord: [
      'Meestal enkele werkdagen. Het regionale team controleert of u echt bij de organisatie of praktijk werkt; soms nemen ze daarvoor contact op met de organisatie. In Fichebeheer ziet u de status van uw aanvraag.',
    ],
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    volgorde: 90,
    zieOok: ['beheer-aanvragen', 'regiobeheer'],
  },
  {
    vraag: 'Mijn aanvraag is geweigerd. Waarom?',
    antwoord: [
      'De reden staat in de toelichting bij de beslissing in Fichebeheer. Vaak kon het regionale team niet nagaan dat u bij de organisatie werkt. Dien een nieuwe aanvraag in met meer uitleg, of vraag een collega die de fiche al beheert.',
    ],
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    volgorde: 95,
    zieOok: ['beheer-aanvragen'],
  },
  {
    vraag: 'Hoe pas ik de openingsuren aan voor de kerstvakantie?',
    antwoord: [
      'Open het aanbod en voeg bij Openingsuren een uitzondering toe per dag dat het anders is: vink Gesloten aan of geef de uren van die dag, met een omschrijving zoals "Kerstvakantie". Het weekschema blijft ongewijzigd.',
    ],
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    volgorde: 100,
    zieOok: ['aanbod-openingsuren'],
  },
  {
    vraag: 'Wie beslist over mijn aanvraag en wie zet een fiche stop?',
    antwoord: [
      'Het team Sociale Kaart van de regio waarin de fiche ligt: de regiobeheerders. Zij beslissen over aanvragen tot fichebeheer, kijken nieuwe fiches na en zetten fiches stop van organisaties die niet meer actief zijn.',
    ],
    doelpubliek: ['fichebeheerder', 'zorgverlener'],
    onderwerp: 'Regiobeheer',
    volgorde: 105,
    zieOok: ['regiobeheer'],
  },
  {
    vraag: 'Ik zie een fout op een fiche. Hoe geef ik die door?',
    antwoord: [
      'Gebruik de knop Suggestie tot wijziging op de fiche. Uw melding gaat naar de beheerder van de fiche en naar het regionale team.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Suggesties',
    volgorde: 110,
    zieOok: ['suggestie'],
  },
  {
    vraag: 'Mag ik de gegevens van de Sociale Kaart op mijn eigen website tonen?',
    antwoord: [
      'Ja, dat is net de bedoeling. Gebruik de zoek-API voor een zoekvenster of lijst op uw website, of de REST-API als u de gegevens in uw eigen toepassing wilt verwerken. Vermeld de Sociale Kaart als bron.',
    ],
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 120,
    zieOok: ['hergebruik'],
  },
  {
    key: 'api',
    vraag: 'Hoe gebruik ik de API?',
    antwoord: [
      'Vraag dezelfde zoekopdracht als op de website op via [/api/zoeken](/api/zoeken?q=thuisverpleging&waar=Leuven), met de parameters q, waar, afstand en de filters. Het antwoord is JSON, gepagineerd tot 100 resultaten per pagina. U hebt geen sleutel nodig.',
    ],
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 130,
    zieOok: ['hergebruik'],
  },
  {
    vraag: 'Welke gegevens geeft de API niet?',
    antwoord: [
      'Fiches die stopgezet zijn of nog nagekeken worden, gegevens van gebruikers en accounts, en de geschiedenis van wie wat wijzigde. Alles wat u krijgt, staat ook publiek op de website.',
    ],
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 140,
    zieOok: ['hergebruik'],
  },
]

/** The stored rich text of a handleiding or answer; links and images need the ids of what they point to. */
export const contentOf = (blocks: Block[], verwijzingen: References = {}) =>
  lexicalDocument(blocks, verwijzingen)
