import { describe, expect, it } from 'vitest'

import { duration } from '@/components/admin/QueueDashboard'
import { retryDelaySeconds } from '@/queue/backoff'
import { QUEUES } from '@/queue/settings'

describe('the wait before a failed job is tried again', () => {
  it('doubles from the base after each failure, up to the cap', () => {
    const mail = QUEUES.mail.backoff
    expect([1, 2, 3, 4, 9, 10, 11, 150].map((n) => retryDelaySeconds(n, mail))).toEqual([
      2, 4, 8, 16, 512, 600, 600, 600,
    ])
    const search = QUEUES.search.backoff
    expect([1, 2, 3, 9, 10].map((n) => retryDelaySeconds(n, search))).toEqual([1, 2, 4, 256, 300])
  })

  it('gives mail and search about a day of retries before a job is given up on', () => {
    for (const queue of [QUEUES.mail, QUEUES.search]) {
      let waited = 0
      for (let attempt = 1; attempt < queue.maxAttempts; attempt++)
        waited += retryDelaySeconds(attempt, queue.backoff)
      expect(waited / 3600).toBeGreaterThan(20)
      expect(waited / 3600).toBeLessThan(28)
    }
  })
})

describe('how long the oldest job waits, on the dashboard', () => {
  it('reads as seconds, minutes, hours or days', () => {
    expect([0, 59, 60, 3599, 3600, 3660, 86_399, 86_400, 97_200].map(duration)).toEqual([
      '0 s',
      '59 s',
      '1 min',
      '59 min',
      '1 u',
      '1 u 1 min',
      '23 u 59 min',
      '1 d',
      '1 d 3 u',
    ])
  })
})
