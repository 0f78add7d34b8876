// What every fiche collection (organisaties, praktijken, zorgverleners, aanbod) does, attached in
// one place, the way Payload's own plugins add hooks and fields to the collections they name. The
// collection files keep what is their own; this adds, around it:
// - beforeChange: the region first (every later hook and the guard see it), then the collection's
//   own hooks, then the region guard, then the change stamp, so a refused change is never stamped;
// - afterChange / afterDelete: the search sync first, then the collection's own hooks, then (for
//   organisaties and praktijken) what follows for their aanbod and fichebeheer;
// - beforeDelete (organisaties, praktijken): no delete while aanbod points at the fiche;
// - versions, delete access, and the status, regio and verification fields at the end.
import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  DataFromCollectionSlug,
} from 'payload'

import { deleteFiche } from '@access/ficheAccess'
import { regioField, statusField, verificationFields } from '@collections/fields/fiche'
import { deriveAanbodRegio } from '@collections/Aanbod/hooks/deriveAanbodRegio'
import { deriveRegioFromAdres } from '@hooks/deriveRegio'
import {
  guardRegioScope,
  isOwnZorgverlenerFiche,
  managesFiche,
  managesParentOf,
  type OtherGround,
} from '@hooks/guardRegioScope'
import { propagateToAanbod } from '@hooks/propagateToAanbod'
import { refuseDeleteWhileUsed } from '@hooks/refuseDeleteWhileUsed'
import { removeFichebeheer } from '@hooks/removeFichebeheer'
import { searchSyncAfterChange, searchSyncAfterDelete } from '@hooks/searchSync'
import { stampLastChangedBy } from '@hooks/stampLastChangedBy'
import type { FicheCollection, ParentField } from '@/fiches/documents'

type FicheBehaviour<S extends FicheCollection> = {
  /** Sets `regio`: from the main address, or for aanbod without one, from its parent. */
  deriveRegio: CollectionBeforeChangeHook<DataFromCollectionSlug<S>>
  /** The rights to change the fiche that do not depend on its region (see guardRegioScope). */
  otherGround: OtherGround<DataFromCollectionSlug<S>>
  /** Organisaties and praktijken: the field by which aanbod and fichebeheer point at them. */
  parentField?: ParentField
}

const FICHES: { [S in FicheCollection]: FicheBehaviour<S> } = {
  organisaties: {
    deriveRegio: deriveRegioFromAdres,
    otherGround: managesFiche('organisaties'),
    parentField: 'organisatie',
  },
  praktijken: {
    deriveRegio: deriveRegioFromAdres,
    otherGround: managesFiche('praktijken'),
    parentField: 'praktijk',
  },
  aanbod: { deriveRegio: deriveAanbodRegio, otherGround: managesParentOf },
  zorgverleners: { deriveRegio: deriveRegioFromAdres, otherGround: isOwnZorgverlenerFiche },
}

const isFicheCollection = (slug: string): slug is FicheCollection => Object.hasOwn(FICHES, slug)

function withFicheBehaviour<S extends FicheCollection>(
  collection: CollectionConfig,
  slug: S,
): CollectionConfig {
  const { deriveRegio, otherGround, parentField } = FICHES[slug]
  const own = collection.hooks ?? {}
  return {
    ...collection,
    access: { ...collection.access, delete: deleteFiche },
    versions: { maxPerDoc: 100 },
    hooks: {
      ...own,
      beforeChange: [
        deriveRegio,
        ...(own.beforeChange ?? []),
        guardRegioScope(otherGround),
        stampLastChangedBy,
      ],
      afterChange: [
        searchSyncAfterChange(slug),
        ...(own.afterChange ?? []),
        ...(parentField ? [propagateToAanbod(parentField)] : []),
      ],
      beforeDelete: [
        ...(own.beforeDelete ?? []),
        ...(parentField
          ? [
              refuseDeleteWhileUsed([
                { collection: 'aanbod', field: parentField, wat: 'aanbodfiche(s)' },
              ]),
            ]
          : []),
      ],
      afterDelete: [
        searchSyncAfterDelete(slug),
        ...(own.afterDelete ?? []),
        ...(parentField ? [removeFichebeheer(parentField)] : []),
      ],
    },
    fields: [...collection.fields, statusField, regioField, ...verificationFields],
  }
}

/**
 * A Payload plugin: adds the shared fiche behaviour to the four fiche collections; a missing one is
 * a configuration error. It reads and changes only `collections`.
 */
export const ficheBehaviourPlugin = <C extends Pick<Config, 'collections'>>(config: C): C => {
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  const missing = Object.keys(FICHES).filter((slug) => !slugs.has(slug))
  if (missing.length)
    throw new Error(
      `ficheBehaviourPlugin: fichecollecties ontbreken in de configuratie: ${missing.join(', ')}`,
    )
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isFicheCollection(collection.slug)
        ? withFicheBehaviour(collection, collection.slug)
        : collection,
    ),
  }
}
