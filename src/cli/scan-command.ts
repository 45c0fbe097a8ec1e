import { loadBundledCatalog } from '../catalog/bundled.js'
import { staleCatalogWarning } from '../catalog/staleness.js'
import { TIER_THRESHOLDS } from '../catalog/tiers.js'
import { audit, CHANGE_SCOPES } from '../audit.js'
import type { ChangeRequest } from '../changes/event.js'
import { Git } from '../changes/git.js'
import { ConfigError } from '../errors.js'
import { filesForPaths, PathError } from '../files.js'
import { FAIL_ON_VALUES } from '../findings.js'
import { loadPolicy } from '../policy/load-policy.js'
import { DEFAULT_POLICY_PATH } from '../policy/policy-file.js'
import { RULES } from '../policy/rules/index.js'
import { renderConsentSummary } from '../report/consent-summary.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { TOOL_VERSION } from '../version.js'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  type CliEnvironment
} from './cli-support.js'
import {
  defineCommandSpec,
  defineCommand,
  formatOption,
  type ParsedCommand
} from './command-spec.js'

/** The `scan` command's operands and options: add an option here, then read its value. */
export const SCAN_SPEC = defineCommandSpec({
  name: 'scan',
  operands: '[paths...]',
  summary: 'Audit permission declarations (default path: .)',
  options: [
    formatOption(['text', 'json', 'markdown', 'sarif'], 'text'),
    {
      name: 'fail-on',
      type: 'string',
      choices: FAIL_ON_VALUES,
      description: 'Lowest severity that makes the exit code 1',
      default: 'error'
    },
    {
      name: 'fail-on-tier',
      type: 'string',
      choices: TIER_THRESHOLDS,
      description:
        "Lowest privilege tier of a declared permission that needs an approval (default: the policy's, else high)"
    },
    {
      name: 'policy',
      type: 'string',
      value: '<file>',
      description: `Policy file: approvals, deny list, tiers (default: ${DEFAULT_POLICY_PATH} if present)`
    },
    {
      name: 'base',
      type: 'string',
      value: '<git-ref>',
      description:
        'Compare with this commit: list what the working tree adds and removes'
    },
    {
      name: 'scope',
      type: 'string',
      choices: CHANGE_SCOPES,
      description:
        'With --base, which findings decide the exit code: those the change adds, or all',
      default: 'added'
    },
    {
      name: 'warn-only',
      type: 'boolean',
      description: 'Report, but exit 0 whatever is found'
    },
    {
      name: 'include',
      type: 'string',
      multiple: true,
      value: '<glob>',
      description: 'Read only walked files matching a glob'
    },
    {
      name: 'exclude',
      type: 'string',
      multiple: true,
      value: '<glob>',
      description:
        'Skip walked files and folders matching a glob; .gitignore is always honoured'
    }
  ]
})

async function runScan(
  { values, positionals }: ParsedCommand<typeof SCAN_SPEC>,
  env: CliEnvironment
): Promise<number> {
  const catalog = loadBundledCatalog()
  const scope = { include: values.include, exclude: values.exclude }
  const { files, paths } = await filesForPaths(
    env.cwd,
    positionals.length > 0 ? positionals : ['.'],
    scope
  ).catch((error: unknown) => {
    throw error instanceof PathError ? new UsageError(error.message) : error
  })
  const policy = await loadPolicy(
    env.cwd,
    {
      path: values.policy ?? DEFAULT_POLICY_PATH,
      explicit: values.policy !== undefined
    },
    catalog
  ).catch((error: unknown) => {
    throw error instanceof ConfigError ? new UsageError(error.message) : error
  })
  const change =
    values.base === undefined
      ? undefined
      : await baseCommit(env.cwd, values.base)
  const report = await audit(
    {
      paths,
      failOn: values['fail-on'],
      tierThreshold: values['fail-on-tier'] ?? policy.failOnTier ?? 'high',
      policy,
      scope: values.scope,
      warnOnly: values['warn-only'] ?? policy.warnOnly ?? false,
      now: env.now(),
      ...(change && { change }),
      approvers: []
    },
    { root: env.cwd, files, debug: () => undefined },
    catalog
  )
  const warnings = [staleCatalogWarning(catalog, env.now())].filter(
    (warning): warning is string => warning !== undefined
  )
  for (const warning of [...warnings, ...report.warnings])
    env.stderr(`graph-consent-audit: warning: ${warning}\n`)
  const context = { toolVersion: TOOL_VERSION, catalog, warnings }
  env.stdout(
    values.format === 'json'
      ? renderJson(report, context)
      : values.format === 'markdown'
        ? renderConsentSummary(report, context)
        : values.format === 'sarif'
          ? renderSarif(report.findings, {
              toolVersion: TOOL_VERSION,
              rules: RULES
            })
          : renderText(report, env.colour)
  )
  return report.result === 'fail' && !report.warnOnly ? EXIT_FINDINGS : EXIT_OK
}

/** The commit `--base` names, as a change to compare with. */
async function baseCommit(cwd: string, ref: string): Promise<ChangeRequest> {
  const sha = await new Git(cwd).commit(ref)
  if (sha === undefined)
    throw new UsageError(
      `--base: "${ref}" is not a commit of the git repository at ${cwd}`
    )
  return { baseSha: sha, origin: `--base ${ref}` }
}

/** `scan [paths...]`: audit the declarations under the paths; exit 1 at the threshold. */
export const scanCommand = defineCommand(SCAN_SPEC, runScan)
