import type { Payload } from 'payload'

import { poolOf, type PgPool } from './db'
import {
  derivedAdres,
  derivedKbo,
  derivedRiziv,
  derivedPhoneNumber,
  CHANGED_BY_SYSTEM,
  mainAdres,
  fullName,
  type StoredAdres,
} from './derive'
import type { AdresInput } from './places'
import {
  fichesIn,
  type SourceInput,
  type EmailInput,
  type Marker,
  type PlanUnit,
  type PhoneInput,
  type WebsiteInput,
} from './plan-types'
import type { FicheRef, WriteResult } from './write-local'

export type BulkContext = {
  payload: Payload
  rubriekIds: ReadonlyMap<string, number>
  regioIds: ReadonlyMap<string, number>
  zorgverlenerAccount: number | null
  onFiches: (count: number) => void
  /** Fiches per transaction. */
  batchSize?: number
}

/** Column types as PostgreSQL casts them; enums are cast from text. */
type Kolom = [naam: string, type: string]

/**
 * Rows of one table, kept as one array per column, so that a batch goes in as a single
 * INSERT ... SELECT FROM unnest($1::int4[], $2::text[], ...): a handful of parameters whatever the
 * batch size.
 */
class Tabel {
  private kolommen: unknown[][]
  rijen = 0

  constructor(
    readonly naam: string,
    readonly schema: Kolom[],
  ) {
    this.kolommen = schema.map(() => [])
  }

  add(...waarden: unknown[]) {
    if (waarden.length !== this.schema.length)
      throw new Error(`${this.naam}: ${waarden.length} waarden voor ${this.schema.length} kolommen`)
    for (let i = 0; i < waarden.length; i++) this.kolommen[i].push(waarden[i] ?? null)
    this.rijen++
  }

  async flush(client: { query: (text: string, values: unknown[]) => Promise<unknown> }) {
    if (this.rijen === 0) return
    const basis = (type: string) =>
      ['int4', 'numeric', 'bool', 'jsonb', 'timestamptz', 'text'].includes(type) ? type : 'text'
    const namen = this.schema.map(([n]) => `"${n}"`).join(', ')
    const params = this.schema.map(([, type], i) => `$${i + 1}::${basis(type)}[]`).join(', ')
    const selectie = this.schema
      .map(([n, type]) => (basis(type) === type ? `u."${n}"` : `u."${n}"::"${type}"`))
      .join(', ')
    const waarden = this.kolommen.map((kolom, i) =>
      this.schema[i][1] === 'jsonb'
        ? kolom.map((v) => (v === null ? null : JSON.stringify(v)))
        : kolom,
    )
    await client.query(
      `INSERT INTO "${this.naam}" (${namen}) SELECT ${selectie} FROM unnest(${params}) AS u(${namen})`,
      waarden,
    )
    this.kolommen = this.schema.map(() => [])
    this.rijen = 0
  }
}

const ADRES: Kolom[] = [
  ['straat', 'text'],
  ['huisnummer', 'text'],
  ['bus', 'text'],
  ['postcode', 'text'],
  ['gemeente', 'text'],
  ['lat', 'numeric'],
  ['lon', 'numeric'],
  ['coordinaten_bron', 'COORD'],
  ['nis', 'text'],
  ['primair', 'bool'],
]
const ARRAY: Kolom[] = [
  ['_order', 'int4'],
  ['_parent_id', 'int4'],
  ['id', 'text'],
]
const SELECT: Kolom[] = [
  ['order', 'int4'],
  ['parent_id', 'int4'],
  ['value', 'ENUM'],
]
const FICHE_EINDE: Kolom[] = [
  ['status', 'STATUS'],
  ['regio_id', 'int4'],
  ['laatst_geverifieerd', 'timestamptz'],
  ['laatst_gewijzigd_door', 'text'],
]

const metEnum = (kolommen: Kolom[], enums: Record<string, string>): Kolom[] =>
  kolommen.map(([n, t]) => [n, enums[t] ?? t])

/** The contact and address tables every fiche collection has, with its own enum names. */
function contactTabellen(collectie: string) {
  return {
    adressen: new Tabel(`${collectie}_adressen`, [
      ...ARRAY,
      ...metEnum(ADRES, { COORD: `enum_${collectie}_adressen_coordinaten_bron` }),
    ]),
    telefoons: new Tabel(`${collectie}_telefoons`, [
      ...ARRAY,
      ['nummer', 'text'],
      ['soort', `enum_${collectie}_telefoons_soort`],
      ['label', 'text'],
      ['primair', 'bool'],
    ]),
    emails: new Tabel(`${collectie}_emails`, [
      ...ARRAY,
      ['adres', 'text'],
      ['label', 'text'],
      ['primair', 'bool'],
    ]),
    websites: new Tabel(`${collectie}_websites`, [
      ...ARRAY,
      ['url', 'text'],
      ['label', 'text'],
      ['primair', 'bool'],
    ]),
  }
}

