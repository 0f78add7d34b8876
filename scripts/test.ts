/**
 * npm test: everything, in the order that fails fastest. Unused exports (knip), import cycles (madge),
 * lint (ESLint), type-check, unit and integration tests (Vitest, real PostgreSQL), a production build,
 * then the end-to-end tests (Playwright, Chromium). Ends with one summary line "tests: N passed, N failed";
 * the checks before the tests count as failed steps, not as tests.
 * Flags: --no-e2e (skip the build and browser tests), --only-e2e.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

import { needsBuild } from './lib/needs-build'
import { runBin, waitForExit } from './lib/run'

const args = process.argv.slice(2)
const withE2e = !args.includes('--no-e2e')
const onlyE2e = args.includes('--only-e2e')
process.env.NEXT_TELEMETRY_DISABLED = '1'
mkdirSync('.data', { recursive: true })

const results = { passed: 0, failed: 0, skipped: 0 }
const failures: string[] = []
const step = async (name: string, run: () => Promise<number>) => {
  const started = Date.now()
  console.log(`\n=== ${name}`)
  const code = await run()
  console.log(
    `=== ${name}: ${code === 0 ? 'ok' : `exit ${code}`} (${Math.round((Date.now() - started) / 1000)} s)`,
  )
  if (code !== 0) failures.push(name)
  return code
}

// The checks run their package.json script, so `npm run lint` and `npm test` cannot drift apart.
const npmScript = (script: string) =>
  waitForExit(spawn('npm', ['run', '--silent', script], { stdio: 'inherit' }))

// The parts of Vitest's and Playwright's JSON reports that are counted.
type VitestReport = {
  success: boolean
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests?: number
}
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}
const readJson = <T>(file: string): T | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null

if (!onlyE2e) {
  await step('format', () => npmScript('format:check'))
  await step('unused exports', () => npmScript('check:unused'))
  await step('cycles', () => npmScript('check:cycles'))
  await step('lint', () => npmScript('lint'))
  await step('type-check', () => waitForExit(runBin('typescript', ['--noEmit'])))
  const vitestReport = '.data/vitest-report.json'
  rmSync(vitestReport, { force: true })
  await step('unit and integration tests', () =>
    waitForExit(
      runBin('vitest', [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestReport}`,
      ]),
    ),
  )
  const vitest = readJson<VitestReport>(vitestReport)
  if (vitest) {
    results.passed += vitest.numPassedTests
    results.failed += vitest.numFailedTests
    results.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
  }
  // Vitest's exit code alone is not trusted: a global setup that fails leaves "no test files" and
  // may still exit 0. A run counts only when its report says it succeeded and ran tests.
  if (!vitest || !vitest.success || vitest.numTotalTests === 0 || vitest.numFailedTests > 0) {
    if (!failures.includes('unit and integration tests'))
      failures.push('unit and integration tests')
    if (!vitest || vitest.numTotalTests === 0) results.failed += 1
  }
}

if (withE2e) {
  if (needsBuild(process.cwd()))
    await step('production build', () => waitForExit(runBin('next', ['build'])))
  if (!failures.includes('production build')) {
    const report = '.data/playwright-report.json'
    rmSync(report, { force: true })
    await step('end-to-end tests', () =>
      waitForExit(
        runBin('playwright', ['test', '--reporter=list,json'], {
          ...process.env,
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        }),
      ),
    )
    const e2e = readJson<PlaywrightReport>(report)
    if (e2e) {
      results.passed += e2e.stats.expected + e2e.stats.flaky
      results.failed += e2e.stats.unexpected
      results.skipped += e2e.stats.skipped
    }
    if (!e2e || e2e.stats.expected + e2e.stats.flaky === 0 || e2e.stats.unexpected > 0) {
      if (!failures.includes('end-to-end tests')) failures.push('end-to-end tests')
      if (!e2e || e2e.stats.expected + e2e.stats.flaky === 0) results.failed += 1
    }
  }
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(
  `\ntests: ${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
)
process.exit(failures.length || results.failed ? 1 : 0)
