// The Typesense adapter at its HTTP boundary: no Typesense can run here, so a node:http server
// answers as Typesense's API documents (v27/v28) and records every request the official client sends.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { encodeSchedule, isOpenEncoded, scheduleMoment } from '@/search/document/schedule'
import { typesenseSynonyms } from '@/search/query'
import { createTypesenseEngine, type TypesenseEngineOptions } from '@/search/typesense'
import { toTypesenseDocument } from '@/search/typesense/document'
import { collectionSchema } from '@/search/typesense/schema'
import type { SearchDocument, SearchEngine } from '@/search/types'

// ---------------------------------------------------------------------------------------------
// A fake Typesense

type Recorded = {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingMessage['headers']
  body: string
  json: unknown
}

type SearchAnswer = (search: Record<string, unknown>, index: number) => Record<string, unknown>

class FakeTypesense {
  readonly requests: Recorded[] = []
  readonly collections = new Map<string, { schema: Record<string, unknown>; ids: Set<string> }>()
  readonly aliases = new Map<string, string>()
  healthy = true
  /** Ids whose import line reports success:false. */
  readonly rejectIds = new Set<string>()
  /** Status codes to answer the next requests matching a path with, in order. */
  readonly failures: { path: RegExp; status: number }[] = []
  answerSearch: SearchAnswer = () => emptyResult()
  private server: Server | null = null

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Requests with this method whose path matches. */
  find(method: string, path: RegExp): Recorded[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path))
  }

  searches(): Record<string, unknown>[][] {
    return this.find('POST', /^\/multi_search$/).map(
      (request) => (request.json as { searches: Record<string, unknown>[] }).searches,
    )
  }

  private resolve(name: string): string | null {
    const target = this.aliases.get(name) ?? name
    return this.collections.has(target) ? target : null
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(request.url ?? '/', 'http://localhost')
    const path = decodeURIComponent(url.pathname)
    let json: unknown = null
    if ((request.headers['content-type'] ?? '').includes('json') && body !== '')
      json = JSON.parse(body)
    const method = request.method ?? 'GET'
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body,
      json,
    })

    const send = (status: number, payload: unknown, contentType = 'application/json') => {
      response.writeHead(status, { 'content-type': contentType })
      response.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
    }
    const failure = this.failures.findIndex((entry) => entry.path.test(path))
    if (failure >= 0) {
      const [entry] = this.failures.splice(failure, 1)
      return send(entry?.status ?? 500, { message: 'Service Unavailable' })
    }
    if (request.headers['x-typesense-api-key'] !== 'test-key')
      return send(401, {
        message: 'Forbidden - a valid `x-typesense-api-key` header must be sent.',
      })

    let match: RegExpMatchArray | null
    if (method === 'GET' && path === '/health') return send(200, { ok: this.healthy })
    if ((match = path.match(/^\/aliases\/([^/]+)$/))) {
      const name = match[1] ?? ''
      if (method === 'PUT') {
        const collection = (json as { collection_name: string }).collection_name
        this.aliases.set(name, collection)
        return send(200, { name, collection_name: collection })
      }
      const collection = this.aliases.get(name)
      return collection
        ? send(200, { name, collection_name: collection })
        : send(404, { message: 'Not Found' })
    }
    if (method === 'POST' && path === '/collections') {
      const schema = json as { name: string }
      if (this.collections.has(schema.name))
        return send(409, { message: `A collection with name \`${schema.name}\` already exists.` })
      this.collections.set(schema.name, { schema: json as Record<string, unknown>, ids: new Set() })
      return send(201, { ...schema, created_at: 1_700_000_000, num_documents: 0 })
    }
    if ((match = path.match(/^\/collections\/([^/]+)$/)) && method === 'DELETE') {
      const entry = this.collections.get(match[1] ?? '')
      if (!entry) return send(404, { message: 'Not Found' })
      this.collections.delete(match[1] ?? '')
      return send(200, entry.schema)
    }
    if ((match = path.match(/^\/collections\/([^/]+)\/synonyms\/([^/]+)$/)) && method === 'PUT') {
      if (!this.resolve(match[1] ?? '')) return send(404, { message: 'Not Found' })
      return send(200, { id: match[2], ...(json as object) })
    }
    if ((match = path.match(/^\/collections\/([^/]+)\/documents\/import$/)) && method === 'POST') {
      const collection = this.resolve(match[1] ?? '')
      if (!collection) return send(404, { message: 'Not Found' })
      const lines = body.split('\n').map((line) => JSON.parse(line) as { id: string })
      const results = lines.map((document) => {
        if (this.rejectIds.has(document.id)) {
          return {
            success: false,
            error: 'Field `naam` must be a string.',
            document: JSON.stringify(document),
            code: 400,
          }
        }
        this.collections.get(collection)?.ids.add(document.id)
        return { success: true }
      })
      return send(200, results.map((result) => JSON.stringify(result)).join('\n'), 'text/plain')
    }
    if ((match = path.match(/^\/collections\/([^/]+)\/documents$/)) && method === 'DELETE') {
      const collection = this.resolve(match[1] ?? '')
      if (!collection) return send(404, { message: 'Not Found' })
      const ids = [...(url.searchParams.get('filter_by') ?? '').matchAll(/`([^`]*)`/g)].map(
        (m) => m[1] ?? '',
      )
      const stored = this.collections.get(collection)?.ids ?? new Set<string>()
      const deleted = ids.filter((id) => stored.delete(id))
      return send(200, { num_deleted: deleted.length })
    }
    if (method === 'POST' && path === '/multi_search') {
      const searches = (json as { searches: Record<string, unknown>[] }).searches
      return send(200, {
        results: searches.map((search, index) => this.answerSearch(search, index)),
      })
    }
    return send(404, { message: 'Not Found' })
  }
}

function emptyResult(found = 0, extra: Record<string, unknown> = {}) {
  return {
    facet_counts: [],
    found,
    hits: [],
    out_of: found,
    page: 1,
    request_params: { collection_name: 'fiches', per_page: 20, q: '*' },
    search_time_ms: 1,
    ...extra,
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const openingsuren = {
  weekschema: [
    { dag: 'ma' as const, opent: '09:00', sluit: '12:00', naMiddernacht: false },
    { dag: 'vr' as const, opent: '08:30', sluit: '17:00', naMiddernacht: false },
    { dag: 'za' as const, opent: '22:00', sluit: '02:00', naMiddernacht: true },
  ],
  uitzonderingen: [
    { datum: '2026-12-28', gesloten: false, opent: '10:00', sluit: '11:30', naMiddernacht: false },
  ],
  feestdagen: 'gesloten' as const,
}

function fiche(docId: number, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: `praktijk:${docId}`,
    type: 'praktijk',
    docId,
    naam: `Diëtisten Praktijk De Linde ${docId}`,
    parentNaam: null,
    parentType: null,
    parentId: null,
    zorgverlenerNamen: ['An Peeters'],
    rubrieken: [{ id: 12, naam: 'Voeding' }],
    rubriekIds: [12, 3],
    rubriekNamen: ['Voeding', 'Gezondheid'],
    beroepen: ['dietist'],
    beroepLabels: ['Diëtist'],
    doelgroepen: ['volwassenen'],
    doelgroepLabels: ['Volwassenen'],
    beschrijving: 'Begeleiding bij voeding en gewicht in een woonzorgcentrum.',
    adres: { straat: 'Kouter', huisnummer: '1', bus: null, postcode: '9000', gemeente: 'Gent' },
    postcodes: ['9000'],
    gemeenten: ['Gent'],
    nisCodes: ['44021'],
    locatie: { lat: 51.0543, lon: 3.7174 },
    openingsuren,
    schedule: encodeSchedule(openingsuren, '2026-12-01'),
    compoundDelen: ['zorgcentrum', 'centrum'],
    regioId: 4,
    bijgewerkt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  }
}

const GENT = { lat: 51.0543, lon: 3.7174 }

let fake: FakeTypesense
let url: string
const engines: SearchEngine[] = []

function engine(options: Partial<TypesenseEngineOptions> = {}): SearchEngine {
  const created = createTypesenseEngine({ url, apiKey: 'test-key', numRetries: 0, ...options })
  engines.push(created)
  return created
}

/** A fake that already has the alias 'fiches' on a collection, as after a first deploy. */
function withCollection(name = 'fiches_1700000000000') {
  fake.collections.set(name, { schema: { name }, ids: new Set() })
  fake.aliases.set('fiches', name)
  return name
}

beforeEach(async () => {
  fake = new FakeTypesense()
  url = await fake.start()
})

afterEach(async () => {
  engines.length = 0
  await fake.stop()
})

async function* batchesOf(...batches: SearchDocument[][]) {
  for (const batch of batches) yield batch
}

// ---------------------------------------------------------------------------------------------

describe('the Typesense adapter setting up its collection', () => {
  it('creates a collection with Dutch text fields, a geopoint and facets, its synonyms and the alias on first use', async () => {
    await engine().index([fiche(1)])

    const [create] = fake.find('POST', /^\/collections$/)
    const schema = create?.json as {
      name: string
      fields: { name: string; type: string; locale?: string; facet?: boolean; index?: boolean }[]
    }
    expect(schema.name).toMatch(/^fiches_\d+$/)
    const field = (name: string) => schema.fields.find((entry) => entry.name === name)
    for (const name of [
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
    ]) {
      expect(field(name)?.locale, name).toBe('nl')
    }
    expect(field('locatie')?.type).toBe('geopoint')
    expect(field('rubriek_ids')).toMatchObject({ type: 'int32[]', facet: true })
    for (const name of ['type', 'nis_codes', 'doelgroepen', 'beroepen'])
      expect(field(name)?.facet, name).toBe(true)
    for (const name of ['week_slots', 'special_days', 'special_slots'])
      expect(field(name)?.type, name).toBe('int32[]')
    expect(field('document')).toMatchObject({ type: 'string', index: false })

    const alias = fake.find('PUT', /^\/aliases\/fiches$/)
    expect(alias.map((request) => request.json)).toEqual([{ collection_name: schema.name }])
    // Everything went with the API key, and the alias switched only after the synonyms were in.
    expect(
      fake.requests.every((request) => request.headers['x-typesense-api-key'] === 'test-key'),
    ).toBe(true)
    const lastSynonym = fake.requests
      .map((request) => request.path.includes('/synonyms/'))
      .lastIndexOf(true)
    expect(lastSynonym).toBeLessThan(fake.requests.indexOf(alias[0]))
  })

  it('sends every shared synonym set to the new collection, in folded form as well', async () => {
    await engine().index([fiche(1)])

    const synonyms = fake.find('PUT', /^\/collections\/fiches_\d+\/synonyms\//)
    expect(synonyms).toHaveLength(typesenseSynonyms().length)
    const huisarts = synonyms.find((request) =>
      (request.json as { synonyms: string[] }).synonyms.includes('dokter'),
    )
    expect(huisarts?.json).toMatchObject({
      synonyms: expect.arrayContaining(['huisarts', 'dokter']),
    })
    expect((huisarts?.json as { root?: string }).root).toBeUndefined()
    const all = synonyms.flatMap((request) => (request.json as { synonyms: string[] }).synonyms)
    expect(all).toContain('rust verzorgingstehuis')
    const oneWay = synonyms.find(
      (request) => (request.json as { root?: string }).root === 'thuiszorg',
    )
    expect(oneWay?.path).toMatch(/\/synonyms\/oneway-\d+-thuiszorg$/)
  })

  it('does not create anything when the alias already exists, and only checks once', async () => {
    withCollection()
    const typesense = engine()
    await typesense.index([fiche(1)])
    await typesense.search({ tekst: 'huisarts' })

    expect(fake.find('POST', /^\/collections$/)).toHaveLength(0)
    expect(fake.find('GET', /^\/aliases\/fiches$/)).toHaveLength(1)
  })
})

describe('the Typesense adapter indexing', () => {
  it('imports documents as JSONL upserts in batches', async () => {
    withCollection()
    await engine({ batchSize: 2 }).index([1, 2, 3, 4, 5].map((id) => fiche(id)))

    const imports = fake.find('POST', /^\/collections\/fiches\/documents\/import$/)
    expect(imports.map((request) => request.body.split('\n').length)).toEqual([2, 2, 1])
    expect(imports.every((request) => request.query.action === 'upsert')).toBe(true)
    expect(
      imports.map((request) =>
        request.body.split('\n').map((line) => (JSON.parse(line) as { id: string }).id),
      ),
    ).toEqual([['praktijk:1', 'praktijk:2'], ['praktijk:3', 'praktijk:4'], ['praktijk:5']])
  })

  it('sends only the schema fields and the public SearchDocument, never other data on the object', async () => {
    withCollection()
    const metGeheim = {
      ...fiche(1),
      email: 'prive@example.org',
      interneNota: 'niet publiek',
    } as SearchDocument
    await engine().index([metGeheim])

    const [request] = fake.find('POST', /\/documents\/import$/)
    expect(request?.body).not.toContain('prive@example.org')
    expect(request?.body).not.toContain('niet publiek')
    const line = JSON.parse(request?.body ?? '{}') as Record<string, unknown>
    const schemaFields = (collectionSchema('x').fields ?? []).map((field) => field.name)
    expect(Object.keys(line).filter((key) => key !== 'id' && !schemaFields.includes(key))).toEqual(
      [],
    )
    expect(JSON.parse(line.document as string)).toEqual(fiche(1))
  })

  it('indexes text folded as the query analysis folds it, and the position as [lat, lon]', () => {
    const document = toTypesenseDocument(fiche(7))
    expect(document.naam).toBe('dietisten dietist praktijk linde 7')
    expect(document.beroep_labels).toEqual(['dietist'])
    expect(document.compound_delen).toEqual(['zorgcentrum', 'centrum'])
    expect(document.locatie).toEqual([51.0543, 3.7174])
    expect(document.rubriek_ids).toEqual([12, 3])
    expect(document.naam_sort).toBe('dietisten praktijk de linde 7')
    expect('locatie' in toTypesenseDocument(fiche(8, { locatie: null }))).toBe(false)
  })

  it('encodes opening hours as slots that give the same answer as the encoded schedule', () => {
    const document = toTypesenseDocument(fiche(1))
    // Monday 09:00-12:00 is slots 36..47 of the week.
    expect(document.week_slots.filter((slot) => slot < 96)).toEqual(
      Array.from({ length: 12 }, (_, i) => 36 + i),
    )
    const schedule = fiche(1).schedule
    // What the open-now filter asks of these fields (see openNowFilter), evaluated here.
    const openBySlots = (at: Date) => {
      const m = scheduleMoment(at)
      const special =
        document.special_days.includes(m.dag) || document.special_days.includes(m.dag - 1)
      return (
        (!special && document.week_slots.includes(Math.floor(m.weekMinuut / 15))) ||
        document.special_slots.includes(Math.floor(m.absoluteMinuut / 15))
      )
    }
    let open = 0
    // Christmas (closed holiday, a Friday), the weekend after it with a past-midnight block, and an exception.
    for (
      let t = Date.parse('2026-12-20T00:00:00Z');
      t < Date.parse('2027-01-04T00:00:00Z');
      t += 15 * 60_000
    ) {
      const at = new Date(t)
      const expected = isOpenEncoded(schedule, scheduleMoment(at))
      expect(openBySlots(at), at.toISOString()).toBe(expected)
      if (expected) open++
    }
    expect(open).toBeGreaterThan(50)
    const zonderUren = toTypesenseDocument(fiche(2, { openingsuren: null, schedule: null }))
    expect([zonderUren.week_slots, zonderUren.special_days, zonderUren.special_slots]).toEqual([
      [],
      [],
      [],
    ])
  })

  it('rejects when Typesense reports a document as not imported, naming it', async () => {
    withCollection()
    fake.rejectIds.add('praktijk:2')
    await expect(engine().index([fiche(1), fiche(2), fiche(3)])).rejects.toThrow(
      /1 of 3 documents failed: praktijk:2: Field `naam`/,
    )
  })

  it('rejects on HTTP 503, also after retrying, so the sync worker can retry the batch later', async () => {
    withCollection()
    fake.failures.push(
      { path: /\/documents\/import$/, status: 503 },
      { path: /\/documents\/import$/, status: 503 },
    )
    await expect(engine({ numRetries: 1 }).index([fiche(1)])).rejects.toThrow()
    expect(fake.find('POST', /\/documents\/import$/)).toHaveLength(2)
  })
})

describe('the Typesense adapter removing', () => {
  it('deletes by a filter on the ids, in batches', async () => {
    const name = withCollection()
    fake.collections.get(name)?.ids.add('praktijk:1')
    const ids = [
      'praktijk:1',
      'aanbod:2',
      ...Array.from({ length: 300 }, (_, i) => `zorgverlener:${i + 10}`),
    ]
    await engine().remove(ids)

    const deletes = fake.find('DELETE', /^\/collections\/fiches\/documents$/)
    expect(deletes).toHaveLength(2)
    expect(deletes[0]?.query.filter_by).toMatch(
      /^id:\[`praktijk:1`, `aanbod:2`, `zorgverlener:10`, /,
    )
    expect(
      deletes.flatMap((request) => request.query.filter_by?.match(/`[^`]+`/g) ?? []),
    ).toHaveLength(302)
    expect(fake.collections.get(name)?.ids.has('praktijk:1')).toBe(false)
  })

  it('ignores a missing collection', async () => {
    await expect(engine().remove(['praktijk:1'])).resolves.toBeUndefined()
    expect(fake.find('DELETE', /\/documents$/)).toHaveLength(1)
  })
})

