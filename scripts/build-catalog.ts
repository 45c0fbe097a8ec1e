/**
 * Regenerates catalog/ from public permission data.
 *
 *   npm run catalog:build                       # from ../shared/data (default)
 *   npm run catalog:build -- --data DIR         # from another copy of that data
 *   npm run catalog:build -- --graph-json FILE  # from a live tenant's Graph response
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { serializeCatalogResource } from '../src/catalog/resource-file.js'
import {
  graphResourceFromDump,
  graphResourceFromGraphJson
} from './catalog-sources.js'

export const GRAPH_CATALOG_FILE = join('catalog', 'microsoft-graph.json')

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join('..', 'shared', 'data') },
    'graph-json': { type: 'string' },
    'as-of': { type: 'string' }
  }
})

const graphJson = values['graph-json']
const resource =
  graphJson === undefined
    ? graphResourceFromDump(values.data)
    : graphResourceFromGraphJson(graphJson, values['as-of'])
writeFileSync(GRAPH_CATALOG_FILE, serializeCatalogResource(resource))
const counts = { delegated: 0, application: 0 }
for (const permission of resource.permissions) counts[permission.type] += 1
console.log(
  `wrote ${GRAPH_CATALOG_FILE}: ${counts.delegated} delegated, ${counts.application} application (as of ${resource.source.asOf})`
)
