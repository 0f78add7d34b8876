import { lexicalDocument, type Block } from './lexical'

export type Doelpubliek = 'burger' | 'zorgverlener' | 'fichebeheerder' | 'hergebruik'

export type HandleidingInvoer = {
  /** Key for FAQ links; not stored. */
  key: string
  titel: string
  samenvatting: string
  inhoud: Block[]
  doelpubliek: Doelpubliek[]
  onderwerp: string
  gepubliceerd: boolean
}

export type FaqInvoer = {
  vraag: string
  antwoord: Block[]
  doelpubliek: Doelpubliek[]
  onderwerp: string
  volgorde: number
  /** Keys of handleidingen to link as "zie ook". */
  zieOok?: string[]
}

/**
 * The content team's manuals and FAQ for the demo, after the webinar of the Departement Zorg
 * (8 February 2024): managing your fiche as zorgverlener, requesting management, keeping data
 * current, reusing the data, searching.
 */
export const HANDLEIDINGEN: HandleidingInvoer[] = [
  {
    key: 'zorgverlener',
    titel: 'Uw zorgverlenersfiche beheren',
    samenvatting: 'Stap voor stap: aanmelden als zorgverlener, uw eigen fiche opzoeken of aanmaken, en uw fiche koppelen aan de praktijk waar u werkt.',
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    gepubliceerd: true,
    inhoud: [
      'Als zorgverlener staat u met een **zorgverlenersfiche** op de Sociale Kaart: uw naam, uw beroep, uw RIZIV-nummer en uw erkenning. Waar u uw beroep uitoefent, staat op een **aanbodfiche** die uw zorgverlenersfiche koppelt aan een **praktijk**. Voorbeeld: Marc Boons is erkend als huisarts en oefent dit beroep uit bij Huisartsenpraktijk Lier Astrid.',
      { heading: 'Stap 1: aanmelden als zorgverlener' },
      'Klik rechtsboven op Aanmelden en kies Aanmelden als zorgverlener. U hebt een actief visum nodig. Na het aanmelden ziet u het tabblad Mijn fiches.',
      { heading: 'Stap 2: zoek uzelf op de Sociale Kaart' },
      {
        list: [
          '**Uw zorgverlenersfiche staat online.** Open de fiche en kies rechtsboven Fiche bewerken. Vul aan wat ontbreekt of verbeter wat niet klopt, bijvoorbeeld uw telefoonnummer of een beschrijving.',
          '**Uw zorgverlenersfiche staat nog niet online.** Kies in Mijn fiches voor Nieuwe zorgverlenersfiche. Het team Sociale Kaart van uw regio controleert uw gegevens bij het RIZIV en zet de fiche daarna online.',
        ],
      },
      'Uw naam, beroep en RIZIV-nummer komen uit een authentieke bron (RIZIV/CoBRHA). Die velden kunt u niet zelf wijzigen: klopt er iets niet, vraag het dan aan bij de bron.',
      { heading: 'Stap 3: zoek uw (solo- of groeps)praktijk' },
      {
        ordered: true,
        list: [
          '**De praktijk staat online en uw fiche is eraan gekoppeld.** Hebt u beheerrechten op de praktijk, dan kunt u ook de praktijkfiche aanpassen. Zo niet, vraag dan het beheer aan via de knop op de fiche.',
          '**Uw fiche is gekoppeld aan een praktijk waar u niet meer werkt.** Open het aanbod bij die praktijk en kies Koppeling verwijderen.',
          '**De praktijk staat online, maar uw fiche is er nog niet aan gekoppeld.** Vraag de koppeling aan. Ze wordt actief zodra ze is goedgekeurd: door uzelf als u de praktijk beheert, anders door het team Sociale Kaart.',
          '**De praktijk staat nog niet online.** Maak de praktijkfiche aan, vink Aanbod aan om uw eigen aanbod toe te voegen, en nodig uw collega’s uit om hun aanbod aan de praktijk te koppelen.',
        ],
      },
    ],
  },
  {
    key: 'praktijk',
    titel: 'Een praktijk aanmaken en collega’s uitnodigen',
    samenvatting: 'Staat uw praktijk nog niet op de Sociale Kaart? Zo maakt u de praktijkfiche aan en koppelt u het aanbod van uw collega’s.',
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Praktijkfiche',
    gepubliceerd: true,
    inhoud: [
      'Een **praktijkfiche** beschrijft de solo- of groepspraktijk waar zelfstandige zorgverleners samenwerken: het adres, de contactgegevens en de openingsuren. Elke zorgverlener koppelt er zijn eigen aanbod aan.',
      { heading: 'De praktijk aanmaken' },
      {
        ordered: true,
        list: [
          'Meld u aan als zorgverlener en ga naar Mijn fiches.',
          'Kies Nieuwe praktijk. Vul de naam, het adres en de contactgegevens in. Het KBO-nummer is niet verplicht.',
          'Vink Aanbod aan om meteen uw eigen aanbod in deze praktijk toe te voegen, bijvoorbeeld huisarts of kinesitherapeut.',
          'Bewaar. De praktijk wacht op een controle door het team Sociale Kaart van uw regio; u beheert ze intussen al.',
        ],
      },
      { heading: 'Collega’s uitnodigen' },
      'Open de praktijkfiche en kies Zorgverlener uitnodigen. Uw collega krijgt een e-mail met een link om zijn of haar aanbod aan de praktijk te koppelen. Omdat u de praktijk beheert, keurt u die koppeling zelf goed.',
    ],
  },
  {
    key: 'beheer-aanvragen',
    titel: 'Het beheer van een fiche aanvragen',
    samenvatting: 'Werkt u bij een organisatie of praktijk die al op de Sociale Kaart staat? Vraag het beheer aan en houd de gegevens zelf bij.',
    doelpubliek: ['burger', 'fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    gepubliceerd: true,
    inhoud: [
      'Een **fichebeheerder** past de gegevens van een organisatie- of praktijkfiche en haar aanbod zelf aan. Fichebeheer is geen algemene rol: u krijgt het voor een bepaalde fiche, na goedkeuring door het team Sociale Kaart van de regio.',
      { heading: 'Zo vraagt u het beheer aan' },
      {
        ordered: true,
        list: [
          'Maak een profiel aan en meld u aan. Beheer aanvragen kan alleen met een profiel.',
          'Zoek de fiche van uw organisatie of praktijk en open ze.',
          'Kies rechtsboven Beheer aanvragen. Vertel kort wie u bent en wat uw functie is in de organisatie.',
          'Het team Sociale Kaart van uw regio bekijkt uw aanvraag. U krijgt een e-mail zodra ze is goedgekeurd of geweigerd.',
        ],
      },
      'Zodra uw aanvraag is goedgekeurd, vindt u de fiche onder Mijn fiches. Vanaf dan krijgt u ook periodiek een e-mail met de vraag om de gegevens na te kijken.',
    ],
  },
  {
    key: 'actueel-houden',
    titel: 'Uw fiches actueel houden als fichebeheerder',
    samenvatting: 'Wat u als fichebeheerder kunt aanpassen, hoe u op suggesties reageert en wat u doet met de actualisatiemail.',
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    gepubliceerd: true,
    inhoud: [
      'De Sociale Kaart is alleen nuttig als ze volledig en actueel is. Dat is een gedeelde verantwoordelijkheid: u houdt de gegevens van uw eigen fiches bij, het regionale team Sociale Kaart volgt het werkveld op.',
      { heading: 'Wat u kunt aanpassen' },
      {
        list: [
          'De beschrijving van uw organisatie en van elk aanbod.',
          'Adressen, telefoonnummers, e-mailadressen en websites.',
          'Openingsuren, met uitzonderingen zoals een collectieve sluiting, en wat er op feestdagen gebeurt.',
          'Doelgroep, aanmeldingswijze, kostprijs en werkingsgebied van elk aanbod.',
        ],
      },
      'Velden die uit een authentieke bron komen, zoals de officiële naam en het KBO-nummer uit de Kruispuntbank van Ondernemingen, kunt u niet wijzigen. Op de fiche ziet u bij die velden de bron en de datum waarop ze zijn opgehaald.',
      { heading: 'De actualisatiemail' },
      'Periodiek krijgt u een e-mail met de vraag om uw fiches na te kijken. Open elke fiche, pas aan wat veranderd is, en bevestig met Gegevens nagekeken. Ook als er niets veranderd is, is die bevestiging nuttig: de datum Laatst geverifieerd op de fiche toont bezoekers dat de informatie klopt.',
      { heading: 'Suggesties tot wijziging' },
      'Bezoekers kunnen op elke fiche een suggestie tot wijziging doorgeven. Als fichebeheerder ziet u de suggesties op uw fiches. Neem ze over als ze kloppen; het regionale team volgt mee op.',
    ],
  },
  {
    key: 'hergebruik',
    titel: 'Gegevens van de Sociale Kaart hergebruiken: API, widget en downloads',
    samenvatting: 'De gegevens van de Sociale Kaart zijn er om gebruikt te worden: op uw eigen website, in uw toepassing of in een lijst.',
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    gepubliceerd: true,
    inhoud: [
      'Lokale besturen, organisaties en andere websites tonen het zorg- en welzijnsaanbod van de Sociale Kaart in hun eigen toepassingen. Zo hoeft niemand de gegevens opnieuw in te geven en blijven ze overal even actueel.',
      { heading: 'De API' },
      'De publieke API geeft per aanbod de naam, de adressen met coördinaten, de contactgegevens, de rubrieken, de status en de datum van de laatste verificatie. Resultaten zijn gepagineerd (tot 2.000 per pagina) en te sorteren op laatste wijziging of relevantie. Vraag een sleutel aan via het contactformulier als u grote volumes wilt ophalen.',
      { heading: 'De widget' },
      'Met de widget plaatst u een zoekvenster van de Sociale Kaart op uw eigen website, met een voorselectie, bijvoorbeeld alleen het aanbod in uw gemeente of in één rubriek. Kopieer de code uit de widgetbouwer en plak ze in uw pagina.',
      { heading: 'Downloads' },
      'Aangemelde gebruikers kunnen een zoekresultaat downloaden als CSV- of Excelbestand. Het bestand wordt op de achtergrond klaargemaakt; u krijgt een e-mail met een link zodra het klaar is.',
    ],
  },
  {
    key: 'zoeken',
    titel: 'Zoeken in de Sociale Kaart',
    samenvatting: 'Zoeken op wat en waar, bladeren in de rubriekenlijst, filteren en de resultaten op de kaart bekijken.',
    doelpubliek: ['burger'],
    onderwerp: 'Zoeken',
    gepubliceerd: true,
    inhoud: [
      'U kunt op twee manieren zoeken: met vrije tekst, of door te bladeren in de rubriekenlijst.',
      { heading: 'Zoekmethode 1: wat en waar' },
      'Typ in het eerste veld wat u zoekt, bijvoorbeeld thuisverpleging, diëtist of schuldbemiddeling. Typ in het tweede veld een gemeente, een postcode of een adres, en kies hoe ver u wilt zoeken. De resultaten verschijnen als lijst en op de kaart, gesorteerd op relevantie of afstand.',
      { heading: 'Zoekmethode 2: de rubriekenlijst' },
      'De rubriekenlijst is de inhoudstafel van de databank. Rubriek 1 tot 18 bevatten de welzijnsorganisaties, rubriek 19 de gezondheidszorgberoepen. Klik een rubriek open om de onderliggende rubrieken en het aanbod te zien.',
      { heading: 'Filters' },
      {
        list: [
          'Doelgroep: bijvoorbeeld jongeren, ouderen of mantelzorgers.',
          'Gemeente of afstand tot een adres.',
          'Beroep, bij zorgverleners.',
          'Nu open: alleen het aanbod dat op dit moment open is.',
        ],
      },
      'Aangemeld kunt u uw zoekopdrachten bewaren en delen, favorietenlijsten maken en resultaten downloaden.',
    ],
  },
  {
    key: 'suggestie',
    titel: 'Een fout melden: suggestie tot wijziging',
    samenvatting: 'Klopt er iets niet op een fiche? Zo geeft u het door.',
    doelpubliek: ['burger', 'zorgverlener'],
    onderwerp: 'Suggesties',
    gepubliceerd: true,
    inhoud: [
      'Onderaan elke fiche staat de knop Suggestie tot wijziging. Beschrijf wat er niet klopt en, als u het weet, wat het moet zijn. U hoeft daarvoor niet aangemeld te zijn.',
      'Uw suggestie gaat naar de beheerder van de fiche en naar het team Sociale Kaart van de regio. Zij controleren ze en passen de fiche aan.',
    ],
  },
  {
    key: 'op-maat',
    titel: 'Sociale Kaart op maat voor uw gemeente',
    samenvatting: 'Een eigen subsite met het welzijnsaanbod van uw gemeente, in de huisstijl van uw bestuur.',
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    gepubliceerd: false,
    inhoud: [
      'Met Sociale Kaart op maat maakt een lokaal bestuur een eigen subsite met een voorselectie van het aanbod, bijvoorbeeld alle welzijnsorganisaties in de gemeente, onder de eigen huisstijl.',
      'Deze handleiding is nog in voorbereiding.',
    ],
  },
]

export const FAQ: FaqInvoer[] = [
  {
    vraag: 'Wat is de Sociale Kaart?',
    antwoord: [
      'De Sociale Kaart is de databank van het zorg- en welzijnsaanbod in Vlaanderen en Brussel, beheerd door de Vlaamse overheid (Departement Zorg). U vindt er adressen en contactgegevens, maar ook wat elke voorziening aanbiedt, voor wie, wanneer, hoe u zich aanmeldt en wat het kost.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Algemeen',
    volgorde: 10,
  },
  {
    vraag: 'Moet ik me aanmelden om te zoeken?',
    antwoord: [
      'Nee. Iedereen kan zonder profiel zoeken en fiches bekijken. Met een profiel kunt u daarnaast zoekopdrachten bewaren, favorietenlijsten maken, gegevens downloaden en notities bij een fiche bijhouden.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Algemeen',
    volgorde: 20,
    zieOok: ['zoeken'],
  },
  {
    vraag: 'Hoe vind ik hulp in mijn buurt?',
    antwoord: [
      'Typ wat u zoekt en uw gemeente of postcode in het zoekvenster, en kies een afstand. Sorteer de resultaten op afstand of bekijk ze op de kaart. Met de filter Nu open ziet u alleen wat op dit moment open is.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Zoeken',
    volgorde: 30,
    zieOok: ['zoeken'],
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
      'Meld u aan als zorgverlener en kies in Mijn fiches voor Nieuwe zorgverlenersfiche. Het team Sociale Kaart van uw regio controleert uw gegevens bij het RIZIV en zet de fiche daarna online. Koppel ze vervolgens aan de praktijk waar u werkt.',
    ],
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    volgorde: 50,
    zieOok: ['zorgverlener'],
  },
  {
    vraag: 'Mijn fiche is gekoppeld aan een praktijk waar ik niet meer werk.',
    antwoord: [
      'Open uw aanbod bij die praktijk en kies Koppeling verwijderen. Uw zorgverlenersfiche blijft bestaan; alleen het aanbod bij die praktijk verdwijnt. Werkt u ergens anders, koppel uw fiche dan aan de nieuwe praktijk.',
    ],
    doelpubliek: ['zorgverlener'],
    onderwerp: 'Zorgverlenersfiche',
    volgorde: 60,
    zieOok: ['zorgverlener'],
  },
  {
    vraag: 'Waarom kan ik mijn naam, KBO-nummer of RIZIV-nummer niet wijzigen?',
    antwoord: [
      'Die gegevens komen uit een authentieke bron: de Kruispuntbank van Ondernemingen voor organisaties, het RIZIV (CoBRHA) voor zorgverleners. Volgens het principe van de eenmalige gegevensopvraging worden ze niet opnieuw ingegeven maar overgenomen. Klopt er iets niet, laat het dan aanpassen bij de bron; de Sociale Kaart neemt de wijziging over.',
    ],
    doelpubliek: ['zorgverlener', 'fichebeheerder'],
    onderwerp: 'Authentieke bronnen',
    volgorde: 70,
  },
  {
    vraag: 'Hoe vraag ik het beheer van de fiche van mijn organisatie aan?',
    antwoord: [
      'Meld u aan met uw profiel, open de fiche van uw organisatie en kies Beheer aanvragen. Het team Sociale Kaart van uw regio keurt de aanvraag goed of af; u krijgt daarover een e-mail.',
    ],
    doelpubliek: ['burger', 'fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    volgorde: 80,
    zieOok: ['beheer-aanvragen'],
  },
  {
    vraag: 'Hoe lang duurt het voor mijn aanvraag is goedgekeurd?',
    antwoord: [
      'Meestal enkele werkdagen. Het regionale team controleert of u echt bij de organisatie of praktijk werkt; soms nemen ze daarvoor contact op met de organisatie.',
    ],
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Beheer aanvragen',
    volgorde: 90,
    zieOok: ['beheer-aanvragen'],
  },
  {
    vraag: 'Ik kreeg een e-mail om mijn fiche na te kijken. Wat moet ik doen?',
    antwoord: [
      'Open de link in de e-mail, kijk elke fiche na en pas aan wat veranderd is. Klik daarna op Gegevens nagekeken, ook als er niets veranderd is. Zo blijft de datum Laatst geverifieerd actueel.',
    ],
    doelpubliek: ['fichebeheerder'],
    onderwerp: 'Gegevens actueel houden',
    volgorde: 100,
    zieOok: ['actueel-houden'],
  },
  {
    vraag: 'Ik zie een fout op een fiche. Hoe geef ik die door?',
    antwoord: [
      'Gebruik de knop Suggestie tot wijziging onderaan de fiche. Uw melding gaat naar de beheerder van de fiche en naar het regionale team.',
    ],
    doelpubliek: ['burger'],
    onderwerp: 'Suggesties',
    volgorde: 110,
    zieOok: ['suggestie'],
  },
  {
    vraag: 'Mag ik de gegevens van de Sociale Kaart op mijn eigen website tonen?',
    antwoord: [
      'Ja, dat is net de bedoeling. Gebruik de widget voor een zoekvenster op uw website, of de API als u de gegevens in uw eigen toepassing wilt verwerken. Vermeld de Sociale Kaart als bron.',
    ],
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 120,
    zieOok: ['hergebruik'],
  },
  {
    vraag: 'Hoe gebruik ik de API?',
    antwoord: [
      'De API geeft lijsten van aanbod terug, gepagineerd tot 2.000 resultaten per pagina, te sorteren op laatste wijziging of relevantie. Per aanbod krijgt u onder meer de naam, de adressen met coördinaten, de contactgegevens, de rubrieken en de status. Haal bij grote volumes alleen op wat sinds uw vorige keer gewijzigd is.',
    ],
    doelpubliek: ['hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 130,
    zieOok: ['hergebruik'],
  },
  {
    vraag: 'Hoe download ik een lijst van voorzieningen?',
    antwoord: [
      'Meld u aan, zoek wat u nodig hebt en kies Downloaden. Het bestand wordt op de achtergrond klaargemaakt, zodat de Sociale Kaart niet vertraagt; u krijgt een e-mail met een link zodra het klaar is.',
    ],
    doelpubliek: ['burger', 'hergebruik'],
    onderwerp: 'Hergebruik',
    volgorde: 140,
    zieOok: ['hergebruik'],
  },
  {
    vraag: 'Wie ziet de notities die ik bij een fiche maak?',
    antwoord: ['Alleen u. Notities zijn persoonlijk en worden niet gedeeld met de beheerder van de fiche of met andere gebruikers.'],
    doelpubliek: ['burger'],
    onderwerp: 'Algemeen',
    volgorde: 150,
  },
]

export const inhoudVan = lexicalDocument