const bronnenTabel = (collectie: string) =>
  new Tabel(`${collectie}_bronnen`, [
    ...ARRAY,
    ['veld', `enum_${collectie}_bronnen_veld`],
    ['bron', `enum_${collectie}_bronnen_bron`],
    ['referentie', 'text'],
    ['opgehaald_op', 'timestamptz'],
  ])

function tabellen() {
  const organisaties = {
    hoofd: new Tabel('organisaties', [
      ['id', 'int4'],
      ['naam', 'text'],
      ['officiele_naam', 'text'],
      ['kbo_nummer', 'text'],
      ['beschrijving', 'jsonb'],
      ...metEnum(FICHE_EINDE, { STATUS: 'enum_organisaties_status' }),
    ]),
    ...contactTabellen('organisaties'),
    bronnen: bronnenTabel('organisaties'),
  }
  const praktijken = {
    hoofd: new Tabel('praktijken', [
      ['id', 'int4'],
      ['naam', 'text'],
      ['soort', 'enum_praktijken_soort'],
      ['kbo_nummer', 'text'],
      ['beschrijving', 'jsonb'],
      ...metEnum(FICHE_EINDE, { STATUS: 'enum_praktijken_status' }),
    ]),
    ...contactTabellen('praktijken'),
    bronnen: bronnenTabel('praktijken'),
  }
  const zorgverleners = {
    hoofd: new Tabel('zorgverleners', [
      ['id', 'int4'],
      ['naam', 'text'],
      ['voornaam', 'text'],
      ['achternaam', 'text'],
      ['riziv_nummer', 'text'],
      ['riziv_waarschuwing', 'text'],
      ['account_id', 'int4'],
      ['beschrijving', 'jsonb'],
      ...metEnum(FICHE_EINDE, { STATUS: 'enum_zorgverleners_status' }),
    ]),
    beroepen: new Tabel(
      'zorgverleners_beroepen',
      metEnum(SELECT, { ENUM: 'enum_zorgverleners_beroepen' }),
    ),
    ...contactTabellen('zorgverleners'),
    bronnen: bronnenTabel('zorgverleners'),
  }
  const aanbod = {
    hoofd: new Tabel('aanbod', [
      ['id', 'int4'],
      ['naam', 'text'],
      ['organisatie_id', 'int4'],
      ['praktijk_id', 'int4'],
      ['zorgverlener_id', 'int4'],
      ['beschrijving', 'jsonb'],
      ['doelgroep_toelichting', 'text'],
      ['openingsuren_feestdagen', 'enum_aanbod_openingsuren_feestdagen'],
      ['openingsuren_toelichting', 'text'],
      ['aanmelding_toelichting', 'text'],
      ['kostprijs_soort', 'enum_aanbod_kostprijs_soort'],
      ['kostprijs_toelichting', 'text'],
      ...metEnum(FICHE_EINDE, { STATUS: 'enum_aanbod_status' }),
    ]),
    rels: new Tabel('aanbod_rels', [
      ['order', 'int4'],
      ['parent_id', 'int4'],
      ['path', 'text'],
      ['rubrieken_id', 'int4'],
    ]),
    doelgroepen: new Tabel(
      'aanbod_doelgroepen',
      metEnum(SELECT, { ENUM: 'enum_aanbod_doelgroepen' }),
    ),
    wijzen: new Tabel(
      'aanbod_aanmelding_wijzen',
      metEnum(SELECT, { ENUM: 'enum_aanbod_aanmelding_wijzen' }),
    ),
    werkingsgebied: new Tabel(
      'aanbod_werkingsgebied',
      metEnum(SELECT, { ENUM: 'enum_aanbod_werkingsgebied' }),
    ),
    weekschema: new Tabel('aanbod_openingsuren_weekschema', [
      ...ARRAY,
      ['dag', 'enum_aanbod_openingsuren_weekschema_dag'],
      ['opent', 'text'],
      ['sluit', 'text'],
      ['na_middernacht', 'bool'],
    ]),
    uitzonderingen: new Tabel('aanbod_openingsuren_uitzonderingen', [
      ...ARRAY,
      ['datum', 'text'],
      ['gesloten', 'bool'],
      ['opent', 'text'],
      ['sluit', 'text'],
      ['na_middernacht', 'bool'],
      ['omschrijving', 'text'],
    ]),
    erkenningen: new Tabel('aanbod_erkenningen', [
      ...ARRAY,
      ['overheid', 'text'],
      ['nummer', 'text'],
      ['van', 'timestamptz'],
      ['tot', 'timestamptz'],
    ]),
    ...contactTabellen('aanbod'),
  }
  return { organisaties, praktijken, zorgverleners, aanbod }
}

