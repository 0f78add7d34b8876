import { describe, expect, it } from 'vitest'

import {
  aanmeldingswijzen,
  beroepen,
  doelgroepen,
  ficheStatussen,
  kostprijsTypes,
  labelFor,
} from '@/domain/vocabulary'

const lijsten = { beroepen, doelgroepen, aanmeldingswijzen, kostprijsTypes, ficheStatussen }

describe('vocabulary', () => {
  it('health professions include the GP, the physiotherapist and the dietitian with its accent', () => {
    expect(beroepen).toContainEqual({ label: 'Huisarts', value: 'huisarts' })
    expect(beroepen).toContainEqual({ label: 'Kinesitherapeut', value: 'kinesitherapeut' })
    expect(beroepen).toContainEqual({ label: 'Diëtist', value: 'dietist' })
  })

  it.each(Object.entries(lijsten))(
    'the %s list has unique, database-safe values and a label for each',
    (_, lijst) => {
      expect(lijst.length).toBeGreaterThan(0)
      expect(new Set(lijst.map((o) => o.value)).size).toBe(lijst.length)
      for (const optie of lijst) {
        expect(optie.value).toMatch(/^[a-z][a-z0-9_]*$/)
        expect(optie.label.trim()).not.toBe('')
      }
    },
  )

  it('target groups include the groups a social map is asked about', () => {
    const waarden = doelgroepen.map((d) => d.value)
    for (const v of [
      'kinderen',
      'jongeren',
      'volwassenen',
      'ouderen',
      'gezinnen',
      'mantelzorgers',
      'dak_en_thuislozen',
    ]) {
      expect(waarden).toContain(v)
    }
  })

  it('fiche statuses are actief, stopgezet and in aanvraag', () => {
    expect(ficheStatussen).toEqual([
      { value: 'actief', label: 'Actief' },
      { value: 'stopgezet', label: 'Stopgezet' },
      { value: 'in_aanvraag', label: 'In aanvraag' },
    ])
  })

  it('a stored value is shown by its label, an unknown one as it is', () => {
    expect(labelFor(kostprijsTypes, 'terugbetaald_ziekenfonds')).toBe(
      'Terugbetaald door ziekenfonds',
    )
    expect(labelFor(kostprijsTypes, 'oud')).toBe('oud')
  })
})
