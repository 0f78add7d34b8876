import './lib/load-env'

import config from '@payload-config'
import { generateImportMap } from 'payload'

await generateImportMap(await config, { log: true, force: true })
process.exit(0)
