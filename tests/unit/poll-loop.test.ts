import { afterEach, describe, expect, it } from 'vitest'

import { type PollLoop, runningPollLoop, startPollLoop } from '@/workers/poll-loop'

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms))
const loops: PollLoop[] = []
afterEach(() => loops.splice(0).forEach((l) => l.stop()))

describe('the loop under the background workers in the server', () => {
  it('runs the step again at once while it reports a backlog, then at its interval', async () => {
    const momenten: number[] = []
    let backlog = 3
    loops.push(
      startPollLoop(
        'test-backlog',
        async () => (momenten.push(Date.now()), backlog-- > 0 ? 0 : 10_000),
      ),
    )
    await wacht(100)
    expect(momenten).toHaveLength(4)
  })

  it('runs one loop per name in a process: a second start gets the running one', async () => {
    let stappen = 0
    const eerste = startPollLoop('test-enkel', async () => (stappen++, 10_000))
    const tweede = startPollLoop('test-enkel', async () => ((stappen += 100), 10_000))
    loops.push(eerste)
    expect(tweede).toBe(eerste)
    expect(runningPollLoop('test-enkel')).toBe(eerste)
    await wacht(20)
    expect(stappen).toBe(1)
  })

  it('keeps going after a step that throws, after the retry delay', async () => {
    let pogingen = 0
    loops.push(
      startPollLoop(
        'test-fout',
        async () => {
          pogingen++
          if (pogingen === 1) throw new Error('database weg')
          return 10_000
        },
        20,
      ),
    )
    await wacht(100)
    expect(pogingen).toBe(2)
  })

  it('stops for good, and the name is free again', async () => {
    let stappen = 0
    const loop = startPollLoop('test-stop', async () => (stappen++, 5))
    await wacht(30)
    loop.stop()
    const gestopt = stappen
    await wacht(40)
    expect(stappen).toBe(gestopt)
    expect(runningPollLoop('test-stop')).toBeNull()
  })
})
