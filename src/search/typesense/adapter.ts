// The SearchEngine port on a Typesense cluster, for when one PostgreSQL no longer keeps up.
// Searches go to an alias ('fiches'); each full reindex builds a new collection behind it and
// switches the alias when complete, so searches never see a half-built index.
import {
  Client,
  Errors,
  type NodeConfiguration,
  type NodeConfigurationWithUrl,
  type SearchResponse,
} from 'typesense'

import type {
  FacetCount,
  SearchEngine,
  SearchFacets,
  SearchQuery,
  SearchResult,
  SearchDocument,
  Suggestion,
} from '../types'
import { fromTypesenseDocument, toJsonl } from './document'
import { searchPlan, suggestParams, type TypesenseSearchParams } from './query'
import { collectionSchema, FACET_FIELDS } from './schema'
import { collectionSynonyms } from './synonyms'

export type TypesenseEngineOptions = {
  /** Cluster nodes; or `url` for a single node ('http://127.0.0.1:8108'). */
  nodes?: (NodeConfiguration | NodeConfigurationWithUrl)[]
  url?: string
  apiKey: string
  /** The alias searched and written; physical collections are named `${collection}_${timestamp}`. */
  collection?: string
  /** Documents per import request. */
  batchSize?: number
  /** Retries per request of the client (default 3); tests use 0. */
  numRetries?: number
  connectionTimeoutSeconds?: number
  /** The clock for "nu open" counts when a query has no openOp. */
  now?: () => Date
}

/** Ids per delete-by-filter request: keeps the filter_by query string well under URL limits. */
const DELETE_BATCH = 250

type StoredHit = Record<string, unknown>

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size))
  return result
}

const isNotFound = (error: unknown) => error instanceof Errors.ObjectNotFound