describe('the Typesense adapter searching', () => {
  beforeEach(() => {
    withCollection()
  })

  async function searchOf(
    query: Parameters<SearchEngine['search']>[0],
    options: Partial<TypesenseEngineOptions> = {},
  ) {
    await engine(options).search(query)
    const searches = fake.searches().at(-1) ?? []
    return { main: searches[0] ?? {}, searches }
  }

  it('sends plain text as the singular tokens, names weighed first, with facets and relevance order', async () => {
    const { main } = await searchOf({ tekst: 'Huisartsen' })
    expect(main).toMatchObject({
      collection: 'fiches',
      q: 'huisarts',
      prefix: false,
      sort_by: '_text_match:desc,naam_sort:asc',
      facet_by: 'type,rubriek_ids,nis_codes,doelgroepen,beroepen',
      max_facet_values: 500,
      page: 1,
      per_page: 20,
      include_fields: 'document',
      drop_tokens_threshold: 0,
    })
    const fields = String(main.query_by).split(',')
    const weights = String(main.query_by_weights).split(',').map(Number)
    expect(fields.slice(0, 1)).toEqual(['naam'])
    expect(fields).toContain('compound_delen')
    expect(fields).toHaveLength(weights.length)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
    expect(weights[0]).toBeGreaterThan(weights.at(-1) ?? 0)
  })

  it('does not expand synonyms in the query: the collection has them', async () => {
    const { main } = await searchOf({ tekst: 'dokter' })
    expect(main.q).toBe('dokter')
  })

  it('asks for a prefix match only while the last word is being typed', async () => {
    expect((await searchOf({ tekst: 'huisartsen ge', prefix: true })).main).toMatchObject({
      q: 'huisarts ge',
      prefix: true,
    })
    // A typed plural keeps the start it shares with its singular, so both are found.
    expect((await searchOf({ tekst: 'apotheken', prefix: true })).main).toMatchObject({
      q: 'apothe',
      prefix: true,
    })
    expect((await searchOf({ tekst: 'huisarts ', prefix: true })).main).toMatchObject({
      q: 'huisarts',
      prefix: false,
    })
    expect((await searchOf({ tekst: 'huisar' })).main).toMatchObject({ q: 'huisar', prefix: false })
  })

  it('folds accents as the query analysis does', async () => {
    expect((await searchOf({ tekst: 'Diëtist' })).main.q).toBe('dietist')
  })

  it('leaves typo tolerance on for a misspelt word', async () => {
    const { main } = await searchOf({ tekst: 'kinesitherapuet' })
    expect(main.q).toBe('kinesitherapuet')
    expect(Number(main.num_typos)).toBe(2)
  })

  it('finds postcodes as typed, without typos on numbers', async () => {
    const { main } = await searchOf({ tekst: 'huisarts 9000' })
    expect(main).toMatchObject({ q: 'huisarts 9000', enable_typos_for_numerical_tokens: false })
    expect(String(main.query_by).split(',')).toContain('adres_termen')
    expect(toTypesenseDocument(fiche(1)).adres_termen).toEqual(['9000', 'kouter'])
  })

  it('browses with q=* when there is no text', async () => {
    expect((await searchOf({ tekst: '  ' })).main.q).toBe('*')
    expect((await searchOf({ tekst: 'de het een' })).main.q).toBe('*')
  })

  it('filters within a radius of a postcode and sorts by distance', async () => {
    const { main } = await searchOf({
      tekst: 'huisarts',
      nabij: { ...GENT, straalKm: 5 },
      sort: 'afstand',
    })
    expect(main.filter_by).toBe('locatie:(51.0543, 3.7174, 5 km)')
    expect(main.sort_by).toBe('locatie(51.0543, 3.7174):asc,naam_sort:asc')
  })

  it('keeps a distance sort last with nabij, so Typesense returns distances without changing the order', async () => {
    expect((await searchOf({ nabij: GENT })).main.sort_by).toBe(
      '_text_match:desc,naam_sort:asc,locatie(51.0543, 3.7174):asc',
    )
    expect((await searchOf({ nabij: GENT, sort: 'naam' })).main.sort_by).toBe(
      'naam_sort:asc,locatie(51.0543, 3.7174):asc',
    )
    expect((await searchOf({ sort: 'afstand' })).main.sort_by).toBe(
      '_text_match:desc,naam_sort:asc',
    )
  })

  it('combines filters with AND and their values with OR', async () => {
    const { main } = await searchOf({
      types: ['aanbod', 'praktijk'],
      rubrieken: [12, 7],
      gemeenten: ['44021', '11002'],
      doelgroepen: ['ouderen'],
      beroepen: ['huisarts', 'dietist'],
    })
    expect(main.filter_by).toBe(
      'type:=[`aanbod`, `praktijk`] && rubriek_ids:=[12, 7] && nis_codes:=[`44021`, `11002`]' +
        ' && doelgroepen:=[`ouderen`] && beroepen:=[`huisarts`, `dietist`]',
    )
  })

  it('sends the open-now filter for a moment on a public holiday', async () => {
    // Christmas 2026 is a Friday; 10:30 in Brussels.
    const kerst = new Date('2026-12-25T09:30:00Z')
    const { main, searches } = await searchOf({ tekst: 'dietist', openOp: kerst })
    const m = scheduleMoment(kerst)
    const dag = Date.UTC(2026, 11, 25) / 86_400_000
    expect(m.dag).toBe(dag)
    // Friday is day 4 of a Monday-first week: (4 * 1440 + 630) / 15 = 426.
    const weekSlot = 426
    const absoluteSlot = (dag * 1440 + 630) / 15
    expect(main.filter_by).toBe(
      `((special_days:!=[${dag}, ${dag - 1}] && week_slots:=${weekSlot}) || special_slots:=${absoluteSlot})`,
    )
    // Every result is open then, so no second search is needed to count them.
    expect(searches).toHaveLength(1)
  })

  it('counts the fiches open now in a second search of the same request', async () => {
    const now = new Date('2026-12-28T09:15:00Z')
    const { main, searches } = await searchOf(
      { tekst: 'dietist', rubrieken: [12] },
      { now: () => now },
    )
    expect(searches).toHaveLength(2)
    const m = scheduleMoment(now)
    expect(searches[1]).toMatchObject({
      collection: 'fiches',
      q: main.q,
      query_by: main.query_by,
      per_page: 0,
      filter_by: `rubriek_ids:=[12] && ((special_days:!=[${m.dag}, ${m.dag - 1}] && week_slots:=${Math.floor(m.weekMinuut / 15)}) || special_slots:=${Math.floor(m.absoluteMinuut / 15)})`,
    })
    expect(searches[1]?.facet_by).toBeUndefined()
  })

  it('pages, with at most 100 per page', async () => {
    expect((await searchOf({ page: 3, perPage: 25 })).main).toMatchObject({ page: 3, per_page: 25 })
    expect((await searchOf({ page: 0, perPage: 500 })).main).toMatchObject({
      page: 1,
      per_page: 100,
    })
  })
})

