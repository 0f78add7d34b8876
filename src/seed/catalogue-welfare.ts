import type { AanbodTemplate, OrganisatieType } from './catalogue-types'
import { SAINTS, NOUNS } from './names'

/**
 * Welfare and care organisations (rubriek 1-18, and the institutions of rubriek 2) with the offers
 * they typically have. Between them they use every rubriek of the demo tree below 19.
 */

const AZG = 'Agentschap Zorg en Gezondheid'
const DZ = 'Departement Zorg'
const OPGROEIEN = 'Opgroeien'
const VAPH = 'Vlaams Agentschap voor Personen met een Handicap (VAPH)'

const CAW_PER_ARRONDISSEMENT: Record<string, string> = {
  '11': 'CAW Antwerpen', '12': 'CAW Boom Mechelen Lier', '13': 'CAW De Kempen', '21': 'CAW Brussel',
  '23': 'CAW Halle-Vilvoorde', '24': 'CAW Oost-Brabant', '31': 'CAW Noord-West-Vlaanderen',
  '32': 'CAW Noord-West-Vlaanderen', '35': 'CAW Noord-West-Vlaanderen', '38': 'CAW Noord-West-Vlaanderen',
  '33': 'CAW Zuid-West-Vlaanderen', '34': 'CAW Zuid-West-Vlaanderen', '36': 'CAW Centraal-West-Vlaanderen',
  '37': 'CAW Centraal-West-Vlaanderen', '41': 'CAW Oost-Vlaanderen', '42': 'CAW Oost-Vlaanderen',
  '43': 'CAW Oost-Vlaanderen', '44': 'CAW Oost-Vlaanderen', '45': 'CAW Oost-Vlaanderen', '46': 'CAW Oost-Vlaanderen',
  '71': 'CAW Limburg', '72': 'CAW Limburg', '73': 'CAW Limburg',
}

const vzw = (naam: string) => `${naam} vzw`
const zonderPrefix = (prefix: string) => (naam: string) => (naam.startsWith(`${prefix} `) ? naam.slice(prefix.length + 1) : naam)

const caw: AanbodTemplate[] = [
  {
    key: 'caw-onthaal', naam: 'Onthaal', rubrieken: ['01.01', '01.04'],
    doelgroepen: ['volwassenen', 'jongvolwassenen', 'personen_in_armoede', 'gezinnen'],
    aanmelding: ['vrij_binnenlopen', 'telefonisch', 'online'], aanmeldingToelichting: 'U kunt binnenlopen tijdens de onthaaluren, bellen of chatten via caw.be.',
    kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: DZ }, werkingsgebied: 'regio',
    beschrijving: 'Met al uw vragen over welzijn kunt u terecht bij het onthaal van {org}. Een hulpverlener luistert naar uw vraag, geeft informatie en advies, en zoekt samen met u naar de beste hulp, bij ons of elders.',
  },
  {
    key: 'caw-nachtopvang', naam: 'Nachtopvang', rubrieken: ['01.03.01'],
    doelgroepen: ['dak_en_thuislozen', 'volwassenen'], doelgroepToelichting: 'Meerderjarigen zonder dak boven hun hoofd.',
    aanmelding: ['vrij_binnenlopen', 'telefonisch'], aanmeldingToelichting: 'Aanmelden vanaf 19 uur aan de deur of telefonisch.',
    kostprijs: [['betalend', 'Een kleine bijdrage per nacht; niemand wordt geweigerd omdat hij niet kan betalen.']],
    uren: 'nachtopvang', erkenning: { overheid: DZ }, werkingsgebied: 'regio', eigenAdres: 0.8,
    beschrijving: 'De nachtopvang van {org} in {gemeente} biedt een bed, een douche en een ontbijt aan wie geen slaapplaats heeft. Overdag helpen we u verder via het onthaal.',
  },
  {
    key: 'caw-inloop', naam: 'Inloopcentrum', rubrieken: ['01.03.02'],
    doelgroepen: ['dak_en_thuislozen', 'personen_in_armoede'],
    aanmelding: ['vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'inloop', werkingsgebied: 'lokaal', eigenAdres: 0.7,
    beschrijving: 'In het inloopcentrum kunt u binnenlopen voor een kop koffie, een warme maaltijd, een douche of een babbel. Een hulpverlener is aanwezig voor wie hulp zoekt.',
  },
  {
    key: 'caw-slachtofferhulp', naam: 'Slachtofferhulp', rubrieken: ['08.01'],
    doelgroepen: ['slachtoffers_van_geweld', 'nabestaanden', 'volwassenen'],
    aanmelding: ['telefonisch', 'op_afspraak', 'via_doorverwijzing'], kostprijs: [['gratis']], uren: 'kantoor',
    erkenning: { overheid: DZ }, werkingsgebied: 'regio',
    beschrijving: 'Slachtofferhulp ondersteunt slachtoffers van misdrijven en verkeersongevallen, hun familie en nabestaanden. We luisteren, geven informatie over uw rechten en helpen bij praktische en emotionele gevolgen.',
  },
  {
    key: 'caw-justitieel', naam: 'Justitieel welzijnswerk', rubrieken: ['08.02'],
    doelgroepen: ['gedetineerden', 'gezinnen'], aanmelding: ['op_afspraak', 'via_doorverwijzing'],
    kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'regio',
    beschrijving: 'Begeleiding van gedetineerden en hun gezin: contact met de familie, voorbereiding van de vrijlating en ondersteuning bij wonen, werk en schulden na de detentie.',
  },
  {
    key: 'caw-jac', naam: 'JAC', fichenaam: (org) => `${org} - JAC (jongerenwerking)`, rubrieken: ['11.01'],
    doelgroepen: ['jongeren', 'jongvolwassenen'], doelgroepToelichting: 'Jongeren van 12 tot 25 jaar.',
    aanmelding: ['vrij_binnenlopen', 'online', 'telefonisch'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'regio', eigenAdres: 0.5,
    beschrijving: 'Het JAC is er voor jongeren met vragen over school, thuis, geld, relaties, seks of wonen. Je kunt anoniem binnenlopen, chatten of mailen. Samen zoeken we wat je nodig hebt.',
  },
  {
    key: 'caw-relatie', naam: 'Relatie- en gezinsbemiddeling', rubrieken: ['05.01'],
    doelgroepen: ['volwassenen', 'gezinnen'], aanmelding: ['op_afspraak', 'telefonisch'],
    kostprijs: [['inkomensgerelateerd', 'Een bijdrage volgens uw inkomen.']], uren: 'kantoor', werkingsgebied: 'regio',
    beschrijving: 'Begeleiding van koppels en gezinnen bij relatieproblemen, scheiding en co-ouderschap. Een bemiddelaar helpt u om samen afspraken te maken in het belang van de kinderen.',
  },
  {
    key: 'caw-geweld', naam: 'Hulp bij familiaal geweld', rubrieken: ['05.02'],
    doelgroepen: ['slachtoffers_van_geweld', 'gezinnen', 'kinderen'],
    aanmelding: ['telefonisch', 'online', 'via_doorverwijzing'], aanmeldingToelichting: 'Bel anoniem en gratis 1712.',
    kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: DZ }, werkingsgebied: 'regio',
    beschrijving: 'Hulp voor iedereen die te maken heeft met geweld in het gezin: slachtoffers, plegers en getuigen. In een crisissituatie zoeken we samen naar veiligheid, ook met een tijdelijke opvang.',
  },
  {
    key: 'caw-woonbegeleiding', naam: 'Woonbegeleiding', rubrieken: ['07.02'],
    doelgroepen: ['volwassenen', 'dak_en_thuislozen', 'personen_in_armoede'], aanmelding: ['via_doorverwijzing', 'op_afspraak'],
    kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'regio',
    beschrijving: 'Een woonbegeleider komt bij u thuis en helpt u om zelfstandig te blijven wonen: huur betalen, contact met de verhuurder, het huishouden organiseren en uw administratie bijhouden.',
  },
  {
    key: 'caw-schuld', naam: 'Schuldhulpverlening', rubrieken: ['09.01'],
    doelgroepen: ['volwassenen', 'personen_in_armoede', 'gezinnen'], aanmelding: ['op_afspraak', 'telefonisch'],
    kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: DZ }, werkingsgebied: 'regio',
    beschrijving: 'Budgetbegeleiding en schuldbemiddeling: we brengen uw inkomsten, uitgaven en schulden in kaart, maken afbetalingsplannen met schuldeisers en zoeken met u naar een haalbaar budget.',
  },
]

