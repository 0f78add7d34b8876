// Payload starts the jobs queue's crons (payload.config.ts `jobs.autoRun`) only for a getPayload
// call that asks for them. The server asks here, from instrumentation.ts; scripts, tests and
// `next build` never do, so they do not poll the queue nor stay alive because of it.
export async function startJobQueue(): Promise<void> {
  if (process.env.JOBS_AUTORUN === 'off') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