describe('the Typesense adapter reading results', () => {
  it('maps hits back to documents with distances in km, facet counts, total and the open count', async () => {
    withCollection()
    const first = fiche(1)
    const second = fiche(2, { locatie: null })
    fake.answerSearch = (search, index) =>
      index === 1
        ? emptyResult(4)
        : emptyResult(17, {
            page: 2,
            hits: [
              {
                document: { id: first.id, document: JSON.stringify(first) },
                text_match: 578730123365187700,
                geo_distance_meters: { locatie: 1234 },
                highlights: [],
              },
              {
                document: { id: second.id, document: JSON.stringify(second) },
                text_match: 578730123365187000,
                highlights: [],
              },
            ],
            facet_counts: [
              {
                field_name: 'type',
                counts: [
                  { value: 'praktijk', count: 11, highlighted: 'praktijk' },
                  { value: 'aanbod', count: 6, highlighted: 'aanbod' },
                ],
                sampled: false,
                stats: {},
              },
              {
                field_name: 'rubriek_ids',
                counts: [
                  { value: '3', count: 17, highlighted: '3' },
                  { value: '12', count: 9, highlighted: '12' },
                ],
                sampled: false,
                stats: {},
              },
              {
                field_name: 'nis_codes',
                counts: [
                  { value: '44021', count: 5, highlighted: '44021' },
                  { value: '11002', count: 5, highlighted: '11002' },
                  { value: '46003', count: 7, highlighted: '46003' },
                ],
                sampled: false,
                stats: {},
              },
            ],
          })

    const result = await engine().search({ tekst: 'dietist', nabij: GENT, page: 2, perPage: 2 })

    expect(result.total).toBe(17)
    expect(result.page).toBe(2)
    expect(result.perPage).toBe(2)
    expect(result.hits.map((hit) => hit.document)).toEqual([first, second])
    expect(result.hits.map((hit) => hit.afstandKm)).toEqual([1.23, null])
    expect(result.hits[0]?.score).toBe(578730123365187700)
    expect(result.facets).toEqual({
      type: [
        { value: 'praktijk', count: 11 },
        { value: 'aanbod', count: 6 },
      ],
      rubriek: [
        { value: '3', count: 17 },
        { value: '12', count: 9 },
      ],
      // Most frequent first, ties by value, as the PostgreSQL adapter orders them.
      gemeente: [
        { value: '46003', count: 7 },
        { value: '11002', count: 5 },
        { value: '44021', count: 5 },
      ],
      doelgroep: [],
      beroep: [],
      nuOpen: 4,
    })
    expect(result.verbeteringen).toEqual([])
  })

  it('gives no distance without nabij, and the total as open count when filtering on openOp', async () => {
    withCollection()
    const first = fiche(1)
    fake.answerSearch = () =>
      emptyResult(3, {
        hits: [
          {
            document: { id: first.id, document: JSON.stringify(first) },
            text_match: 10,
            highlights: [],
          },
        ],
      })
    const result = await engine().search({ openOp: new Date('2026-12-28T09:15:00Z') })
    expect(result.hits[0]?.afstandKm).toBeNull()
    expect(result.facets.nuOpen).toBe(3)
  })

  it('rejects when one search of the multi_search failed', async () => {
    withCollection()
    fake.answerSearch = (_, index) =>
      index === 1
        ? { code: 400, error: 'Could not find a field named `week_slots` in the schema.' }
        : emptyResult()
    await expect(engine().search({ tekst: 'dietist' })).rejects.toThrow(/week_slots/)
  })

  it('suggests fiche names with a prefix search on the name', async () => {
    withCollection()
    const first = fiche(1)
    fake.answerSearch = () =>
      emptyResult(1, {
        hits: [
          {
            document: { id: first.id, document: JSON.stringify(first) },
            text_match: 10,
            highlights: [],
          },
        ],
      })
    const suggestions = await engine().suggest('Diëtisten pr', 5)

    expect(fake.searches().at(-1)?.[0]).toMatchObject({
      collection: 'fiches',
      q: 'dietist pr',
      query_by: 'naam',
      prefix: true,
      per_page: 5,
    })
    expect(suggestions).toEqual([
      { tekst: first.naam, soort: 'fiche', type: 'praktijk', docId: 1, plaats: 'Gent' },
    ])
    // The last word is completed even after a space: the box is still being typed.
    await engine().suggest('apotheken ')
    expect(fake.searches().at(-1)?.[0]).toMatchObject({ q: 'apothe', prefix: true })
    expect(await engine().suggest('  ')).toEqual([])
  })
})

