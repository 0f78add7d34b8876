import { bootPayload } from '@/db/bootstrap'
import { defaultRegios } from '@/domain/regios'

const t0 = Date.now()
const { payload, shutdown } = await bootPayload({ log: () => {} })
console.log('boot', Date.now() - t0)
const ctx = { systemWrite: true }
const { totalDocs } = await payload.count({ collection: 'regios' })
if (!totalDocs) for (const r of defaultRegios()) await payload.create({ collection: 'regios', data: r as any, overrideAccess: true, depth: 0, context: ctx })
const N = 200
let t = Date.now()
for (let i = 0; i < N; i++) {
  await payload.create({ collection: 'organisaties', overrideAccess: true, depth: 0, context: ctx, data: {
    naam: 'Test ' + i, kboNummer: '0566988259', status: 'actief',
    adressen: [{ straat: 'Kerkstraat', huisnummer: String(i), postcode: '2500', primair: true }],
    telefoons: [{ nummer: '03 480 12 34' }], emails: [{ adres: 'a@b.be' }],
  } as any })
}
console.log('serial org/s', (N / ((Date.now() - t) / 1000)).toFixed(1))
t = Date.now()
let i = 0
const work = async () => { while (i < N) { const k = i++; await payload.create({ collection: 'organisaties', overrideAccess: true, depth: 0, context: ctx, data: {
    naam: 'Test ' + k, kboNummer: '0566988259', status: 'actief',
    adressen: [{ straat: 'Kerkstraat', huisnummer: String(k), postcode: '2500', primair: true }],
    telefoons: [{ nummer: '03 480 12 34' }], emails: [{ adres: 'a@b.be' }],
  } as any }) } }
await Promise.all(Array.from({ length: 6 }, work))
console.log('pool6 org/s', (N / ((Date.now() - t) / 1000)).toFixed(1))
await shutdown()
process.exit(0)
