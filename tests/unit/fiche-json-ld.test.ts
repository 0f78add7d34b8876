import { describe, expect, it } from 'vitest'

import { ficheJsonLd } from '@/fiches/json-ld'

describe('schema.org data of a fiche page', () => {
  it('gives a praktijk its address, coordinates, phone and opening hours', () => {
    const ld = ficheJsonLd(
      'praktijk',
      {
        naam: 'Huisartsenpraktijk De Linde',
        adressen: [
          {
            straat: 'Kouter',
            huisnummer: '10',
            postcode: '9000',
            gemeente: 'Gent',
            lat: 51.05,
            lon: 3.72,
            primair: true,
          },
        ],
        telefoons: [
          { nummer: '+3292345678', soort: 'fax' },
          { nummer: '+3292345600', soort: 'telefoon' },
        ],
        openingsuren: { weekschema: [{ dag: 'ma', opent: '08:00', sluit: '24:00' }] },
      },
      'https://example.test/praktijken/huisartsenpraktijk-de-linde-1',
    )
    expect(ld).toMatchObject({
      '@type': 'MedicalOrganization',
      name: 'Huisartsenpraktijk De Linde',
      address: {
        streetAddress: 'Kouter 10',
        postalCode: '9000',
        addressLocality: 'Gent',
        addressCountry: 'BE',
      },
      geo: { latitude: 51.05, longitude: 3.72 },
      telephone: '+3292345600',
      openingHoursSpecification: [
        { dayOfWeek: 'https://schema.org/Monday', opens: '08:00', closes: '23:59' },
      ],
    })
  })

  it('names the parent of an aanbod and leaves out what the fiche does not have', () => {
    const ld = ficheJsonLd('aanbod', { naam: 'Onthaal' }, '/aanbod/onthaal-3', {
      naam: 'CAW Oost',
      url: '/organisaties/caw-oost-2',
    })
    expect(ld.parentOrganization).toEqual({
      '@type': 'Organization',
      name: 'CAW Oost',
      url: '/organisaties/caw-oost-2',
    })
    expect(ld).not.toHaveProperty('address')
    expect(ld).not.toHaveProperty('openingHoursSpecification')
  })
})
