// On the admin's dashboard, for admins only: how the background queues (src/queue) are doing, with
// a button that puts failed jobs back in their queue. A server component: it reads the database
// when the dashboard is rendered; the button is a plain form (works without JavaScript).
import type { Payload } from 'payload'

import { hasRole } from '@/accounts/roles'
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

export function QueueTable({
  reports,
  action,
  notice,
}: {
  reports: QueueReport[]
  action: string
  notice?: string
}) {
  return (
    <section aria-labelledby="wachtrijen-titel" className="queue-dashboard">
      <h2 id="wachtrijen-titel">Wachtrijen</h2>
      {notice && <p role="status">{notice}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Wachtrij</th>
            <th scope="col">wachtend</th>
            <th scope="col">bezig</th>
            <th scope="col">mislukt</th>
            <th scope="col">oudste wachtende</th>
            <th scope="col">laatste fout</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.queue} data-queue={report.queue}>
              <th scope="row">{report.label}</th>
              <td>
                {report.waiting}
                {report.retrying > 0 && ` (${report.retrying} na een fout)`}
              </td>
              <td>{report.running}</td>
              <td>
                {report.failed}
                {report.failed > 0 && (
                  <form method="post" action={action}>
                    <input type="hidden" name="wachtrij" value={report.queue} />
                    <button
                      type="submit"
                      className="btn btn--style-secondary btn--size-small"
                      aria-label={`Mislukte taken van ${report.label} opnieuw proberen`}
                    >
                      Opnieuw proberen
                    </button>
                  </form>
                )}
              </td>
              <td>
                {report.oldestWaitingSeconds === null ? '—' : duration(report.oldestWaitingSeconds)}
              </td>
              <td className="queue-dashboard__error">{report.lastError ?? '—'}</td>
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
  const count = Number(retried) || 0
  const notice =
    retried !== undefined && label
      ? `${label}: ${count} mislukte ${count === 1 ? 'taak' : 'taken'} opnieuw in de wachtrij gezet.`
      : undefined
  return (
    <QueueTable
      reports={reports}
      action={`${payload.config.routes.api}/wachtrijen/opnieuw`}
      notice={notice}
    />
  )
}
