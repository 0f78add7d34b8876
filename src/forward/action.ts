// Forward a fiche: logged-in users only, at most FORWARDS_PER_HOUR per hour per account (counted
// in the database, so every server process sees the same count), one mail per address so nobody
// sees who else got it. The mail is queued; the fiche is read with a visitor's rights.
import type { ActionContext } from '@/forms/action'
import { done, fail, invalid, type ActionResult } from '@/forms/result'
import { poolOf } from '@/db/pool'
import { FORWARDS_PER_HOUR, parseForward } from '@/domain/forward'
import { loadFiches } from '@/downloads/source'
import { enqueueMailWithClient } from '@/mail/outbox'
import { forwardedFicheMail } from '@/mail/templates/forward'

export async function forwardFiche(
  ctx: ActionContext,
  velden: Record<string, unknown>,
): Promise<ActionResult> {
  if (!ctx.user) return fail(401, 'account', 'Meld u eerst aan om een fiche door te sturen.')
  const gelezen = parseForward(velden)
  if ('fouten' in gelezen) return invalid(gelezen.fouten)
  const { soort, id, adressen, bericht } = gelezen.invoer
  const [fiche] = await loadFiches(ctx.payload, [{ soort, id }])
  if (!fiche) return fail(404, 'id', 'Deze fiche bestaat niet of is niet meer actief.')
  const url = new URL(fiche.url, `${ctx.siteBase}/`).toString()
  const afzender = ctx.user.naam?.trim() || ctx.user.email

  const client = await poolOf(ctx.payload).connect()
  try {
    await client.query('BEGIN')
    // The account row's lock makes the count and the insert one step for parallel requests.
    await client.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [ctx.user.id])
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM doorgestuurd WHERE afzender_id = $1 AND created_at > now() - interval '1 hour'`,
      [ctx.user.id],
    )
    if (Number(rows[0]?.n ?? 0) >= FORWARDS_PER_HOUR) {
      await client.query('ROLLBACK')
      return fail(
        429,
        'adressen',
        `U stuurde het afgelopen uur al ${FORWARDS_PER_HOUR} fiches door. Probeer het later opnieuw.`,
      )
    }
    await client.query('INSERT INTO doorgestuurd (afzender_id) VALUES ($1)', [ctx.user.id])
    const mail = forwardedFicheMail({ afzender, bericht, fiche, url })
    for (const adres of adressen)
      await enqueueMailWithClient(client, { ...mail, to: adres, replyTo: ctx.user.email })
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
  return done(`/doorsturen?soort=${soort}&id=${id}`, 'doorgestuurd')
}
