import { parseArgs } from 'node:util'
import { loadBundledCatalog } from '../catalog/bundled.js'
import { explainPermission, type Explanation } from '../catalog/explain.js'
import { exportCatalogCsv, exportCatalogJson } from '../catalog/export.js'
import { scan } from '../engine.js'
import { localFiles, PathNotFoundError } from '../files.js'
import { FAIL_ON_VALUES, reachesThreshold, type FailOn } from '../findings.js'
import { describeType } from '../policy/describe.js'
import { renderJson } from '../report/json.js'
import { renderText } from '../report/text.js'
import { TOOL_VERSION } from '../version.js'

/** Exit codes: nothing at the threshold, findings at the threshold, a usage error, a bug. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2
export const EXIT_INTERNAL_ERROR = 3

/** Where the command line writes, and what it knows of its surroundings. */
export interface CliEnvironment {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** True when stdout is a terminal (and colours are welcome). */
  colour: boolean
}

/** A mistake in how the tool was called: reported in one line, exit code 2. */
class UsageError extends Error {}

export const USAGE = `Usage: graph-consent-audit <command> [options]

Commands:
  scan [paths...]                 Audit permission declarations (default path: .)
      --format text|json          Output format (default: text)
      --fail-on error|warning|notice|none
                                  Lowest severity that makes the exit code 1 (default: error)
  explain <name-or-guid>          Show a Microsoft Graph permission's facts per type
      --format text|json
  catalog export                  Print every catalog entry
      --format json|csv           (default: json)

Options:
  -h, --help                      Show this help
  -v, --version                   Show the version
`

function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `invalid value for --${option}: "${value}" (expected ${allowed.join(', ')})`
  )
}

const FORMAT_OPTION = { format: { type: 'string' as const } }

async function scanCommand(
  args: string[],
  env: CliEnvironment
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...FORMAT_OPTION, 'fail-on': { type: 'string' } }
  })
  const format = choice(values.format, ['text', 'json'], 'format', 'text')
  const failOn = choice<FailOn>(
    values['fail-on'],
    FAIL_ON_VALUES,
    'fail-on',
    'error'
  )
  const catalog = loadBundledCatalog()
  const paths = positionals.length > 0 ? positionals : ['.']
  const result = await scan(paths, localFiles(env.cwd), catalog).catch(
    (error: unknown) => {
      throw error instanceof PathNotFoundError
        ? new UsageError(error.message)
        : error
    }
  )
  const catalogAsOf = catalog.resources()[0]?.source.asOf ?? 'unknown'
  env.stdout(
    format === 'json'
      ? renderJson(result, { toolVersion: TOOL_VERSION, catalogAsOf })
      : renderText(result, env.colour)
  )
  const failing = result.findings.some((finding) =>
    reachesThreshold(finding.severity, failOn)
  )
  return failing ? EXIT_FINDINGS : EXIT_OK
}

function renderExplanation({
  name,
  resourceAppId,
  variants
}: Explanation): string {
  const lines = [`${name}  (resource ${resourceAppId})`]
  for (const variant of variants) {
    lines.push(
      '',
      `  ${describeType(variant.type)}`,
      `    id              ${variant.id}`,
      `    admin consent   ${variant.adminConsentRequired ? 'required' : 'not required'}`,
      `    enabled         ${variant.enabled ? 'yes' : 'no'}`
    )
  }
  return `${lines.join('\n')}\n`
}

function explainCommand(args: string[], env: CliEnvironment): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: FORMAT_OPTION
  })
  const format = choice(values.format, ['text', 'json'], 'format', 'text')
  const [query, ...extra] = positionals
  if (query === undefined || extra.length > 0)
    throw new UsageError('explain takes exactly one permission name or GUID')
  const outcome = explainPermission(loadBundledCatalog(), query)
  if (!outcome.found) {
    const hint =
      outcome.suggestions.length > 0
        ? ` Did you mean: ${outcome.suggestions.join(', ')}?`
        : ''
    env.stderr(
      `graph-consent-audit: no Microsoft Graph permission "${query}".${hint}\n`
    )
    return EXIT_FINDINGS
  }
  env.stdout(
    format === 'json'
      ? `${JSON.stringify(outcome.explanation, null, 2)}\n`
      : renderExplanation(outcome.explanation)
  )
  return EXIT_OK
}

function catalogCommand(args: string[], env: CliEnvironment): number {
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

/**
 * Runs the command line. Never throws for a user mistake: it prints one line and returns 2.
 * @param argv The arguments after the program name.
 * @returns The process exit code.
 */
export async function runCli(
  argv: string[],
  env: CliEnvironment
): Promise<number> {
  const [command, ...args] = argv
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(args, env)
      case 'explain':
        return explainCommand(args, env)
      case 'catalog':
        return catalogCommand(args, env)
      case '-h':
      case '--help':
      case 'help':
        env.stdout(USAGE)
        return EXIT_OK
      case '-v':
      case '--version':
        env.stdout(`${TOOL_VERSION}\n`)
        return EXIT_OK
      case undefined:
        env.stderr(USAGE)
        return EXIT_USAGE
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`)
    }
  } catch (error) {
    const isArgumentError =
      error instanceof UsageError ||
      (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') ===
        true
    if (!isArgumentError) throw error
    env.stderr(`graph-consent-audit: ${(error as Error).message}\n`)
    return EXIT_USAGE
  }
}