type Tabellen = ReturnType<typeof tabellen>

/** In the order a batch is written: parents before the rows that point at them. */
const volgorde = (t: Tabellen): Tabel[] => [
  ...Object.values(t.organisaties),
  ...Object.values(t.praktijken),
  ...Object.values(t.zorgverleners),
  ...Object.values(t.aanbod),
]

/**
 * Array rows need an id; Payload uses a 24-hex ObjectId. These are deterministic instead: a table
 * code, the parent id and the row's position.
 */
const rijId = (tabel: number, parent: number, order: number) =>
  `${tabel.toString(16).padStart(2, '0')}${parent.toString(16).padStart(12, '0')}${order.toString(16).padStart(10, '0')}`

/**
 * Writes the units with plain SQL, in batches of `batchSize` fiches, one transaction per batch, into
 * exactly the tables and columns of the migrations, with the values the hooks would have derived.
 * No version rows: the fiches start without history, as if imported.
 */
export async function writeUnitsBulk(
  units: Iterable<PlanUnit>,
  ctx: BulkContext,
): Promise<WriteResult> {
  const pool = poolOf(ctx.payload)
  const t = tabellen()
  await controleerSchema(pool, volgorde(t))

  const regioVanNis = await regioPerNis(pool)
  const start = await beginIds(pool)
  const id = {
    organisatie: (index: number) => start.organisaties + index + 1,
    praktijk: (index: number) => start.praktijken + index + 1,
    zorgverlener: (index: number) => start.zorgverleners + index + 1,
    aanbod: (index: number) => start.aanbod + index + 1,
  }
  // Regions of the parents, for aanbod without an address of its own (collections/Aanbod/hooks/deriveAanbodRegio.ts).
  const regioOrganisatie: (number | null)[] = []
  const regioPraktijk: (number | null)[] = []
  const markeringen = new Map<Marker, FicheRef>()
  const hoogste = { organisaties: 0, praktijken: 0, zorgverleners: 0, aanbod: 0 }
  const batchSize = ctx.batchSize ?? 5000
  let inBatch = 0

  const regioVan = (adressen: StoredAdres[]) =>
    regioVanNis.get(mainAdres(adressen)?.nis ?? '') ?? null

  const schrijfContact = (
    tabel: ReturnType<typeof contactTabellen>,
    code: number,
    parent: number,
    doc: {
      adressen: AdresInput[]
      telefoons: PhoneInput[]
      emails: EmailInput[]
      websites: WebsiteInput[]
    },
  ): StoredAdres[] => {
    const adressen = doc.adressen.map(derivedAdres)
    adressen.forEach((a, i) =>
      tabel.adressen.add(
        i + 1,
        parent,
        rijId(code, parent, i + 1),
        a.straat,
        a.huisnummer,
        a.bus,
        a.postcode,
        a.gemeente,
        a.lat,
        a.lon,
        a.coordinatenBron,
        a.nis,
        a.primair,
      ),
    )
    doc.telefoons.forEach((tel, i) =>
      tabel.telefoons.add(
        i + 1,
        parent,
        rijId(code + 1, parent, i + 1),
        derivedPhoneNumber(tel.nummer),
        tel.soort ?? 'telefoon',
        tel.label ?? null,
        tel.primair ?? false,
      ),
    )
    doc.emails.forEach((e, i) =>
      tabel.emails.add(
        i + 1,
        parent,
        rijId(code + 2, parent, i + 1),
        e.adres,
        e.label ?? null,
        e.primair ?? false,
      ),
    )
    doc.websites.forEach((w, i) =>
      tabel.websites.add(
        i + 1,
        parent,
        rijId(code + 3, parent, i + 1),
        w.url,
        w.label ?? null,
        w.primair ?? false,
      ),
    )
    return adressen
  }

  const schrijfBronnen = (tabel: Tabel, code: number, parent: number, bronnen: SourceInput[]) =>
    bronnen.forEach((b, i) =>
      tabel.add(
        i + 1,
        parent,
        rijId(code, parent, i + 1),
        b.veld,
        b.bron,
        b.referentie ?? null,
        b.opgehaaldOp ?? null,
      ),
    )

  const flush = async () => {
    if (inBatch === 0) return
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      for (const tabel of volgorde(t)) await tabel.flush(client)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
    ctx.onFiches(inBatch)
    inBatch = 0
  }

  for (const unit of units) {
    if (unit.organisatie) {
      const { doc, index } = unit.organisatie
      const oid = id.organisatie(index)
      const adressen = schrijfContact(t.organisaties, 0x10, oid, doc)
      schrijfBronnen(t.organisaties.bronnen, 0x14, oid, doc.bronnen)
      const regio = regioVan(adressen)
      regioOrganisatie[index] = regio
      t.organisaties.hoofd.add(
        oid,
        doc.naam,
        doc.officieleNaam,
        derivedKbo(doc.kboNummer),
        doc.beschrijving,
        doc.status,
        regio,
        doc.laatstGeverifieerd,
        CHANGED_BY_SYSTEM,
      )
      hoogste.organisaties = Math.max(hoogste.organisaties, oid)
      if (unit.markering) markeringen.set(unit.markering, { collection: 'organisaties', id: oid })
    }
    if (unit.praktijk) {
      const { doc, index } = unit.praktijk
      const pid = id.praktijk(index)
      const adressen = schrijfContact(t.praktijken, 0x20, pid, doc)
      schrijfBronnen(t.praktijken.bronnen, 0x24, pid, doc.bronnen)
      const regio = regioVan(adressen)
      regioPraktijk[index] = regio
      t.praktijken.hoofd.add(
        pid,
        doc.naam,
        doc.soort,
        derivedKbo(doc.kboNummer),
        doc.beschrijving,
        doc.status,
        regio,
        doc.laatstGeverifieerd,
        CHANGED_BY_SYSTEM,
      )
      hoogste.praktijken = Math.max(hoogste.praktijken, pid)
      if (unit.markering) markeringen.set(unit.markering, { collection: 'praktijken', id: pid })
    }
    for (const zv of unit.zorgverleners) {
      const { doc } = zv
      const zid = id.zorgverlener(zv.index)
      const adressen = schrijfContact(t.zorgverleners, 0x30, zid, doc)
      schrijfBronnen(t.zorgverleners.bronnen, 0x34, zid, doc.bronnen)
      doc.beroepen.forEach((beroep, i) => t.zorgverleners.beroepen.add(i + 1, zid, beroep))
      const riziv = derivedRiziv(doc.rizivNummer)
      const account = zv.markering === 'demo-zorgverlener' ? ctx.zorgverlenerAccount : null
      t.zorgverleners.hoofd.add(
        zid,
        fullName(doc.voornaam, doc.achternaam),
        doc.voornaam,
        doc.achternaam,
        riziv.rizivNummer,
        riziv.rizivWaarschuwing,
        account,
        doc.beschrijving,
        doc.status,
        regioVan(adressen),
        doc.laatstGeverifieerd,
        CHANGED_BY_SYSTEM,
      )
      hoogste.zorgverleners = Math.max(hoogste.zorgverleners, zid)
      if (zv.markering) markeringen.set(zv.markering, { collection: 'zorgverleners', id: zid })
    }
    for (const aanbod of unit.aanbod) {
      const { doc } = aanbod
      const aid = id.aanbod(aanbod.index)
      const a = t.aanbod
      const adressen = schrijfContact(a, 0x40, aid, doc)
      const organisatie =
        aanbod.parent.collection === 'organisaties' ? id.organisatie(aanbod.parent.index) : null
      const praktijk =
        aanbod.parent.collection === 'praktijken' ? id.praktijk(aanbod.parent.index) : null
      const regio =
        regioVan(adressen) ??
        (aanbod.parent.collection === 'organisaties'
          ? regioOrganisatie[aanbod.parent.index]
          : regioPraktijk[aanbod.parent.index]) ??
        null
      a.hoofd.add(
        aid,
        doc.naam,
        organisatie,
        praktijk,
        aanbod.zorgverlener !== undefined ? id.zorgverlener(aanbod.zorgverlener) : null,
        doc.beschrijving,
        doc.doelgroepToelichting ?? null,
        doc.openingsuren.feestdagen ?? 'gesloten',
        doc.openingsuren.toelichting ?? null,
        doc.aanmelding.toelichting ?? null,
        doc.kostprijs.soort ?? null,
        doc.kostprijs.toelichting ?? null,
        doc.status,
        regio,
        doc.laatstGeverifieerd,
        CHANGED_BY_SYSTEM,
      )
      doc.rubriekCodes.forEach((code, i) => {
        const rubriek = ctx.rubriekIds.get(code)
        if (rubriek === undefined) throw new Error(`Rubriek ${code} bestaat niet`)
        a.rels.add(i + 1, aid, 'rubrieken', rubriek)
      })
      doc.doelgroepen.forEach((v, i) => a.doelgroepen.add(i + 1, aid, v))
      doc.aanmelding.wijzen.forEach((v, i) => a.wijzen.add(i + 1, aid, v))
      doc.werkingsgebied.forEach((v, i) => a.werkingsgebied.add(i + 1, aid, v))
      doc.openingsuren.weekschema.forEach((s, i) =>
        a.weekschema.add(
          i + 1,
          aid,
          rijId(0x45, aid, i + 1),
          s.dag,
          s.opent,
          s.sluit,
          s.naMiddernacht ?? false,
        ),
      )
      doc.openingsuren.uitzonderingen.forEach((u, i) =>
        a.uitzonderingen.add(
          i + 1,
          aid,
          rijId(0x46, aid, i + 1),
          u.datum,
          u.gesloten ?? false,
          u.opent ?? null,
          u.sluit ?? null,
          u.naMiddernacht ?? false,
          u.omschrijving ?? null,
        ),
      )
      doc.erkenningen.forEach((e, i) =>
        a.erkenningen.add(
          i + 1,
          aid,
          rijId(0x47, aid, i + 1),
          e.overheid,
          e.nummer ?? null,
          e.van ?? null,
          e.tot ?? null,
        ),
      )
      hoogste.aanbod = Math.max(hoogste.aanbod, aid)
    }
    inBatch += fichesIn(unit)
    if (inBatch >= batchSize) await flush()
  }
  await flush()

  // The next fiche made in the admin gets the next id.
  for (const [tabel, max] of Object.entries(hoogste)) {
    if (max > 0)
      await pool.query(`SELECT setval(pg_get_serial_sequence('"${tabel}"', 'id'), $1)`, [max])
  }
  return { markeringen }
}