describe('the Typesense adapter reindexing', () => {
  it('builds a new collection, imports into it, switches the alias and then drops the old one', async () => {
    const old = withCollection('fiches_1')
    const progress: number[] = []
    const result = await engine({ batchSize: 2 }).reindex(
      batchesOf([fiche(1), fiche(2), fiche(3)], [fiche(4)]),
      (n) => progress.push(n),
    )

    expect(result).toEqual({ indexed: 4 })
    expect(progress).toEqual([3, 4])
    const created = (fake.find('POST', /^\/collections$/)[0]?.json as { name: string }).name
    expect(created).toMatch(/^fiches_\d+$/)
    expect(created).not.toBe(old)
    const imports = fake.find('POST', /\/documents\/import$/)
    expect(imports.map((request) => request.path)).toEqual(
      Array(3).fill(`/collections/${created}/documents/import`),
    )
    expect(imports.map((request) => request.body.split('\n').length)).toEqual([2, 1, 1])
    expect(fake.find('PUT', new RegExp(`^/collections/${created}/synonyms/`)).length).toBe(
      typesenseSynonyms().length,
    )

    // Order: searches use the old collection until every document is in the new one.
    const position = (request: Recorded | undefined) => fake.requests.indexOf(request as Recorded)
    const switched = fake.find('PUT', /^\/aliases\/fiches$/)[0]
    const dropped = fake.find('DELETE', new RegExp(`^/collections/${old}$`))[0]
    expect(switched?.json).toEqual({ collection_name: created })
    expect(position(switched)).toBeGreaterThan(position(imports.at(-1)))
    expect(position(dropped)).toBeGreaterThan(position(switched))
    expect([...fake.collections.keys()]).toEqual([created])
    expect(fake.aliases.get('fiches')).toBe(created)
  })

  it('keeps the alias on the old collection and drops the new one when an import fails', async () => {
    const old = withCollection('fiches_1')
    fake.rejectIds.add('praktijk:2')
    await expect(engine().reindex(batchesOf([fiche(1)], [fiche(2)]))).rejects.toThrow(/praktijk:2/)
    expect(fake.aliases.get('fiches')).toBe(old)
    expect([...fake.collections.keys()]).toEqual([old])
  })

  it('works on an empty cluster, then searches go to the alias', async () => {
    const typesense = engine()
    await typesense.reindex(batchesOf([fiche(1)]))
    await typesense.search({ tekst: 'dietist' })
    expect(fake.find('POST', /^\/collections$/)).toHaveLength(1)
    expect(fake.searches().at(-1)?.[0]?.collection).toBe('fiches')
    // The reindex left the alias in place: the search did not need to look it up again.
    expect(fake.find('GET', /^\/aliases\/fiches$/)).toHaveLength(1)
  })
})

describe('the Typesense adapter health check', () => {
  it('resolves when Typesense says ok', async () => {
    await expect(engine().health()).resolves.toBeUndefined()
    expect(fake.find('GET', /^\/health$/)).toHaveLength(1)
  })

  it('rejects when Typesense says it is not ok', async () => {
    fake.healthy = false
    await expect(engine().health()).rejects.toThrow(/not healthy/)
  })

  it('rejects when the server is down', async () => {
    const typesense = engine({ connectionTimeoutSeconds: 2 })
    await fake.stop()
    await expect(typesense.health()).rejects.toThrow()
  })
})
