import { demoRubrieken } from '@/domain/rubrieken'
import { DemoGenerator } from './generator'
import { fichesIn } from './plan-types'
const n = Number(process.argv[2] ?? 3000)
const t = Date.now()
const g = new DemoGenerator({ fiches: n, seed: 1 })
let total = 0, units = 0
const names: string[] = []
for (const u of g.units()) { total += fichesIn(u); units++; if (units <= 12 || units % 97 === 0) names.push([u.organisatie?.doc.naam ?? u.praktijk?.doc.naam, ...u.aanbod.map(a => '  ' + a.doc.naam + ' ' + a.doc.rubriekCodes.join(',') + ' ' + a.doc.status)].join('\n')) }
console.log('total', total, 'units', units, 'ms', Date.now() - t, g.stats)
const missing = demoRubrieken().filter(r => !g.gedekt.has(r.code)).map(r => r.code)
console.log('missing', missing)
if (process.argv[3]) console.log(names.slice(0, 60).join('\n'))