const ocmw: AanbodTemplate[] = [
  {
    key: 'ocmw-sociale-dienst', naam: 'Sociale dienst', fichenaam: (org) => `${org} sociale dienst`, rubrieken: ['01.02'],
    doelgroepen: ['volwassenen', 'ouderen', 'gezinnen', 'personen_in_armoede'],
    aanmelding: ['vrij_binnenlopen', 'op_afspraak', 'telefonisch'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'lokaal',
    beschrijving: 'De sociale dienst van {org} helpt inwoners van {gemeente} met een leefloon, financiële steun, huurwaarborg, energie en medische kosten. Een maatschappelijk werker bekijkt met u welke rechten u hebt.',
  },
  {
    key: 'ocmw-onthaal', naam: 'Sociaal Huis', fichenaam: (org) => `Sociaal Huis ${org.replace(/^OCMW /, '')}`, rubrieken: ['01.04'],
    doelgroepen: ['volwassenen', 'ouderen', 'gezinnen'], aanmelding: ['vrij_binnenlopen', 'telefonisch'],
    kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'lokaal',
    beschrijving: 'Het Sociaal Huis is het centrale aanspreekpunt voor welzijn in {gemeente}: informatie over premies, kinderopvang, thuiszorg, wonen en sociale voordelen, en doorverwijzing naar de juiste dienst.',
  },
  {
    key: 'ocmw-schuld', naam: 'Schuldbemiddeling', fichenaam: (org) => `${org} schuldbemiddeling`, rubrieken: ['09.01'],
    doelgroepen: ['volwassenen', 'personen_in_armoede'], aanmelding: ['op_afspraak'], kostprijs: [['gratis']], uren: 'kantoor',
    erkenning: { overheid: DZ }, werkingsgebied: 'lokaal',
    beschrijving: 'Erkende dienst voor schuldbemiddeling. We helpen u uw schulden af te lossen met een haalbaar plan, en begeleiden u zo nodig naar een collectieve schuldenregeling.',
  },
  {
    key: 'ocmw-ldc', naam: 'Lokaal dienstencentrum', fichenaam: (org) => `${org} - Lokaal dienstencentrum`, rubrieken: ['04.01'],
    doelgroepen: ['ouderen', 'mantelzorgers'], aanmelding: ['vrij_binnenlopen'],
    kostprijs: [['betalend', 'Activiteiten en maaltijden aan democratische prijzen.']], uren: 'dienstencentrum', erkenning: { overheid: DZ }, werkingsgebied: 'lokaal', eigenAdres: 0.9,
    beschrijving: 'Ontmoetingsplaats voor senioren en buurtbewoners in {plaats}: cafetaria, warme maaltijden, cursussen, pedicure en hulp bij het gebruik van smartphone en computer.',
  },
  {
    key: 'ocmw-maaltijden', naam: 'Maaltijden aan huis', fichenaam: (org) => `${org} maaltijden aan huis`, rubrieken: ['04.05'],
    doelgroepen: ['ouderen', 'personen_met_chronische_ziekte'], aanmelding: ['telefonisch'],
    kostprijs: [['inkomensgerelateerd', 'De prijs per maaltijd hangt af van uw inkomen.']], uren: 'doorlopend', werkingsgebied: 'lokaal',
    beschrijving: 'Wie niet meer zelf kan koken, krijgt op weekdagen een warme maaltijd aan huis geleverd. Dieetmaaltijden zijn mogelijk.',
  },
  {
    key: 'ocmw-poets', naam: 'Poetsdienst en gezinszorg', fichenaam: (org) => `${org} poetsdienst`, rubrieken: ['04.02'],
    doelgroepen: ['ouderen', 'personen_met_handicap'], aanmelding: ['telefonisch', 'op_afspraak'],
    kostprijs: [['inkomensgerelateerd']], uren: 'kantoor', werkingsgebied: 'lokaal',
    beschrijving: 'Hulp bij het huishouden voor ouderen en personen met een beperking, zodat zij langer thuis kunnen blijven wonen.',
  },
  {
    key: 'ocmw-juridisch', naam: 'Juridisch eerstelijnsadvies', fichenaam: (org) => `${org} juridisch advies`, rubrieken: ['09.02'],
    doelgroepen: ['volwassenen', 'personen_in_armoede'], aanmelding: ['vrij_binnenlopen', 'op_afspraak'],
    kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'lokaal',
    beschrijving: 'Een advocaat geeft gratis een eerste juridisch advies en zegt u of u recht hebt op een pro-Deoadvocaat.',
  },
]

const wzcAanbod: AanbodTemplate[] = [
  {
    key: 'wzc-wzc', naam: 'Woonzorgcentrum', rubrieken: ['14.04.01'],
    doelgroepen: ['ouderen'], doelgroepToelichting: 'Ouderen vanaf 65 jaar die zorg nodig hebben.',
    aanmelding: ['op_afspraak', 'telefonisch'], aanmeldingToelichting: 'Bezoek het woonzorgcentrum en laat u op de wachtlijst zetten.',
    kostprijs: [['betalend', 'Dagprijs volgens kamertype; vraag de actuele prijslijst.']], uren: 'permanent',
    erkenning: { overheid: AZG, prefix: 'PE' }, werkingsgebied: 'regio',
    beschrijving: 'Het woonzorgcentrum biedt ouderen een thuis met zorg dag en nacht: verpleging, verzorging, animatie en maaltijden. Familie en vrienden zijn altijd welkom.',
  },
  {
    key: 'wzc-kortverblijf', naam: 'Kortverblijf', rubrieken: ['14.02'],
    doelgroepen: ['ouderen', 'mantelzorgers'], aanmelding: ['telefonisch', 'op_afspraak'],
    kostprijs: [['betalend', 'Dagprijs; de zorgkas kan tussenkomen.']], uren: 'permanent', erkenning: { overheid: AZG, prefix: 'PE' }, werkingsgebied: 'regio',
    beschrijving: 'Een tijdelijk verblijf van enkele dagen tot drie maanden, bijvoorbeeld na een ziekenhuisopname of om de mantelzorger even te ontlasten.',
  },
  {
    key: 'wzc-assistentie', naam: 'Assistentiewoningen', rubrieken: ['14.03'],
    doelgroepen: ['ouderen'], aanmelding: ['op_afspraak'],
    kostprijs: [['betalend', 'Maandelijkse dagprijs voor huur en basisdiensten.']], uren: 'geen', erkenning: { overheid: AZG, prefix: 'GAW' }, werkingsgebied: 'regio',
    beschrijving: 'Zelfstandig wonen in een aangepaste flat, met een noodoproepsysteem en de zorg en diensten van het woonzorgcentrum dichtbij wanneer u ze nodig hebt.',
  },
  {
    key: 'wzc-dagverzorging', naam: 'Centrum voor dagverzorging', rubrieken: ['14.01'],
    doelgroepen: ['ouderen', 'mantelzorgers', 'personen_met_chronische_ziekte'], aanmelding: ['telefonisch', 'op_afspraak'],
    kostprijs: [['betalend', 'Dagprijs inclusief maaltijden; vervoer mogelijk.']], uren: 'doorlopend', erkenning: { overheid: AZG, prefix: 'CDV' }, werkingsgebied: 'regio',
    beschrijving: 'Overdag opvang en verzorging voor ouderen die thuis wonen. De mantelzorger krijgt even ademruimte, de oudere een zinvolle dag in gezelschap.',
  },
]

export const ORGANISATIE_TYPES: OrganisatieType[] = [
  {
    key: 'caw', gewicht: 2, regionaal: true, aantal: [3, 7], altijd: ['caw-onthaal'], aanbod: caw,
    naam: ({ gemeente }) => CAW_PER_ARRONDISSEMENT[gemeente.arrondissementNis.slice(0, 2)] ?? 'CAW Brussel',
    officieleNaam: (naam) => vzw(naam.replace(/^CAW/, 'Centrum Algemeen Welzijnswerk')),
    beschrijving: '{org} is het Centrum Algemeen Welzijnswerk voor de regio. Iedereen met een vraag of probleem kan er gratis terecht: over relaties, geld, wonen, geweld, justitie of gewoon omdat het even niet meer gaat.',
  },
  {
    key: 'ocmw', gewicht: 4, aantal: [2, 5], altijd: ['ocmw-sociale-dienst'], aanbod: ocmw,
    naam: ({ gemeente }) => `OCMW ${gemeente.naam}`,
    officieleNaam: (_naam, { gemeente }) => `Openbaar Centrum voor Maatschappelijk Welzijn van ${gemeente.naam}`,
    beschrijving: 'Het OCMW van {gemeente} is samen met de gemeente het lokaal bestuur. Het zorgt ervoor dat iedere inwoner een menswaardig leven kan leiden.',
  },
  {
    key: 'wzc', gewicht: 9, aantal: [1, 4], altijd: ['wzc-wzc'], aanbod: wzcAanbod,
    naam: ({ woord }) => `WZC ${woord()}`, kort: zonderPrefix('WZC'),
    officieleNaam: (naam) => vzw(naam.replace(/^WZC/, 'Woonzorgcentrum')),
    beschrijving: '{org} is een woonzorgcentrum in {plaats}, met een warme en huiselijke sfeer. Bewoners, familie en medewerkers maken er samen een thuis van.',
  },
  {
    key: 'thuiszorg', gewicht: 3, aantal: [1, 3], altijd: ['tz-gezinszorg'],
    naam: ({ gemeente, woord, rng }) => (rng.chance(0.5) ? `Thuiszorg ${woord()}` : `Familiezorg ${gemeente.naam}`),
    officieleNaam: vzw,
    aanbod: [
      {
        key: 'tz-gezinszorg', naam: 'Gezinszorg', rubrieken: ['04.02'], doelgroepen: ['ouderen', 'gezinnen', 'personen_met_handicap', 'personen_met_chronische_ziekte'],
        aanmelding: ['telefonisch', 'online'], kostprijs: [['inkomensgerelateerd', 'Uurtarief volgens inkomen en gezinssituatie.']], uren: 'kantoor',
        erkenning: { overheid: DZ }, werkingsgebied: 'provincie',
        beschrijving: 'Verzorgenden helpen bij persoonsverzorging, huishouden en boodschappen, zodat u thuis kunt blijven wonen, ook bij ziekte, ouderdom of na een bevalling.',
      },
      {
        key: 'tz-oppas', naam: 'Oppashulp', rubrieken: ['04.04'], doelgroepen: ['ouderen', 'mantelzorgers', 'personen_met_chronische_ziekte'],
        aanmelding: ['telefonisch'], kostprijs: [['betalend', 'Een vaste bijdrage per uur.']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'Vrijwilligers passen overdag of ’s nachts op bij zieke of hulpbehoevende mensen, zodat de mantelzorger even op adem kan komen.',
      },
      {
        key: 'tz-maaltijden', naam: 'Warme maaltijden', rubrieken: ['04.05'], doelgroepen: ['ouderen'],
        aanmelding: ['telefonisch'], kostprijs: [['betalend']], uren: 'doorlopend', werkingsgebied: 'regio',
        beschrijving: 'Gezonde warme maaltijden aan huis, ook met dieetvoorschriften.',
      },
    ],
    beschrijving: '{org} ondersteunt mensen thuis met gezinszorg en aanvullende thuiszorg, in samenwerking met de huisarts en de thuisverpleging.',
  },
  {
    key: 'thuisverpleging', gewicht: 3, aantal: [1, 2], altijd: ['tv-thuisverpleging'],
    naam: ({ woord }) => `Wijkverpleging ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'tv-thuisverpleging', naam: 'Thuisverpleging', rubrieken: ['04.03'], doelgroepen: ['ouderen', 'volwassenen', 'personen_met_chronische_ziekte'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['terugbetaald_ziekenfonds', 'Op voorschrift van de arts; geen remgeld bij de meeste zorgen.']], uren: 'permanent',
        erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Verpleegkundigen komen zeven dagen op zeven bij u thuis voor wondzorg, inspuitingen, hygiënische zorg, diabeteszorg en palliatieve zorg.',
      },
      {
        key: 'tv-palliatief', naam: 'Palliatieve thuiszorg', rubrieken: ['02.05'], doelgroepen: ['personen_met_chronische_ziekte', 'mantelzorgers', 'nabestaanden'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['gratis']], uren: 'permanent', werkingsgebied: 'regio',
        beschrijving: 'Begeleiding van ongeneeslijk zieke mensen die thuis willen sterven, en van hun naasten, in overleg met de huisarts.',
      },
    ],
    beschrijving: '{org} is een team van thuisverpleegkundigen actief in {gemeente} en de omliggende gemeenten.',
  },
  {
    key: 'cgg', gewicht: 1.5, regionaal: true, aantal: [2, 4], altijd: ['cgg-volwassenen'],
    naam: ({ woord }) => `CGG ${woord()}`, officieleNaam: (naam) => vzw(naam.replace(/^CGG/, 'Centrum voor Geestelijke Gezondheidszorg')),
    aanbod: [
      {
        key: 'cgg-volwassenen', naam: 'Volwassenen', rubrieken: ['03.01'], doelgroepen: ['volwassenen', 'personen_met_psychische_problemen'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['inkomensgerelateerd', 'Remgeld per gesprek, verminderd voor wie een verhoogde tegemoetkoming heeft.']], uren: 'kantoor',
        erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Ambulante begeleiding en behandeling bij ernstige psychische problemen zoals depressie, angst, trauma of psychose, door een multidisciplinair team.',
      },
      {
        key: 'cgg-kinderen', naam: 'Kinderen en jongeren', rubrieken: ['03.01'], doelgroepen: ['kinderen', 'jongeren', 'gezinnen'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['inkomensgerelateerd']], uren: 'kantoor', erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Diagnostiek en behandeling voor kinderen en jongeren met psychische problemen, samen met hun ouders en school.',
      },
      {
        key: 'cgg-suicide', naam: 'Suïcidepreventie', rubrieken: ['03.05'], doelgroepen: ['volwassenen', 'jongeren', 'nabestaanden', 'professionals'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], aanmeldingToelichting: 'Denkt u aan zelfdoding? Bel gratis en anoniem 1813.',
        kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Ondersteuning van mensen met zelfmoordgedachten en van nabestaanden na zelfdoding, en vorming voor hulpverleners.',
      },
      {
        key: 'cgg-verslaving', naam: 'Ambulante verslavingszorg', rubrieken: ['15.01'], doelgroepen: ['personen_met_verslaving', 'volwassenen', 'jongvolwassenen'],
        aanmelding: ['telefonisch', 'op_afspraak'], kostprijs: [['inkomensgerelateerd']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'Hulp bij problemen met alcohol, drugs, medicatie of gokken, voor de gebruiker en voor wie er samen mee leeft.',
      },
    ],
    beschrijving: '{org} is een erkend centrum voor geestelijke gezondheidszorg met vestigingen in de regio {gemeente}.',
  },
  {
    key: 'pz', gewicht: 0.6, regionaal: true, aantal: [2, 4], altijd: ['pz-opname'],
    naam: ({ rng }) => `PZ ${rng.pick(SAINTS)}`, officieleNaam: (naam) => vzw(naam.replace(/^PZ/, 'Psychiatrisch Ziekenhuis')),
    aanbod: [
      {
        key: 'pz-opname', naam: 'Psychiatrische opname', rubrieken: ['03.04'], doelgroepen: ['personen_met_psychische_problemen', 'volwassenen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent', erkenning: { overheid: AZG }, werkingsgebied: 'provincie',
        beschrijving: 'Opname en behandeling bij acute en langdurige psychiatrische problemen, in gespecialiseerde afdelingen.',
      },
      {
        key: 'pz-pvt', naam: 'Psychiatrisch verzorgingstehuis', rubrieken: ['03.03'], doelgroepen: ['personen_met_psychische_problemen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['betalend', 'Dagprijs.']], uren: 'permanent', erkenning: { overheid: AZG }, werkingsgebied: 'provincie',
        beschrijving: 'Wonen met begeleiding voor mensen met een langdurige, gestabiliseerde psychiatrische aandoening.',
      },
      {
        key: 'pz-beschut', naam: 'Beschut wonen', rubrieken: ['03.02'], doelgroepen: ['personen_met_psychische_problemen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['betalend']], uren: 'kantoor', erkenning: { overheid: AZG }, werkingsgebied: 'regio', eigenAdres: 0.6,
        beschrijving: 'Kleinschalige woonvormen waar bewoners met psychische kwetsbaarheid zo zelfstandig mogelijk wonen, met begeleiding op maat.',
      },
      {
        key: 'pz-verslaving', naam: 'Residentiële verslavingszorg', rubrieken: ['15.02'], doelgroepen: ['personen_met_verslaving'],
        aanmelding: ['via_doorverwijzing', 'telefonisch'], kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent', werkingsgebied: 'provincie',
        beschrijving: 'Ontwenning en residentiële behandeling van verslaving aan alcohol, medicatie of drugs.',
      },
    ],
    beschrijving: '{org} is een psychiatrisch ziekenhuis met opname, dagbehandeling en woonvormen.',
  },
  {
    key: 'ziekenhuis', gewicht: 1, regionaal: true, aantal: [2, 4], altijd: ['zh-ziekenhuis'],
    naam: ({ rng, gemeente }) => (rng.chance(0.5) ? `AZ ${rng.pick(SAINTS)}` : `AZ ${gemeente.naam}`), officieleNaam: (naam) => vzw(naam.replace(/^AZ/, 'Algemeen Ziekenhuis')),
    aanbod: [
      {
        key: 'zh-ziekenhuis', naam: 'Ziekenhuis', rubrieken: ['02.06.01'], doelgroepen: ['volwassenen', 'kinderen', 'ouderen'],
        aanmelding: ['via_doorverwijzing', 'op_afspraak'], kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent', erkenning: { overheid: AZG }, werkingsgebied: 'provincie',
        beschrijving: 'Algemeen ziekenhuis met raadplegingen, daghospitalisatie en opname in alle gangbare specialismen.',
      },
      {
        key: 'zh-sociale-dienst', naam: 'Sociale dienst', rubrieken: ['02.06.02'], doelgroepen: ['volwassenen', 'ouderen', 'mantelzorgers'],
        aanmelding: ['op_afspraak', 'telefonisch'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'De sociale dienst helpt patiënten en familie met vragen over ontslag, thuiszorg, financiën en opvang na de opname.',
      },
      {
        key: 'zh-spoed', naam: 'Spoedgevallen', rubrieken: ['02.01'], doelgroepen: ['volwassenen', 'kinderen', 'ouderen'],
        aanmelding: ['vrij_binnenlopen'], aanmeldingToelichting: 'Bel 112 bij levensbedreigende nood.', kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent',
        erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Dag en nacht opvang van dringende medische problemen. Kom met niet-dringende klachten buiten de kantooruren eerst langs de huisartsenwachtpost.',
      },
      {
        key: 'zh-palliatief', naam: 'Palliatieve eenheid', rubrieken: ['02.05'], doelgroepen: ['personen_met_chronische_ziekte', 'nabestaanden'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent', werkingsgebied: 'regio',
        beschrijving: 'Comfortzorg en begeleiding voor mensen in de laatste levensfase, met aandacht voor familie en naasten.',
      },
    ],
    beschrijving: '{org} is een algemeen ziekenhuis voor {gemeente} en omgeving.',
  },
  {
    key: 'wachtpost', gewicht: 0.8, regionaal: true, aantal: [1, 1], altijd: ['wp-wachtpost'],
    naam: ({ gemeente }) => `Huisartsenwachtpost ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'wp-wachtpost', naam: 'Huisartsenwachtdienst', rubrieken: ['02.02'], doelgroepen: ['volwassenen', 'kinderen', 'ouderen'],
        aanmelding: ['telefonisch'], aanmeldingToelichting: 'Bel altijd eerst 1733.', kostprijs: [['terugbetaald_ziekenfonds']], uren: 'wachtpost',
        erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Buiten de openingsuren van uw huisarts (’s nachts, in het weekend en op feestdagen) helpt een huisarts van wacht u verder in de wachtpost of bij u thuis.',
      },
    ],
    beschrijving: 'De huisartsen van {gemeente} en omgeving organiseren samen de wachtdienst vanuit deze wachtpost.',
  },
  {
    key: 'wgc', gewicht: 1, aantal: [1, 2], altijd: ['wgc-wgc'],
    naam: ({ woord }) => `Wijkgezondheidscentrum ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'wgc-wgc', naam: 'Eerstelijnszorg', rubrieken: ['02.03'], doelgroepen: ['volwassenen', 'kinderen', 'gezinnen', 'personen_in_armoede'],
        aanmelding: ['op_afspraak', 'telefonisch'], aanmeldingToelichting: 'Inschrijven kan voor wie in de wijk woont.', kostprijs: [['gratis', 'Forfaitaire betaling: u betaalt niets per consultatie.']],
        uren: 'kantoor', werkingsgebied: 'lokaal',
        beschrijving: 'Huisartsen, verpleegkundigen, kinesitherapeuten en maatschappelijk werkers onder één dak, voor alle inwoners van de wijk.',
      },
      {
        key: 'wgc-onthaal', naam: 'Sociaal onthaal', rubrieken: ['01.04'], doelgroepen: ['volwassenen', 'personen_in_armoede'],
        aanmelding: ['vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'inloop', werkingsgebied: 'lokaal',
        beschrijving: 'Een maatschappelijk werker helpt met papieren, verzekeringen en premies.',
      },
    ],
    beschrijving: '{org} is een wijkgezondheidscentrum in {plaats} dat werkt met een abonnement bij het ziekenfonds.',
  },
  {
    key: 'zorgwinkel', gewicht: 0.8, aantal: [1, 1], altijd: ['zw-hulpmiddelen'],
    naam: ({ gemeente }) => `Zorgwinkel ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'zw-hulpmiddelen', naam: 'Uitleendienst hulpmiddelen', rubrieken: ['02.04'], doelgroepen: ['ouderen', 'personen_met_handicap', 'personen_met_chronische_ziekte'],
        aanmelding: ['vrij_binnenlopen', 'telefonisch'], kostprijs: [['betalend', 'Huurprijs per maand; leden van het ziekenfonds krijgen korting.']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'Verhuur en verkoop van rolstoelen, krukken, ziekenhuisbedden, badliften en andere hulpmiddelen voor thuis.',
      },
    ],
    beschrijving: '{org} helpt u met hulpmiddelen en advies om thuis veilig te wonen.',
  },
  {
    key: 'palliatief', gewicht: 0.4, regionaal: true, aantal: [1, 1], altijd: ['pn-netwerk'],
    naam: ({ gemeente }) => `Palliatief Netwerk ${gemeente.provincieNaam ?? 'Brussel'}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'pn-netwerk', naam: 'Palliatieve ondersteuning', rubrieken: ['02.05'], doelgroepen: ['personen_met_chronische_ziekte', 'mantelzorgers', 'professionals'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Informatie, advies en vorming over palliatieve zorg, en ondersteuning van patiënten, families en zorgverleners.',
      },
    ],
    beschrijving: '{org} brengt alle zorgverleners in palliatieve zorg in de regio samen.',
  },
  {
    key: 'seksuele-gezondheid', gewicht: 0.5, regionaal: true, aantal: [1, 1], altijd: ['sg-centrum'],
    naam: ({ gemeente }) => `Centrum Seksuele Gezondheid ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'sg-centrum', naam: 'Consultatie seksuele gezondheid', rubrieken: ['05.03'], doelgroepen: ['jongeren', 'volwassenen', 'holebi_transgender'],
        aanmelding: ['online', 'op_afspraak'], kostprijs: [['gratis'], ['terugbetaald_ziekenfonds']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'Anonieme testen op soa en hiv, voorbehoeding, en gesprekken over seksualiteit, gender en relaties.',
      },
    ],
    beschrijving: '{org} werkt rond seksuele gezondheid, zonder taboes of oordeel.',
  },
  {
    key: 'werkwinkel', gewicht: 1.2, aantal: [1, 2], altijd: ['ww-traject'],
    naam: ({ gemeente }) => `Werkwinkel ${gemeente.naam}`, officieleNaam: (naam) => naam,
    aanbod: [
      {
        key: 'ww-traject', naam: 'Trajectbegeleiding naar werk', rubrieken: ['06.01'], doelgroepen: ['volwassenen', 'jongvolwassenen', 'personen_met_migratieachtergrond'],
        aanmelding: ['vrij_binnenlopen', 'online'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: 'VDAB' }, werkingsgebied: 'lokaal',
        beschrijving: 'Hulp bij het zoeken naar werk: sollicitatietraining, opleidingen en begeleiding op maat door een loopbaanbegeleider.',
      },
      {
        key: 'ww-werk', naam: 'Werkwinkel', rubrieken: ['06'], doelgroepen: ['volwassenen'],
        aanmelding: ['vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'lokaal',
        beschrijving: 'Vacatures, computers en infosessies over werk, opleiding en uitkeringen.',
      },
    ],
    beschrijving: 'In de {org} vindt u begeleiding naar werk en opleiding.',
  },
  {
    key: 'maatwerk', gewicht: 0.8, aantal: [1, 1], altijd: ['mw-maatwerk'],
    naam: ({ woord }) => `Maatwerkbedrijf ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'mw-maatwerk', naam: 'Tewerkstelling op maat', rubrieken: ['06.02'], doelgroepen: ['personen_met_handicap', 'volwassenen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['gratis']], uren: 'doorlopend', erkenning: { overheid: 'Departement Werk en Sociale Economie' }, werkingsgebied: 'regio',
        beschrijving: 'Werk op maat voor mensen met een afstand tot de arbeidsmarkt, in groendienst, verpakking, catering en schoonmaak.',
      },
    ],
    beschrijving: '{org} biedt sociale tewerkstelling in {gemeente}.',
  },
  {
    key: 'cvo', gewicht: 0.6, aantal: [1, 1], altijd: ['cvo-nt2'],
    naam: ({ woord }) => `CVO ${woord()}`, officieleNaam: (naam) => vzw(naam.replace(/^CVO/, 'Centrum voor Volwassenenonderwijs')),
    aanbod: [
      {
        key: 'cvo-nt2', naam: 'Nederlands tweede taal en basiseducatie', rubrieken: ['06.03'], doelgroepen: ['volwassenen', 'personen_met_migratieachtergrond'],
        aanmelding: ['online', 'vrij_binnenlopen'], kostprijs: [['betalend', 'Inschrijvingsgeld met vermindering voor werkzoekenden.']], uren: 'kantoor',
        erkenning: { overheid: 'Departement Onderwijs en Vorming' }, werkingsgebied: 'regio',
        beschrijving: 'Lessen Nederlands voor anderstaligen, basisvaardigheden en tweedekansonderwijs, overdag en ’s avonds.',
      },
    ],
    beschrijving: '{org} is een centrum voor volwassenenonderwijs.',
  },
  {
    key: 'woonmaatschappij', gewicht: 0.8, regionaal: true, aantal: [1, 1], altijd: ['wm-huur'],
    naam: ({ gemeente }) => `Woonmaatschappij ${gemeente.naam}`, officieleNaam: (naam) => `${naam} cv`,
    aanbod: [
      {
        key: 'wm-huur', naam: 'Sociale huurwoningen', rubrieken: ['07.01'], doelgroepen: ['volwassenen', 'gezinnen', 'ouderen', 'personen_in_armoede'],
        aanmelding: ['op_afspraak', 'online'], kostprijs: [['inkomensgerelateerd', 'De huurprijs hangt af van uw inkomen.']], uren: 'kantoor',
        erkenning: { overheid: 'Wonen in Vlaanderen' }, werkingsgebied: 'regio',
        beschrijving: 'Verhuur van sociale woningen. Schrijf u in op het centraal inschrijvingsregister; we helpen u bij uw aanvraag.',
      },
    ],
    beschrijving: '{org} verhuurt sociale woningen in {gemeente} en de buurgemeenten.',
  },
  {
    key: 'justitiehuis', gewicht: 0.4, regionaal: true, aantal: [1, 2], altijd: ['jh-justitie'],
    naam: ({ gemeente }) => `Justitiehuis ${gemeente.naam}`, officieleNaam: (naam) => naam,
    aanbod: [
      {
        key: 'jh-justitie', naam: 'Justitieel welzijnswerk', rubrieken: ['08.02'], doelgroepen: ['gedetineerden', 'volwassenen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Begeleiding en toezicht bij alternatieve straffen en voorwaardelijke invrijheidstelling.',
      },
      {
        key: 'jh-slachtoffer', naam: 'Slachtofferonthaal', rubrieken: ['08.01'], doelgroepen: ['slachtoffers_van_geweld', 'nabestaanden'],
        aanmelding: ['telefonisch', 'op_afspraak'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Informatie en begeleiding voor slachtoffers tijdens de gerechtelijke procedure.',
      },
    ],
    beschrijving: 'Het {org} werkt voor de Vlaamse overheid in het gerechtelijk arrondissement.',
  },
  {
    key: 'bjb', gewicht: 0.4, regionaal: true, aantal: [1, 1], altijd: ['bjb-bijstand'],
    naam: ({ gemeente }) => `Bureau voor Juridische Bijstand ${gemeente.naam}`, officieleNaam: (naam) => naam,
    aanbod: [
      {
        key: 'bjb-bijstand', naam: 'Juridische bijstand', rubrieken: ['09.02'], doelgroepen: ['volwassenen', 'personen_in_armoede'],
        aanmelding: ['vrij_binnenlopen', 'op_afspraak'], kostprijs: [['inkomensgerelateerd', 'Gratis of deels gratis volgens uw inkomen.']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Eerste juridisch advies en aanstelling van een pro-Deoadvocaat voor wie de kosten niet zelf kan dragen.',
      },
    ],
    beschrijving: 'Het {org} organiseert de juridische tweedelijnsbijstand van de balie.',
  },
  {
    key: 'huis-van-het-kind', gewicht: 2.5, aantal: [1, 2], altijd: ['hvhk-huis'],
    naam: ({ gemeente }) => `Huis van het Kind ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'hvhk-huis', naam: 'Opvoedingsondersteuning', rubrieken: ['10.01'], doelgroepen: ['gezinnen', 'aanstaande_ouders', 'kinderen', 'babys_peuters'],
        aanmelding: ['vrij_binnenlopen', 'telefonisch'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'lokaal',
        beschrijving: 'Het Huis van het Kind is er voor alle (aanstaande) ouders met vragen over opvoeding, gezondheid en kinderopvang: spreekuren, speelmomenten en ontmoeting.',
      },
      {
        key: 'hvhk-consultatie', naam: 'Consultatiebureau', rubrieken: ['10.02'], doelgroepen: ['babys_peuters', 'gezinnen'],
        aanmelding: ['op_afspraak'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'lokaal', eigenAdres: 0.5,
        beschrijving: 'Gratis preventieve consultaties voor baby’s en peuters: groei, vaccinaties, voeding en slapen.',
      },
    ],
    beschrijving: '{org} bundelt de dienstverlening voor gezinnen met kinderen en jongeren in {gemeente}.',
  },
  {
    key: 'kinderdagverblijf', gewicht: 6, aantal: [1, 2], altijd: ['kdv-groep'],
    naam: ({ woord }) => `Kinderdagverblijf ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'kdv-groep', naam: 'Groepsopvang', rubrieken: ['10.07.02'], doelgroepen: ['babys_peuters'], doelgroepToelichting: 'Kinderen van 0 tot 3 jaar.',
        aanmelding: ['online', 'op_afspraak'], kostprijs: [['inkomensgerelateerd', 'Dagprijs volgens het inkomen van de ouders.']], uren: 'kinderopvang',
        erkenning: { overheid: OPGROEIEN, prefix: 'KO' }, werkingsgebied: 'lokaal',
        beschrijving: 'Kinderopvang voor baby’s en peuters in een huiselijke groep, met vaste begeleiders en veel aandacht voor spel en rust.',
      },
      {
        key: 'kdv-bso', naam: 'Buitenschoolse opvang', rubrieken: ['10.07.01'], doelgroepen: ['kinderen'],
        aanmelding: ['online'], kostprijs: [['betalend', 'Prijs per halfuur.']], uren: 'kinderopvang', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'lokaal',
        beschrijving: 'Opvang voor en na school, op woensdagnamiddag en in de schoolvakanties.',
      },
    ],
    beschrijving: '{org} is een kinderopvang in {plaats}.',
  },
  {
    key: 'ibo', gewicht: 1.5, aantal: [1, 1], altijd: ['ibo-bso'],
    naam: ({ gemeente }) => `IBO ${gemeente.naam}`, officieleNaam: (naam) => vzw(naam.replace(/^IBO/, 'Initiatief Buitenschoolse Opvang')),
    aanbod: [
      {
        key: 'ibo-bso', naam: 'Buitenschoolse opvang', rubrieken: ['10.07.01'], doelgroepen: ['kinderen'], doelgroepToelichting: 'Kinderen van het basisonderwijs.',
        aanmelding: ['online'], kostprijs: [['betalend']], uren: 'kinderopvang', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'lokaal',
        beschrijving: 'Voor- en naschoolse opvang en vakantieopvang voor schoolgaande kinderen, met spel, sport en creatieve activiteiten.',
      },
    ],
    beschrijving: '{org} organiseert de buitenschoolse opvang in {gemeente}.',
  },
  {
    key: 'gezinsopvang', gewicht: 1.5, aantal: [1, 1], altijd: ['go-gezinsopvang'],
    naam: ({ gemeente }) => `Dienst voor gezinsopvang ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'go-gezinsopvang', naam: 'Gezinsopvang', rubrieken: ['10.07.03'], doelgroepen: ['babys_peuters'],
        aanmelding: ['telefonisch', 'online'], kostprijs: [['inkomensgerelateerd']], uren: 'kinderopvang', erkenning: { overheid: OPGROEIEN, prefix: 'KO' }, werkingsgebied: 'lokaal',
        beschrijving: 'Kinderbegeleiders vangen een kleine groep kinderen op bij hen thuis, in een vertrouwde gezinssfeer.',
      },
    ],
    beschrijving: '{org} begeleidt de kinderbegeleiders in gezinsopvang.',
  },
  {
    key: 'clb', gewicht: 1.2, regionaal: true, aantal: [1, 1], altijd: ['clb-clb'],
    naam: ({ gemeente, rng }) => `${rng.pick(['Vrij CLB', 'GO! CLB', 'CLB'])} ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'clb-clb', naam: 'Leerlingenbegeleiding', rubrieken: ['11.02'], doelgroepen: ['kinderen', 'jongeren', 'gezinnen'],
        aanmelding: ['telefonisch', 'online', 'vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: 'Departement Onderwijs en Vorming' }, werkingsgebied: 'regio',
        beschrijving: 'Het CLB helpt leerlingen, ouders en scholen bij vragen over leren, studiekeuze, gezondheid en welbevinden. Je kunt ook anoniem chatten via CLBchat.',
      },
    ],
    beschrijving: '{org} begeleidt de leerlingen van de aangesloten scholen.',
  },
  {
    key: 'jeugdhulp', gewicht: 1.2, aantal: [1, 2], altijd: ['jh-hulp'],
    naam: ({ woord }) => `Jeugdhulp ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'jh-hulp', naam: 'Contextbegeleiding', rubrieken: ['11.03'], doelgroepen: ['kinderen', 'jongeren', 'gezinnen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'regio',
        beschrijving: 'Begeleiding van gezinnen thuis, zodat kinderen en jongeren veilig kunnen opgroeien.',
      },
      {
        key: 'jh-verblijf', naam: 'Verblijf', rubrieken: ['11.03'], doelgroepen: ['jongeren'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['gratis']], uren: 'permanent', erkenning: { overheid: OPGROEIEN }, werkingsgebied: 'provincie', eigenAdres: 0.6,
        beschrijving: 'Residentiële opvang voor jongeren die tijdelijk niet thuis kunnen wonen.',
      },
    ],
    beschrijving: '{org} is een voorziening in de integrale jeugdhulp.',
  },
  {
    key: 'integratie', gewicht: 0.5, regionaal: true, aantal: [1, 2], altijd: ['int-onthaal'],
    naam: ({ gemeente }) => `Agentschap Integratie en Inburgering - ${gemeente.naam}`, kort: () => 'Integratie en Inburgering', officieleNaam: () => 'Agentschap Integratie en Inburgering',
    aanbod: [
      {
        key: 'int-onthaal', naam: 'Inburgering', rubrieken: ['12.01'], doelgroepen: ['personen_met_migratieachtergrond', 'vluchtelingen'],
        aanmelding: ['vrij_binnenlopen', 'op_afspraak'], kostprijs: [['betalend', 'Een inschrijvingsgeld voor het inburgeringstraject.']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Het inburgeringstraject: cursus maatschappelijke oriëntatie, Nederlands leren en begeleiding naar werk of studie.',
      },
      {
        key: 'int-tolk', naam: 'Sociaal tolken en vertalen', rubrieken: ['12.02'], doelgroepen: ['professionals', 'personen_met_migratieachtergrond'],
        aanmelding: ['online'], kostprijs: [['betalend', 'Tarief per uur voor organisaties.']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Sociaal tolken ter plaatse of via telefoon en video, en vertalingen van documenten, voor welzijns- en zorgorganisaties.',
      },
    ],
    beschrijving: 'Het {org} begeleidt nieuwkomers en ondersteunt organisaties in een diverse samenleving.',
  },
  {
    key: 'mfc', gewicht: 1, regionaal: true, aantal: [2, 4], altijd: ['mfc-minder'],
    naam: ({ woord }) => `MFC ${woord()}`, officieleNaam: (naam) => vzw(naam.replace(/^MFC/, 'Multifunctioneel Centrum')),
    aanbod: [
      {
        key: 'mfc-minder', naam: 'Ondersteuning minderjarigen', rubrieken: ['13.02.01'], doelgroepen: ['kinderen', 'jongeren', 'personen_met_handicap'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['inkomensgerelateerd']], uren: 'permanent', erkenning: { overheid: VAPH }, werkingsgebied: 'provincie',
        beschrijving: 'Dagopvang, verblijf en ambulante begeleiding voor kinderen en jongeren met een beperking.',
      },
      {
        key: 'mfc-obc', naam: 'Observatie- en behandelcentrum', rubrieken: ['13.02.02'], doelgroepen: ['kinderen', 'jongeren'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['gratis']], uren: 'permanent', erkenning: { overheid: VAPH }, werkingsgebied: 'provincie',
        beschrijving: 'Observatie en behandeling van kinderen en jongeren met ernstige gedrags- en emotionele problemen.',
      },
      {
        key: 'mfc-dag', naam: 'Dagondersteuning', rubrieken: ['13.08'], doelgroepen: ['personen_met_handicap', 'volwassenen'],
        aanmelding: ['via_doorverwijzing', 'op_afspraak'], kostprijs: [['betalend', 'Dagprijs volgens het persoonsvolgend budget.']], uren: 'doorlopend', erkenning: { overheid: VAPH }, werkingsgebied: 'regio',
        beschrijving: 'Zinvolle dagbesteding in ateliers en werkgroepen voor volwassenen met een beperking.',
      },
      {
        key: 'mfc-wonen', naam: 'Woonondersteuning', rubrieken: ['13.09'], doelgroepen: ['personen_met_handicap', 'volwassenen'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['betalend']], uren: 'permanent', erkenning: { overheid: VAPH }, werkingsgebied: 'regio', eigenAdres: 0.5,
        beschrijving: 'Wonen in een kleinschalige woongroep of een eigen studio, met begeleiding op maat.',
      },
    ],
    beschrijving: '{org} ondersteunt kinderen, jongeren en volwassenen met een beperking.',
  },
  {
    key: 'dop', gewicht: 0.3, regionaal: true, aantal: [1, 1], altijd: ['dop-plan'],
    naam: ({ gemeente }) => `Dienst Ondersteuningsplan ${gemeente.provincieNaam ?? 'Brussel'}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'dop-plan', naam: 'Ondersteuningsplan', rubrieken: ['13.01'], doelgroepen: ['personen_met_handicap', 'mantelzorgers'],
        aanmelding: ['telefonisch', 'online'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: VAPH }, werkingsgebied: 'provincie',
        beschrijving: 'Hulp bij het opmaken van een ondersteuningsplan voor een persoonsvolgend budget bij het VAPH.',
      },
    ],
    beschrijving: '{org} helpt personen met een handicap hun ondersteuningsvraag op te stellen.',
  },
  {
    key: 'drughulp', gewicht: 0.6, regionaal: true, aantal: [1, 2], altijd: ['dh-ambulant'],
    naam: ({ woord }) => `Drughulpverlening ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'dh-ambulant', naam: 'Ambulante begeleiding', rubrieken: ['15.01'], doelgroepen: ['personen_met_verslaving', 'jongvolwassenen'],
        aanmelding: ['telefonisch', 'vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: AZG }, werkingsgebied: 'regio',
        beschrijving: 'Gesprekken, medische begeleiding en substitutiebehandeling voor mensen met een drugprobleem.',
      },
      {
        key: 'dh-tg', naam: 'Therapeutische gemeenschap', rubrieken: ['15.02'], doelgroepen: ['personen_met_verslaving'],
        aanmelding: ['via_doorverwijzing'], kostprijs: [['terugbetaald_ziekenfonds']], uren: 'permanent', werkingsgebied: 'provincie', eigenAdres: 0.8,
        beschrijving: 'Residentieel programma van enkele maanden voor wie drugvrij een nieuwe start wil maken.',
      },
    ],
    beschrijving: '{org} is gespecialiseerd in hulp bij drugproblemen.',
  },
  {
    key: 'zelfhulp', gewicht: 1, aantal: [1, 1], altijd: ['zh-groep'],
    naam: ({ gemeente, rng }) => `${rng.pick(['Zelfhulpgroep Rouw', 'Zelfhulpgroep Angst en Depressie', 'Zelfhulpgroep Mantelzorgers', 'Lotgenotengroep Parkinson', 'Zelfhulpgroep Alcohol'])} ${gemeente.naam}`,
    officieleNaam: (naam) => naam,
    aanbod: [
      {
        key: 'zh-groep', naam: 'Lotgenotencontact', rubrieken: ['16.01'], doelgroepen: ['volwassenen', 'nabestaanden', 'personen_met_psychische_problemen'],
        aanmelding: ['vrij_binnenlopen', 'telefonisch'], kostprijs: [['gratis']], uren: 'geen', werkingsgebied: 'lokaal',
        beschrijving: 'Maandelijkse bijeenkomsten waar lotgenoten ervaringen en tips delen, begeleid door ervaringsdeskundigen.',
      },
    ],
    beschrijving: '{org} brengt mensen samen die hetzelfde meemaken.',
  },
  {
    key: 'patientenvereniging', gewicht: 0.5, regionaal: true, aantal: [1, 1], altijd: ['pv-vereniging'],
    naam: ({ rng }) => rng.pick(['Diabetesliga', 'MS-Liga Vlaanderen', 'Vlaamse Parkinson Liga', 'Alzheimer Liga Vlaanderen', 'Similes', 'Nierpatiëntenvereniging', 'Hartpatiëntenvereniging']),
    officieleNaam: vzw,
    aanbod: [
      {
        key: 'pv-vereniging', naam: 'Info en lotgenotencontact', rubrieken: ['16.02'], doelgroepen: ['personen_met_chronische_ziekte', 'mantelzorgers'],
        aanmelding: ['telefonisch', 'online'], kostprijs: [['betalend', 'Lidgeld per jaar.']], uren: 'kantoor', werkingsgebied: 'provincie',
        beschrijving: 'Informatie, advies en lotgenotencontact voor patiënten en hun naasten, en belangenbehartiging bij de overheid.',
      },
    ],
    beschrijving: '{org} komt op voor patiënten en hun familie.',
  },
  {
    key: 'hulplijn', gewicht: 0.4, regionaal: true, aantal: [1, 2], altijd: ['hl-lijn'],
    naam: ({ gemeente }) => `Tele-Onthaal ${gemeente.provincieNaam ?? 'Brussel'}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'hl-lijn', naam: 'Telefonische hulplijn 106', rubrieken: ['17.01'], doelgroepen: ['volwassenen', 'jongeren', 'ouderen'],
        aanmelding: ['telefonisch', 'online'], aanmeldingToelichting: 'Bel gratis en anoniem 106 of chat via de website.', kostprijs: [['gratis']], uren: 'hulplijn', werkingsgebied: 'provincie',
        beschrijving: 'Dag en nacht een luisterend oor voor wie met iemand wil praten over wat hem of haar bezighoudt. Anoniem en gratis.',
      },
      {
        key: 'hl-crisis', naam: 'Crisisopvang', rubrieken: ['17.02'], doelgroepen: ['volwassenen', 'slachtoffers_van_geweld'],
        aanmelding: ['telefonisch', 'via_doorverwijzing'], kostprijs: [['gratis']], uren: 'permanent', werkingsgebied: 'provincie', eigenAdres: 0.9,
        beschrijving: 'Korte, dringende opvang bij een acute crisis, op een veilige plek.',
      },
    ],
    beschrijving: '{org} is een vrijwilligersorganisatie voor telefonische hulpverlening.',
  },
  {
    key: 'mantelzorg', gewicht: 0.8, regionaal: true, aantal: [1, 2], altijd: ['mz-vereniging'],
    naam: ({ gemeente }) => `Mantelzorgvereniging ${gemeente.naam}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'mz-vereniging', naam: 'Ondersteuning mantelzorgers', rubrieken: ['18.01'], doelgroepen: ['mantelzorgers'],
        aanmelding: ['telefonisch', 'online'], kostprijs: [['gratis']], uren: 'kantoor', erkenning: { overheid: DZ }, werkingsgebied: 'provincie',
        beschrijving: 'Informatie over premies en verlof voor mantelzorgers, vorming, en contact met andere mantelzorgers.',
      },
      {
        key: 'mz-vrijwilligers', naam: 'Vrijwilligerswerk in de zorg', rubrieken: ['18.02'], doelgroepen: ['volwassenen', 'ouderen'],
        aanmelding: ['online', 'telefonisch'], kostprijs: [['gratis']], uren: 'kantoor', werkingsgebied: 'regio',
        beschrijving: 'We zoeken vrijwilligers voor oppas, vervoer en gezelschap, en brengen hen in contact met wie hulp nodig heeft.',
      },
    ],
    beschrijving: '{org} ondersteunt mantelzorgers en vrijwilligers.',
  },
  {
    key: 'dienstencentrum', gewicht: 1.5, aantal: [1, 2], altijd: ['ldc-centrum'],
    naam: ({ woord }) => `Lokaal dienstencentrum ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'ldc-centrum', naam: 'Ontmoeting en activiteiten', rubrieken: ['04.01'], doelgroepen: ['ouderen', 'volwassenen'],
        aanmelding: ['vrij_binnenlopen'], kostprijs: [['betalend', 'Democratische prijzen; sommige activiteiten zijn gratis.']], uren: 'dienstencentrum', erkenning: { overheid: DZ }, werkingsgebied: 'lokaal',
        beschrijving: 'Een ontmoetingsplaats in de buurt met cafetaria, cursussen, uitstappen en hulp bij vragen over thuiszorg.',
      },
      {
        key: 'ldc-maaltijden', naam: 'Maaltijden', rubrieken: ['04.05'], doelgroepen: ['ouderen'],
        aanmelding: ['vrij_binnenlopen', 'telefonisch'], kostprijs: [['betalend']], uren: 'dienstencentrum', werkingsgebied: 'lokaal',
        beschrijving: 'Elke middag een warme maaltijd in het restaurant of aan huis.',
      },
    ],
    beschrijving: '{org} is een buurtgerichte ontmoetingsplek in {plaats}.',
  },
  {
    key: 'inloophuis', gewicht: 0.5, aantal: [1, 2], altijd: ['ih-inloop'],
    naam: ({ woord }) => `Inloophuis ${woord()}`, officieleNaam: vzw,
    aanbod: [
      {
        key: 'ih-inloop', naam: 'Inloop', rubrieken: ['01.03.02'], doelgroepen: ['dak_en_thuislozen', 'personen_in_armoede'],
        aanmelding: ['vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'inloop', werkingsgebied: 'lokaal',
        beschrijving: 'Een warme plek overdag met soep, koffie, een douche en een wasmachine.',
      },
      {
        key: 'ih-nacht', naam: 'Winteropvang', rubrieken: ['01.03.01'], doelgroepen: ['dak_en_thuislozen'],
        aanmelding: ['vrij_binnenlopen'], kostprijs: [['gratis']], uren: 'nachtopvang', werkingsgebied: 'lokaal',
        beschrijving: 'Van november tot maart een slaapplaats voor wie op straat staat.',
      },
    ],
    beschrijving: '{org} is een vrijwilligersinitiatief voor mensen in armoede en dak- en thuislozen.',
  },
]

export const ORGANISATIE_NOUNS = NOUNS
