import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { Aanbod } from '@collections/Aanbod'
import { Organisaties } from '@collections/Organisaties'
import { Praktijken } from '@collections/Praktijken'
import { Rubrieken } from '@collections/Rubrieken'
import { Zorgverleners } from '@collections/Zorgverleners'
import { deriveAanbodRegio } from '@collections/Aanbod/hooks/deriveAanbodRegio'
import { deriveRegioFromAdres } from '@hooks/deriveRegio'
import {
  praktijkByZorgverlener,
  zorgverlenerManagesOwnPraktijk,
} from '@collections/Praktijken/hooks/praktijkByZorgverlener'
import { stampLastChangedBy } from '@hooks/stampLastChangedBy'
import { zorgverlenerOwnFiche } from '@collections/Zorgverleners/hooks/zorgverlenerOwnFiche'
import { ficheBehaviourPlugin } from '@/plugins/fiche-behaviour'

const collections: CollectionConfig[] = [Organisaties, Praktijken, Aanbod, Zorgverleners, Rubrieken]

async function configured(
  slug: string,
  from: CollectionConfig[] = collections,
): Promise<CollectionConfig> {
  const config = ficheBehaviourPlugin({ collections: from })
  const collection = config.collections?.find((c) => c.slug === slug)
  if (!collection) throw new Error(`${slug} ontbreekt`)
  return collection
}

describe('the behaviour every fiche shares', () => {
  it('derives the region first and stamps the change last, after the region guard, around the fiche’s own hooks', async () => {
    const expected: [string, unknown[]][] = [
      ['organisaties', [deriveRegioFromAdres]],
      ['praktijken', [deriveRegioFromAdres, praktijkByZorgverlener]],
      ['zorgverleners', [deriveRegioFromAdres, zorgverlenerOwnFiche]],
      ['aanbod', [deriveAanbodRegio]],
    ]
    for (const [slug, before] of expected) {
      const hooks = (await configured(slug)).hooks?.beforeChange ?? []
      expect(hooks.slice(0, before.length), slug).toEqual(before)
      // What is left: the region guard, then the stamp.
      expect(hooks.length, slug).toBe(before.length + 2)
      expect(hooks.at(-1), slug).toBe(stampLastChangedBy)
    }
  })

  it('records the change for search before the fiche’s own follow-up', async () => {
    const afterChange = (await configured('praktijken')).hooks?.afterChange ?? []
    expect(afterChange).toHaveLength(3)
    expect(afterChange[1]).toBe(zorgverlenerManagesOwnPraktijk)
  })

  it('guards the deletion of an organisatie or praktijk that aanbod still points at, and of no other fiche', async () => {
    expect((await configured('organisaties')).hooks?.beforeDelete).toHaveLength(1)
    expect((await configured('praktijken')).hooks?.beforeDelete).toHaveLength(1)
    expect((await configured('aanbod')).hooks?.beforeDelete).toHaveLength(0)
    expect((await configured('zorgverleners')).hooks?.beforeDelete).toHaveLength(0)
  })

  it('ends every fiche with its status, region and verification fields, and keeps versions', async () => {
    for (const slug of ['organisaties', 'praktijken', 'zorgverleners', 'aanbod']) {
      const fiche = await configured(slug)
      expect(
        fiche.fields.slice(-4).map((field) => ('name' in field ? field.name : null)),
        slug,
      ).toEqual(['status', 'regio', 'laatstGeverifieerd', 'laatstGewijzigdDoor'])
      expect(fiche.versions, slug).toEqual({ maxPerDoc: 100 })
    }
  })

  it('leaves other collections alone', async () => {
    expect(await configured('rubrieken')).toBe(Rubrieken)
  })

  it('refuses a configuration without one of the fiche collections', async () => {
    await expect(configured('organisaties', [Organisaties, Praktijken, Aanbod])).rejects.toThrow(
      /zorgverleners/,
    )
  })
})
