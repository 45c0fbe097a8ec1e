import { loadBundledCatalog } from '../catalog/bundled.js'
import { exportCatalogCsv, exportCatalogJson } from '../catalog/export.js'
import { EXIT_OK, UsageError } from './cli-support.js'
import {
  defineCommandSpec,
  defineCommand,
  formatOption
} from './command-spec.js'

/** The `catalog` command's operands and options. */
export const CATALOG_SPEC = defineCommandSpec({
  name: 'catalog',
  operands: 'export',
  summary: 'Print every catalog entry with its tier',
  options: [formatOption(['json', 'csv'], 'json')]
})

/** `catalog export`: every catalog entry as JSON or CSV. */
export const catalogCommand = defineCommand(
  CATALOG_SPEC,
  ({ values, positionals }, env) => {
    if (positionals.length !== 1 || positionals[0] !== 'export')
      throw new UsageError(
        'the catalog command has one subcommand: catalog export'
      )
    const catalog = loadBundledCatalog()
    env.stdout(
      values.format === 'csv'
        ? exportCatalogCsv(catalog)
        : exportCatalogJson(catalog)
    )
    return EXIT_OK
  }
)
