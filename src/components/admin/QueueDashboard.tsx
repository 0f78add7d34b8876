// On the admin's dashboard, for admins only: how the background queues (src/queue) are doing, with
// a button that puts failed jobs back in their queue. A server component: it reads the database
// when the dashboard is rendered; the button is a plain form (works without JavaScript).
import type { Payload } from 'payload'

import { hasRole } from '@access/roles'
import { poolOf } from '@/db/pool'
import { queueStatus, type QueueReport } from '@/queue/status'

type Props = {
  payload: Payload
  user?: Parameters<typeof hasRole>[0]
  searchParams?: Record<string, string | string[] | undefined>
}

/** "45 s", "12 min", "3 u 5 min", "2 d 4 u". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} u${minutes % 60 ? ` ${minutes % 60} min` : ''}`
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} u` : ''}`
}

const cell = { padding: '0.4rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' } as const

export function QueueTable({ reports, action, notice }: { reports: QueueReport[]; action: string; notice?: string }) {
  return (
    <section aria-labelledby="wachtrijen-titel" className="queue-dashboard" style={{ marginBottom: '2rem' }}>
      <h2 id="wachtrijen-titel">Wachtrijen</h2>
      {notice && <p role="status">{notice}</p>}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell} scope="col">Wachtrij</th>
            <th style={cell} scope="col">wachtend</th>
            <th style={cell} scope="col">bezig</th>
            <th style={cell} scope="col">mislukt</th>
            <th style={cell} scope="col">oudste wachtende</th>
            <th style={cell} scope="col">laatste fout</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.queue} data-queue={report.queue}>
              <th style={cell} scope="row">{report.label}</th>
              <td style={cell}>
                {report.waiting}
                {report.retrying > 0 && ` (${report.retrying} na een fout)`}
              </td>
              <td style={cell}>{report.running}</td>
              <td style={cell}>
                {report.failed}
                {report.failed > 0 && (
                  <form method="post" action={action} style={{ display: 'inline', marginLeft: '0.5rem' }}>
                    <input type="hidden" name="wachtrij" value={report.queue} />
                    <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                      Opnieuw proberen
                    </button>
                  </form>
                )}
              </td>
              <td style={cell}>{report.oldestWaitingSeconds === null ? '—' : duration(report.oldestWaitingSeconds)}</td>
              <td style={{ ...cell, maxWidth: '30rem', overflowWrap: 'anywhere' }}>{report.lastError ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function QueueDashboard({ payload, user, searchParams }: Props) {
  if (!hasRole(user, 'admin')) return null
  const reports = await queueStatus(poolOf(payload))
  const retried = one(searchParams?.opnieuw)
  const label = reports.find((report) => report.queue === one(searchParams?.wachtrij))?.label
  const notice = retried !== undefined && label ? `${label}: ${Number(retried) || 0} mislukte taak/taken opnieuw in de wachtrij gezet.` : undefined
  return <QueueTable reports={reports} action={`${payload.config.routes.api}/wachtrijen/opnieuw`} notice={notice} />
}
