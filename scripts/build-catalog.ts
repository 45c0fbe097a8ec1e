/**
 * Regenerates catalog/ (and docs/tiers-comparison.md) from public permission data.
 *
 *   npm run catalog:build                       # from ../shared/data (default)
 *   npm run catalog:build -- --data DIR         # from another copy of that data
 *   npm run catalog:build -- --graph-json FILE  # Graph permissions from a live tenant
 *   npm run catalog:build -- --mark-reviewed    # record every current tier as reviewed
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { serializeOperationsCatalog } from '../src/catalog/operations.js'
import {
  CATALOG_FILES,
  generateCatalog,
  renderReviewedList
} from './catalog-files.js'
import { graphOperationsFromDump } from './operations-source.js'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join('..', 'shared', 'data') },
    'graph-json': { type: 'string' },
    'as-of': { type: 'string' },
    'mark-reviewed': { type: 'boolean', default: false }
  }
})

const build = (): ReturnType<typeof generateCatalog> =>
  generateCatalog({
    dataDir: values.data,
    ...(values['graph-json'] !== undefined && {
      graphJson: values['graph-json']
    }),
    ...(values['as-of'] !== undefined && { asOf: values['as-of'] })
  })

let catalog = build()
if (values['mark-reviewed']) {
  writeFileSync(CATALOG_FILES.reviewed, renderReviewedList(catalog.classified))
  catalog = build()
}
for (const [path, contents] of catalog.files) writeFileSync(path, contents)

const [graph] = catalog.resources
const counts = { delegated: 0, application: 0 }
for (const permission of graph?.permissions ?? []) counts[permission.type] += 1
console.log(
  `wrote ${CATALOG_FILES.graph}: ${counts.delegated} delegated, ${counts.application} application (as of ${graph?.source.asOf})`
)
const unreviewed = catalog.classified.filter((p) => p.review)
if (unreviewed.length > 0)
  console.log(
    `${unreviewed.length} tiers come from the naming rules and await review, e.g. ` +
      unreviewed
        .slice(0, 5)
        .map((p) => `${p.name} (${p.type}: ${p.tier})`)
        .join(', ')
  )

const OPERATIONS_FILE = join('catalog', 'microsoft-graph-operations.json')
const operations = graphOperationsFromDump(values.data)
writeFileSync(OPERATIONS_FILE, serializeOperationsCatalog(operations))
console.log(
  `wrote ${OPERATIONS_FILE}: ${operations.operations.length} operations (as of ${operations.source.asOf})`
)
