// 410 Gone for a stopped fiche (the proxy rewrites its address here): a page that says the fiche no
// longer exists and points to similar offer nearby. A route handler, because only it sets the status.
import config from '@payload-config'
import { getPayload } from 'payload'

import { FICHE_COLLECTIE as TABLE, type FicheSoort } from '@/domain/fiche-url'
import { poolOf } from '@/search/engine'

export const dynamic = 'force-dynamic'

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const soort = url.searchParams.get('soort') as FicheSoort | null
  const id = Number(url.searchParams.get('id'))
  if (!soort || !(soort in TABLE) || !Number.isSafeInteger(id)) return new Response('Niet gevonden', { status: 404 })
  const pool = poolOf(await getPayload({ config }))
  const { rows } = await pool.query<{ naam: string; status: string; gemeente: string | null; rubriek: number | null }>(
    `SELECT f.naam, f.status,
       (SELECT a.gemeente FROM ${TABLE[soort]}_adressen a WHERE a._parent_id = f.id ORDER BY a.primair DESC NULLS LAST, a._order LIMIT 1) AS gemeente,
       (SELECT r.rubrieken_id FROM aanbod x JOIN aanbod_rels r ON r.parent_id = x.id AND r.path = 'rubrieken'
         WHERE ${soort === 'aanbod' ? 'x.id = f.id' : `x.${soort}_id = f.id`} ORDER BY r."order" LIMIT 1) AS rubriek
     FROM ${TABLE[soort]} f WHERE f.id = $1`,
    [id],
  )
  const fiche = rows[0]
  // Only stopped fiches: this address must not become a way to read other fiches.
  if (!fiche || fiche.status !== 'stopgezet') return new Response('Niet gevonden', { status: 404 })
  const zoek = new URLSearchParams()
  if (fiche.rubriek) zoek.set('rubriek', String(fiche.rubriek))
  if (fiche.gemeente) zoek.set('waar', fiche.gemeente)
  const html = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Niet meer actief · Sociale Kaart</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b4f8a}a:focus{outline:3px solid #0b4f8a;outline-offset:2px}</style>
</head><body>
<header><a href="/">Sociale Kaart</a></header>
<main>
<h1>Deze fiche is niet meer actief</h1>
<p><strong>${escape(fiche.naam)}</strong>${fiche.gemeente ? ` in ${escape(fiche.gemeente)}` : ''} is stopgezet en staat niet meer op de Sociale Kaart.</p>
<ul>
<li><a href="/zoeken?${escape(zoek.toString())}">Zoek gelijkaardig aanbod${fiche.gemeente ? ` in de buurt van ${escape(fiche.gemeente)}` : ''}</a></li>
<li><a href="/zoeken">Zoek in de hele Sociale Kaart</a></li>
</ul>
</main></body></html>`
  return new Response(html, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' } })
}
