import * as core from '@actions/core'
import { CHANGE_SCOPES, type ChangeScope } from './audit.js'
import { TIER_THRESHOLDS, type TierThreshold } from './catalog/tiers.js'
import { ConfigError } from './errors.js'
import type { ScanScope } from './files.js'
import { FAIL_ON_VALUES, type FailOn } from './findings.js'

/** When the consent summary is written as a pull request comment. */
export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never'
export const COMMENT_MODES: readonly CommentMode[] = [
  'always',
  'on-change',
  'on-failure',
  'never'
]

/**
 * The action's settings, validated. Settings the policy file may also give are undefined
 * when the input is empty, so the file's value applies; defaults live in src/audit.ts's
 * callers and the README, not action.yml.
 */
export interface ActionConfig {
  /** Repo-relative files or folders to scan. */
  paths: string[]
  /** Globs limiting and excluding walked files. */
  scope: ScanScope
  failOn: FailOn
  failOnTier?: TierThreshold
  warnOnly?: boolean
  /** The policy file, and whether the user named it (then it must exist). */
  policy: { path: string; explicit: boolean }
  changeScope: ChangeScope
  approvers: string[]
  comment: CommentMode
  token: string
  /** Where to write the JSON report (repo-relative or absolute), if the user chose. */
  jsonFile?: string
  sarifFile?: string
}

const DEFAULT_PATHS = ['.']
const DEFAULT_POLICY_PATH = '.github/graph-consent-policy.yml'

/** Splits a list input on newlines and commas, trimming entries and dropping empty ones. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** An input that must be one of a fixed set, or undefined when empty. */
function oneOf<T extends string>(
  name: string,
  allowed: readonly T[]
): T | undefined {
  const value = core.getInput(name).trim()
  if (value === '') return undefined
  if (!(allowed as readonly string[]).includes(value))
    throw new ConfigError(
      `input "${name}" is "${value}"; expected one of ${allowed.join(', ')}`
    )
  return value as T
}

/** A boolean input in the spellings the runner uses, or undefined when empty. */
function optionalBoolean(name: string): boolean | undefined {
  const value = core.getInput(name).trim()
  if (value === '') return undefined
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  throw new ConfigError(`input "${name}" is "${value}"; expected true or false`)
}

function optionalPath(name: string): string | undefined {
  const value = core.getInput(name).trim()
  return value === '' ? undefined : value
}

/** Reads every input of the action; the only place that calls core.getInput. */
export function readActionConfig(): ActionConfig {
  const paths = parseList(core.getInput('paths'))
  const policyPath = optionalPath('policy')
  const failOnTier = oneOf('fail-on-tier', TIER_THRESHOLDS)
  const warnOnly = optionalBoolean('warn-only')
  const jsonFile = optionalPath('json-file')
  const sarifFile = optionalPath('sarif-file')
  const token = core.getInput('github-token').trim()
  if (token !== '') core.setSecret(token)
  return {
    paths: paths.length > 0 ? paths : DEFAULT_PATHS,
    scope: {
      include: parseList(core.getInput('include')),
      exclude: parseList(core.getInput('exclude'))
    },
    failOn: oneOf('fail-on', FAIL_ON_VALUES) ?? 'error',
    ...(failOnTier !== undefined && { failOnTier }),
    ...(warnOnly !== undefined && { warnOnly }),
    policy: {
      path: policyPath ?? DEFAULT_POLICY_PATH,
      explicit: policyPath !== undefined
    },
    changeScope: oneOf('scope', CHANGE_SCOPES) ?? 'added',
    approvers: parseList(core.getInput('approvers')),
    comment: oneOf('comment', COMMENT_MODES) ?? 'on-change',
    token,
    ...(jsonFile !== undefined && { jsonFile }),
    ...(sarifFile !== undefined && { sarifFile })
  }
}
