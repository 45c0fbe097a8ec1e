import { parseArgs } from 'node:util'
import { loadBundledCatalog } from '../catalog/bundled.js'
import { exportCatalogCsv, exportCatalogJson } from '../catalog/export.js'
import {
  choice,
  EXIT_OK,
  FORMAT_OPTION,
  UsageError,
  type CliEnvironment
} from './cli-support.js'

/** `catalog export`: every catalog entry as JSON or CSV. */
export function catalogCommand(args: string[], env: CliEnvironment): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: FORMAT_OPTION
  })
  if (positionals.length !== 1 || positionals[0] !== 'export')
    throw new UsageError(
      'the catalog command has one subcommand: catalog export'
    )
  const format = choice(values.format, ['json', 'csv'], 'format', 'json')
  const catalog = loadBundledCatalog()
  env.stdout(
    format === 'csv' ? exportCatalogCsv(catalog) : exportCatalogJson(catalog)
  )
  return EXIT_OK
}
