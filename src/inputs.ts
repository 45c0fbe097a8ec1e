import * as core from '@actions/core'
import { TIER_THRESHOLDS, type TierThreshold } from './catalog/tiers.js'
import type { ScanScope } from './files.js'
import { FAIL_ON_VALUES, type FailOn } from './findings.js'
import { DEFAULT_POLICY_OPTIONS } from './policy/rule.js'
import { ConfigError } from './errors.js'

/** The action's settings, validated. Defaults live here and in the README, not action.yml. */
export interface ActionConfig {
  /** Repo-relative files or folders to scan. */
  paths: string[]
  /** Globs limiting and excluding walked files. */
  scope: ScanScope
  failOn: FailOn
  /** Declared permissions at or above this tier are errors. */
  failOnTier: TierThreshold
  /** Where to write the JSON report, if anywhere (repo-relative or absolute). */
  jsonFile?: string
}

const DEFAULT_PATHS = ['.']
const DEFAULT_FAIL_ON: FailOn = 'error'

/** Splits a list input on newlines and commas, trimming entries and dropping empty ones. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** Reads every input of the action; the only place that calls core.getInput. */
export function readActionConfig(): ActionConfig {
  const paths = parseList(core.getInput('paths'))
  const failOn = core.getInput('fail-on').trim() || DEFAULT_FAIL_ON
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn))
    throw new ConfigError(
      `input "fail-on" is "${failOn}"; expected one of ${FAIL_ON_VALUES.join(', ')}`
    )
  const failOnTier =
    core.getInput('fail-on-tier').trim() || DEFAULT_POLICY_OPTIONS.tierThreshold
  if (!(TIER_THRESHOLDS as readonly string[]).includes(failOnTier))
    throw new ConfigError(
      `input "fail-on-tier" is "${failOnTier}"; expected one of ${TIER_THRESHOLDS.join(', ')}`
    )
  const jsonFile = core.getInput('json-file').trim()
  return {
    paths: paths.length > 0 ? paths : DEFAULT_PATHS,
    scope: {
      include: parseList(core.getInput('include')),
      exclude: parseList(core.getInput('exclude'))
    },
    failOn: failOn as FailOn,
    failOnTier: failOnTier as TierThreshold,
    ...(jsonFile !== '' && { jsonFile })
  }
}
