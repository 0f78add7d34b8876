// SQL that reads fiches straight from Payload's tables, one query per type for a whole batch. The
// Local API would take minutes for a full reindex (it builds every document at depth, one by one);
// these read 200k fiches in seconds. They follow the table layout of the migrations in src/migrations:
// a schema change there must be mirrored here, and tests/int/search-sync covers every field used.

const adressen = (table: string, parent: string) => `coalesce((
  SELECT json_agg(json_build_object('straat', x.straat, 'huisnummer', x.huisnummer, 'bus', x.bus, 'postcode', x.postcode,
    'gemeente', x.gemeente, 'lat', x.lat, 'lon', x.lon, 'nis', x.nis, 'primair', coalesce(x.primair, false)) ORDER BY x._order)
  FROM ${table} x WHERE x._parent_id = ${parent}), '[]')`

const ouder = (
  table: string,
  alias: string,
) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(
  'id', ${alias}.id, 'naam', ${alias}.naam, 'status', ${alias}.status, 'adressen', ${adressen(`${table}_adressen`, `${alias}.id`)}) END`

export const AANBOD_SQL = `
SELECT a.id, a.naam, a.status, a.beschrijving, a.regio_id, a.updated_at,
  ${adressen('aanbod_adressen', 'a.id')} AS adressen,
  ${ouder('organisaties', 'o')} AS organisatie,
  ${ouder('praktijken', 'p')} AS praktijk,
  CASE WHEN z.id IS NULL OR z.status <> 'actief' THEN '[]'::json ELSE json_build_array(json_build_object('id', z.id, 'naam', z.naam)) END AS zorgverleners,
  coalesce((SELECT json_agg(b.value ORDER BY b."order") FROM zorgverleners_beroepen b WHERE b.parent_id = z.id AND z.status = 'actief'), '[]') AS beroepen,
  coalesce((SELECT json_agg(r.rubrieken_id ORDER BY r."order") FROM aanbod_rels r WHERE r.parent_id = a.id AND r.path = 'rubrieken' AND r.rubrieken_id IS NOT NULL), '[]') AS rubriek_ids,
  coalesce((SELECT json_agg(d.value ORDER BY d."order") FROM aanbod_doelgroepen d WHERE d.parent_id = a.id), '[]') AS doelgroepen,
  coalesce((SELECT json_agg(json_build_object('dag', w.dag, 'opent', w.opent, 'sluit', w.sluit, 'naMiddernacht', coalesce(w.na_middernacht, false)) ORDER BY w._order)
    FROM aanbod_openingsuren_weekschema w WHERE w._parent_id = a.id), '[]') AS weekschema,
  coalesce((SELECT json_agg(json_build_object('datum', u.datum, 'gesloten', coalesce(u.gesloten, false), 'opent', u.opent, 'sluit', u.sluit, 'naMiddernacht', coalesce(u.na_middernacht, false)) ORDER BY u._order)
    FROM aanbod_openingsuren_uitzonderingen u WHERE u._parent_id = a.id), '[]') AS uitzonderingen,
  coalesce(a.openingsuren_feestdagen::text, 'gesloten') AS feestdagen
FROM aanbod a
LEFT JOIN organisaties o ON o.id = a.organisatie_id
LEFT JOIN praktijken p ON p.id = a.praktijk_id
LEFT JOIN zorgverleners z ON z.id = a.zorgverlener_id
WHERE a.id = ANY($1::int[])`

// What a parent offers through its active aanbod: rubrieken, doelgroepen, and for a praktijk the
// zorgverleners working there. `field` is the aanbod column that points at the parent.
const viaAanbod = (field: string, parent: string) => `
  coalesce((SELECT json_agg(DISTINCT r.rubrieken_id) FROM aanbod a JOIN aanbod_rels r ON r.parent_id = a.id AND r.path = 'rubrieken'
    WHERE a.${field} = ${parent} AND a.status = 'actief' AND r.rubrieken_id IS NOT NULL), '[]') AS rubriek_ids,
  coalesce((SELECT json_agg(DISTINCT d.value) FROM aanbod a JOIN aanbod_doelgroepen d ON d.parent_id = a.id
    WHERE a.${field} = ${parent} AND a.status = 'actief'), '[]') AS doelgroepen`

export const ORGANISATIE_SQL = `
SELECT o.id, o.naam, o.status, o.beschrijving, o.regio_id, o.updated_at,
  ${adressen('organisaties_adressen', 'o.id')} AS adressen,
  '[]'::json AS zorgverleners, '[]'::json AS beroepen,
  ${viaAanbod('organisatie_id', 'o.id')}
FROM organisaties o WHERE o.id = ANY($1::int[])`

export const PRAKTIJK_SQL = `
SELECT p.id, p.naam, p.status, p.beschrijving, p.regio_id, p.updated_at,
  ${adressen('praktijken_adressen', 'p.id')} AS adressen,
  coalesce((SELECT json_agg(DISTINCT jsonb_build_object('id', z.id, 'naam', z.naam)) FROM aanbod a JOIN zorgverleners z ON z.id = a.zorgverlener_id
    WHERE a.praktijk_id = p.id AND a.status = 'actief' AND z.status = 'actief'), '[]') AS zorgverleners,
  coalesce((SELECT json_agg(DISTINCT b.value) FROM aanbod a JOIN zorgverleners z ON z.id = a.zorgverlener_id JOIN zorgverleners_beroepen b ON b.parent_id = z.id
    WHERE a.praktijk_id = p.id AND a.status = 'actief' AND z.status = 'actief'), '[]') AS beroepen,
  ${viaAanbod('praktijk_id', 'p.id')}
FROM praktijken p WHERE p.id = ANY($1::int[])`

export const ZORGVERLENER_SQL = `
SELECT z.id, z.naam, z.status, z.beschrijving, z.regio_id, z.updated_at,
  ${adressen('zorgverleners_adressen', 'z.id')} AS adressen,
  '[]'::json AS zorgverleners,
  coalesce((SELECT json_agg(b.value ORDER BY b."order") FROM zorgverleners_beroepen b WHERE b.parent_id = z.id), '[]') AS beroepen,
  ${viaAanbod('zorgverlener_id', 'z.id')}
FROM zorgverleners z WHERE z.id = ANY($1::int[])`

export const RUBRIEKEN_SQL = `SELECT id, naam, parent_id FROM rubrieken`
