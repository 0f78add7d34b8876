import './lib/load-env'

import config from '@payload-config'
import { generateTypes } from 'payload/node'

await generateTypes(await config)
process.exit(0)
