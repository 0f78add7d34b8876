/**
 * npm run code-health: the figures of the code-health issue, for notes. Source files are the
 * ts/tsx/mjs files tracked by git, without what Payload or Next generate.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const GENERATED = [
  /^src\/migrations\//,
  /^src\/payload-types\.ts$/,
  /importMap\.js$/,
  /next-env\.d\.ts$/,
]
const LONG_LINE = 100

const files = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs'], {
  encoding: 'utf8',
})
  .split('\0')
  .filter((file) => file && !GENERATED.some((pattern) => pattern.test(file)))

const lineCounts: number[] = []
let lines = 0
let longLines = 0
let casts = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const fileLines = text.replace(/\n$/, '').split('\n')
  lineCounts.push(fileLines.length)
  lines += fileLines.length
  longLines += fileLines.filter((line) => line.length > LONG_LINE).length
  casts += text.match(/\bas (never|unknown as)\b/g)?.length ?? 0
}

// Nearest rank: the smallest count with at least p of the files at or below it.
const sorted = [...lineCounts].sort((a, b) => a - b)
const percentile = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0

const perThousand = ((casts / lines) * 1000).toFixed(1)
const longShare = ((longLines / lines) * 100).toFixed(1)
console.log(`source files: ${files.length} (${lines} lines)`)
console.log(`lines per file: median ${percentile(0.5)}, p90 ${percentile(0.9)}`)
console.log(`as never + as unknown as: ${casts} (${perThousand} per 1,000 lines)`)
console.log(`lines over ${LONG_LINE} characters: ${longLines} (${longShare}% of lines)`)