async function beginIds(pool: PgPool) {
  const { rows } = await pool.query<{ o: number; p: number; z: number; a: number }>(
    `SELECT (SELECT COALESCE(MAX(id), 0) FROM organisaties)::int AS o, (SELECT COALESCE(MAX(id), 0) FROM praktijken)::int AS p,
            (SELECT COALESCE(MAX(id), 0) FROM zorgverleners)::int AS z, (SELECT COALESCE(MAX(id), 0) FROM aanbod)::int AS a`,
  )
  const r = rows[0]
  return { organisaties: r.o, praktijken: r.p, zorgverleners: r.z, aanbod: r.a }
}

/** NIS code -> regio id, from the regios as stored (src/regios/regio-lookup.ts reads the same). */
async function regioPerNis(pool: PgPool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ parent_id: number; value: string }>(
    'SELECT parent_id, value::text AS value FROM regios_gemeenten',
  )
  return new Map(rows.map((r) => [r.value, r.parent_id]))
}

/**
 * Fails early and clearly when the schema no longer matches this writer (a migration added a
 * required column or renamed one): the bulk path must then be updated with the collection.
 */
async function controleerSchema(pool: PgPool, lijst: Tabel[]): Promise<void> {
  const { rows } = await pool.query<{
    table_name: string
    column_name: string
    is_nullable: string
    column_default: string | null
  }>(
    `SELECT table_name, column_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1)`,
    [lijst.map((t) => t.naam)],
  )
  const problemen: string[] = []
  for (const tabel of lijst) {
    const kolommen = rows.filter((r) => r.table_name === tabel.naam)
    if (kolommen.length === 0) problemen.push(`tabel ${tabel.naam} ontbreekt`)
    const bekend = new Set(tabel.schema.map(([n]) => n))
    for (const [naam] of tabel.schema)
      if (kolommen.length && !kolommen.some((k) => k.column_name === naam))
        problemen.push(`kolom ${tabel.naam}.${naam} ontbreekt`)
    for (const k of kolommen) {
      if (!bekend.has(k.column_name) && k.is_nullable === 'NO' && k.column_default === null)
        problemen.push(`verplichte kolom ${tabel.naam}.${k.column_name} wordt niet ingevuld`)
    }
  }
  if (problemen.length) {
    throw new Error(
      `Het bulkpad past niet meer bij het databankschema (pas src/seed/write-bulk.ts aan, of gebruik --local): ${problemen.join('; ')}`,
    )
  }
}
