// The Typesense collection the adapter indexes into. The searched text fields hold text folded the
// way the query analysis folds it (see document.ts): Typesense keeps diacritics for any locale but
// English, and a plural would never meet its singular, so Typesense's own normalisation is not
// enough. The fiche as the rest of the application knows it is kept whole in `document`, unindexed.
import type { CollectionCreateSchema, CollectionFieldSchema } from 'typesense'

/** Width of the "open now" slots: a slot counts as open when any minute of it is open. */
export const SLOT_MINUTES = 15

/** Text fields matched by `q`, best first; query.ts weighs them in this order. */
export const TEXT_FIELDS = [
  'naam',
  'parent_naam',
  'zorgverlener_namen',
  'rubriek_namen',
  'beroep_labels',
  'doelgroep_labels',
  'gemeenten',
  'adres_termen',
  'beschrijving',
  'compound_delen',
] as const

/** Facet field per SearchFacets key (nuOpen is counted with a second search, see query.ts). */
export const FACET_FIELDS = {
  type: 'type',
  rubriek: 'rubriek_ids',
  gemeente: 'nis_codes',
  doelgroep: 'doelgroepen',
  beroep: 'beroepen',
} as const

const text = (name: string, array: boolean): CollectionFieldSchema => ({
  name,
  type: array ? 'string[]' : 'string',
  locale: 'nl',
  optional: name !== 'naam',
})

const facet = (name: string, type: 'string' | 'string[]' | 'int32[]'): CollectionFieldSchema => ({
  name,
  type,
  facet: true,
  optional: name !== 'type',
})

/** The schema of one physical collection; the alias in front of it is what the adapter searches. */
export function collectionSchema(name: string): CollectionCreateSchema {
  return {
    name,
    fields: [
      text('naam', false),
      text('parent_naam', false),
      text('zorgverlener_namen', true),
      text('rubriek_namen', true),
      text('beroep_labels', true),
      text('doelgroep_labels', true),
      text('gemeenten', true),
      // Postcodes and street names, which the PostgreSQL adapter also finds ('huisarts 9000').
      text('adres_termen', true),
      text('beschrijving', false),
      text('compound_delen', true),

      facet('type', 'string'),
      // Every level of the tree, so that browsing a parent rubriek finds (and counts) its children's fiches.
      facet('rubriek_ids', 'int32[]'),
      facet('nis_codes', 'string[]'),
      facet('doelgroepen', 'string[]'),
      facet('beroepen', 'string[]'),

      { name: 'locatie', type: 'geopoint', optional: true },
      { name: 'naam_sort', type: 'string', sort: true },
      { name: 'bijgewerkt', type: 'int64', sort: true },

      // "Open now" as slot numbers (see document.ts and openNowFilter in query.ts).
      { name: 'week_slots', type: 'int32[]', optional: true },
      { name: 'special_days', type: 'int32[]', optional: true },
      { name: 'special_slots', type: 'int32[]', optional: true },

      // The SearchDocument as JSON: returned with hits, never searched (Typesense wants such fields optional).
      { name: 'document', type: 'string', index: false, optional: true },
    ],
  }
}
