import { parseArgs } from 'node:util'
import { loadBundledCatalog } from '../catalog/bundled.js'
import { staleCatalogWarning } from '../catalog/staleness.js'
import { TIER_THRESHOLDS, type TierThreshold } from '../catalog/tiers.js'
import { scan } from '../engine.js'
import { localFiles, PathError } from '../files.js'
import { FAIL_ON_VALUES, reachesThreshold, type FailOn } from '../findings.js'
import { DEFAULT_POLICY_OPTIONS } from '../policy/rule.js'
import { renderJson } from '../report/json.js'
import { renderText } from '../report/text.js'
import { TOOL_VERSION } from '../version.js'
import {
  choice,
  EXIT_FINDINGS,
  EXIT_OK,
  FORMAT_OPTION,
  UsageError,
  type CliEnvironment
} from './cli-support.js'

/** `scan [paths...]`: audit the declarations under the paths; exit 1 at the threshold. */
export async function scanCommand(
  args: string[],
  env: CliEnvironment
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...FORMAT_OPTION,
      'fail-on': { type: 'string' },
      'fail-on-tier': { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true }
    }
  })
  const format = choice(values.format, ['text', 'json'], 'format', 'text')
  const failOn = choice<FailOn>(
    values['fail-on'],
    FAIL_ON_VALUES,
    'fail-on',
    'error'
  )
  const tierThreshold = choice<TierThreshold>(
    values['fail-on-tier'],
    TIER_THRESHOLDS,
    'fail-on-tier',
    DEFAULT_POLICY_OPTIONS.tierThreshold
  )
  const catalog = loadBundledCatalog()
  const paths = positionals.length > 0 ? positionals : ['.']
  const scope = { include: values.include ?? [], exclude: values.exclude ?? [] }
  const result = await scan(paths, localFiles(env.cwd, scope), catalog, {
    tierThreshold
  }).catch((error: unknown) => {
    throw error instanceof PathError ? new UsageError(error.message) : error
  })
  const warnings = [staleCatalogWarning(catalog, env.now())].filter(
    (warning): warning is string => warning !== undefined
  )
  for (const warning of warnings)
    env.stderr(`graph-consent-audit: warning: ${warning}\n`)
  env.stdout(
    format === 'json'
      ? renderJson(result, { toolVersion: TOOL_VERSION, catalog, warnings })
      : renderText(result, env.colour)
  )
  const failing = result.findings.some((finding) =>
    reachesThreshold(finding.severity, failOn)
  )
  return failing ? EXIT_FINDINGS : EXIT_OK
}
