// The four kinds of visitor the home page and footer speak to, and where each finds what it needs.
// Handleidingen are grouped per audience on /handleidingen (section ids publiek-<value>); the FAQ filters with ?voor=<value>.

export type Audience = {
  id: string
  titel: string
  uitleg: string
  links: { href: string; label: string }[]
}

export const AUDIENCES: readonly Audience[] = [
  {
    id: 'hulp',
    titel: 'Ik zoek hulp',
    uitleg:
      'Voor uzelf of iemand in uw omgeving: zoek op wat u nodig hebt en waar, en zie meteen wie open is, wat het kost en hoe u zich aanmeldt.',
    links: [
      { href: '/zoeken', label: 'Zoeken naar hulp in de buurt' },
      { href: '/handleidingen#publiek-burger', label: 'Handleidingen voor burgers' },
      { href: '/faq?voor=burger', label: 'Veelgestelde vragen' },
    ],
  },
  {
    id: 'verwijzen',
    titel: 'Ik verwijs door',
    uitleg:
      'Maatschappelijk werker, huisarts of hulpverlener: blader door de rubrieken, filter op doelgroep, gemeente of beroep en deel een fiche met uw cliënt.',
    links: [
      { href: '#rubrieken-titel', label: 'Bladeren in de rubrieken' },
      { href: '/zoeken?open=1', label: 'Wat is nu open?' },
      { href: '/handleidingen#publiek-burger', label: 'Zo zoekt en filtert u' },
    ],
  },
  {
    id: 'zorgverlener',
    titel: 'Ik ben zorgverlener',
    uitleg:
      'Zorgverlener of beheerder van een organisatie of praktijk: houd uw fiche zelf actueel, koppel uw praktijk of vraag het beheer van een fiche aan.',
    links: [
      { href: '/admin', label: 'Aanmelden om uw fiche te beheren' },
      { href: '/account/registreren', label: 'Een account aanmaken' },
      { href: '/handleidingen#publiek-zorgverlener', label: 'Handleidingen voor zorgverleners' },
      {
        href: '/handleidingen#publiek-fichebeheerder',
        label: 'Handleidingen voor fichebeheerders',
      },
      { href: '/faq?voor=zorgverlener', label: 'Veelgestelde vragen' },
    ],
  },
  {
    id: 'hergebruik',
    titel: 'Ik wil gegevens hergebruiken',
    uitleg:
      'Gemeente, website of onderzoeker: de gegevens zijn open. Vraag ze op via de open zoek-API in JSON, met dezelfde filters als de zoekpagina.',
    links: [
      { href: '/open-data', label: 'Open data en de zoek-API' },
      { href: '/handleidingen#publiek-hergebruik', label: 'Handleidingen over hergebruik' },
      { href: '/faq?voor=hergebruik', label: 'Veelgestelde vragen' },
    ],
  },
]