// Most frequent first, ties by value: the order the PostgreSQL adapter gives, so pages look the same.
function facetCounts(response: SearchResponse<StoredHit>, field: string): FacetCount[] {
  const facet = response.facet_counts?.find((entry) => entry.field_name === field)
  return (facet?.counts ?? [])
    .map(({ value, count }) => ({ value: String(value), count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

// A multi_search answers 200 even when one of its searches failed; that search then carries the error.
function checked(response: SearchResponse<StoredHit> | undefined): SearchResponse<StoredHit> {
  if (!response) throw new Error('Typesense multi_search returned fewer results than searches')
  if (response.error)
    throw new Error(`Typesense search failed (${response.code ?? '?'}): ${response.error}`)
  return response
}

export function createTypesenseEngine(options: TypesenseEngineOptions): SearchEngine {
  const nodes = options.nodes ?? (options.url ? [{ url: options.url }] : [])
  if (nodes.length === 0) throw new Error('createTypesenseEngine needs `nodes` or `url`')
  const client = new Client({
    nodes: nodes as NodeConfigurationWithUrl[],
    apiKey: options.apiKey,
    numRetries: options.numRetries,
    connectionTimeoutSeconds: options.connectionTimeoutSeconds,
  })
  const alias = options.collection ?? 'fiches'
  const batchSize = Math.max(1, options.batchSize ?? 1000)
  const now = options.now ?? (() => new Date())

  async function createCollection(name: string): Promise<void> {
    await client.collections().create(collectionSchema(name))
    for (const { id, ...synonym } of collectionSynonyms())
      await client.collections(name).synonyms().upsert(id, synonym)
  }

  // Timestamped, and never the name of the collection it replaces (two builds within a millisecond).
  function newCollectionName(previous: string | null): string {
    const name = `${alias}_${Date.now()}`
    return name === previous ? `${name}_1` : name
  }

  async function currentCollection(): Promise<string | null> {
    try {
      return (await client.aliases(alias).retrieve()).collection_name
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  // Once per process: a fresh cluster gets an empty collection and the alias, so the first sync
  // batch or search does not fail. A failure is not cached, so the next call tries again.
  let ready: Promise<void> | null = null
  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      if ((await currentCollection()) !== null) return
      const name = newCollectionName(null)
      await createCollection(name)
      await client.aliases().upsert(alias, { collection_name: name })
    })().catch((error: unknown) => {
      ready = null
      throw error
    })
    return ready
  }

  // Import answers 200 with one JSON line per document; a rejected document is only visible there.
  async function importInto(
    collection: string,
    documents: readonly SearchDocument[],
  ): Promise<void> {
    for (const batch of chunks(documents, batchSize)) {
      const answer = await client
        .collections(collection)
        .documents()
        .import(toJsonl(batch), { action: 'upsert' })
      const lines = answer.split('\n').filter((line) => line.trim() !== '')
      const failed = lines
        .map((line, index) => ({
          index,
          result: JSON.parse(line) as { success: boolean; error?: string },
        }))
        .filter(({ result }) => result.success !== true)
      if (failed.length > 0 || lines.length !== batch.length) {
        const details = failed
          .slice(0, 5)
          .map(({ index, result }) => `${batch[index]?.id}: ${result.error ?? 'unknown error'}`)
        throw new Error(
          `Typesense import into ${collection}: ${failed.length} of ${batch.length} documents failed` +
            (lines.length !== batch.length ? ` (${lines.length} result lines)` : '') +
            (details.length > 0 ? `: ${details.join('; ')}` : ''),
        )
      }
    }
  }

  async function multiSearch(
    searches: TypesenseSearchParams[],
  ): Promise<SearchResponse<StoredHit>[]> {
    const response = await client.multiSearch.perform<StoredHit[]>({
      searches: searches.map((search) => ({ collection: alias, ...search })),
    })
    return searches.map((_, index) =>
      checked(response.results[index] as SearchResponse<StoredHit> | undefined),
    )
  }

  return {
    name: 'typesense',

    async index(documents) {
      if (documents.length === 0) return
      await ensureReady()
      await importInto(alias, documents)
    },

    async remove(ids) {
      for (const batch of chunks([...new Set(ids)], DELETE_BATCH)) {
        const filter = `id:[${batch.map((id) => `\`${id.replace(/`/g, '')}\``).join(', ')}]`
        try {
          await client.collections(alias).documents().delete({ filter_by: filter })
        } catch (error) {
          // No collection behind the alias yet: nothing to remove.
          if (!isNotFound(error)) throw error
        }
      }
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      await ensureReady()
      const plan = searchPlan(query, now())
      const [main, nuOpen] = await multiSearch(plan.nuOpen ? [plan.main, plan.nuOpen] : [plan.main])
      if (!main) throw new Error('Typesense multi_search returned no result')
      const facets: SearchFacets = {
        type: facetCounts(main, FACET_FIELDS.type),
        rubriek: facetCounts(main, FACET_FIELDS.rubriek),
        gemeente: facetCounts(main, FACET_FIELDS.gemeente),
        doelgroep: facetCounts(main, FACET_FIELDS.doelgroep),
        beroep: facetCounts(main, FACET_FIELDS.beroep),
        // With openOp every result already is open then.
        nuOpen: nuOpen ? nuOpen.found : main.found,
      }
      return {
        total: main.found,
        page: plan.page,
        perPage: plan.perPage,
        hits: (main.hits ?? []).map((hit) => {
          const document = fromTypesenseDocument(hit.document)
          // Keyed by the geopoint field's name (the client's type only knows an example field 'location').
          const meters = (hit.geo_distance_meters as Record<string, number> | undefined)?.locatie
          return {
            document,
            // In km to 10 m, as the PostgreSQL adapter rounds.
            afstandKm:
              query.nabij && document.locatie && typeof meters === 'number'
                ? Math.round(meters / 10) / 100
                : null,
            score: hit.text_match ?? 0,
          }
        }),
        facets,
        // Typesense corrects typos without saying which word it replaced.
        verbeteringen: [],
      }
    },

    async suggest(tekst, limit = 8): Promise<Suggestion[]> {
      const params = suggestParams(tekst, limit)
      if (!params) return []
      await ensureReady()
      const [result] = await multiSearch([params])
      return (result?.hits ?? []).map((hit) => {
        const document = fromTypesenseDocument(hit.document)
        const plaats = document.adres?.gemeente
        return {
          tekst: document.naam,
          soort: 'fiche',
          type: document.type,
          docId: document.docId,
          ...(plaats ? { plaats } : {}),
        }
      })
    },

    async reindex(batches, onProgress) {
      const previous = await currentCollection()
      const name = newCollectionName(previous)
      await createCollection(name)
      let indexed = 0
      try {
        for await (const batch of batches) {
          await importInto(name, batch)
          indexed += batch.length
          onProgress?.(indexed)
        }
      } catch (error) {
        // The alias still points at the previous collection; drop the half-built one.
        await client
          .collections(name)
          .delete()
          .catch(() => undefined)
        throw error
      }
      await client.aliases().upsert(alias, { collection_name: name })
      ready = Promise.resolve()
      if (previous && previous !== name) {
        await client
          .collections(previous)
          .delete()
          .catch((error: unknown) => {
            if (!isNotFound(error)) throw error
          })
      }
      return { indexed }
    },

    async health() {
      const { ok } = await client.health.retrieve()
      if (ok !== true) throw new Error('Typesense reports it is not healthy')
    },
  }
}
