import cliProgress from 'cli-progress'

import { DEMO_ACCOUNTS } from './accounts'
import type { SeedSummary } from './seed-demo'

const nl = (n: number) => n.toLocaleString('nl-BE')

/**
 * A progress callback for seedDemo: a progress bar on a terminal, a plain line every few seconds
 * otherwise (CI logs, pipes).
 */
export function consoleProgress(
  options: { stream?: NodeJS.WriteStream; intervalMs?: number } = {},
): (done: number, total: number) => void {
  const stream = options.stream ?? process.stdout
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | null = null
    let started = 0
    let gestopt = false
    return (done, total) => {
      if (gestopt) return
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format:
              'Fiches {bar} {percentage}% | {value}/{total} | {rate} fiches/s | nog {eta_formatted}',
            stream,
            hideCursor: true,
            etaBuffer: 200,
          },
          cliProgress.Presets.shades_classic,
        )
        bar.start(total, 0, { rate: 0 })
        started = Date.now()
      }
      bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) })
      if (done >= total) {
        bar.stop()
        gestopt = true
      }
    }
  }
  const interval = options.intervalMs ?? 5000
  const start = Date.now()
  let vorige = 0
  return (done, total) => {
    const nu = Date.now()
    if (done < total && done > 0 && nu - vorige < interval) return
    if (done === 0 && vorige !== 0) return
    vorige = nu
    const rate = Math.round(done / Math.max(0.001, (nu - start) / 1000))
    stream.write(
      `fiches: ${nl(done)}/${nl(total)} (${Math.floor((done / Math.max(1, total)) * 100)}%), ${nl(rate)} fiches/s\n`,
    )
  }
}

/** A few lines for the terminal: counts per collection, time and rate. */
export function formatSummary(summary: SeedSummary): string {
  const c = summary.counts
  const regels = [
    `Demogegevens klaar (seed ${summary.seed}, ${summary.mode === 'bulk' ? 'bulk-SQL' : 'Local API'}):`,
    `  ${nl(summary.fiches)} fiches: ${nl(c.organisaties)} organisaties, ${nl(c.praktijken)} praktijken, ${nl(c.zorgverleners)} zorgverleners, ${nl(c.aanbod)} aanbod`,
    `  status: ${nl(summary.status.actief)} actief, ${nl(summary.status.stopgezet)} stopgezet, ${nl(summary.status.in_aanvraag)} in aanvraag`,
    `  ${c.regios} regio's, ${c.rubrieken} rubrieken, ${c.users} gebruikers, ${c.fichebeheer} fichebeheer, ${c.handleidingen} handleidingen, ${c.faq} FAQ`,
    `  tijd: ${(summary.elapsedMs / 1000).toFixed(1)} s in totaal; fiches ${(summary.fichesMs / 1000).toFixed(1)} s = ${nl(summary.fichesPerSecond)} fiches/s`,
    `  zoekindex: ${nl(summary.zoekindex.indexed)} documenten in ${(summary.zoekindex.elapsedMs / 1000).toFixed(1)} s`,
  ]
  if (summary.rubriekenZonderAanbod.length)
    regels.push(
      `  rubrieken zonder actief aanbod (te weinig fiches): ${summary.rubriekenZonderAanbod.join(', ')}`,
    )
  return regels.join('\n')
}

/** The demo accounts and what each shows, for the start banner. */
export function formatDemoAccounts(password: string): string {
  const breedte = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length))
  return [
    `Demo-accounts (wachtwoord: ${password}):`,
    ...DEMO_ACCOUNTS.map(
      (a) => `  ${a.email.padEnd(breedte)}  ${a.roles.join(', ').padEnd(14)}  ${a.omschrijving}`,
    ),
  ].join('\n')
}
