// Payload's jobs queue publishes handleidingen and FAQ at their planned time (the admin's
// "Publicatie plannen").
//
// Payload starts the queue's crons (payload.config.ts `jobs.autoRun`) only for a getPayload call
// that asks for them: its admin and REST handlers do, but a server that only serves public pages
// after a restart would not poll until someone opened the admin. The server asks here, from
// instrumentation.ts; scripts and `next build` never do, so they neither poll the queue nor stay
// alive because of it. Integration tests set JOBS_AUTORUN=off and run the queue themselves.
import { getConfig } from '@/config'

// Which of several server processes actually runs the jobs: src/content/jobs-leader.ts.
export async function startJobQueue(): Promise<void> {
  if (!getConfig().jobs.autorun) return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
