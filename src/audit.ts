import { posix } from 'node:path'
import type { Catalog } from './catalog/catalog.js'
import type { ResolvedDeclaration } from './catalog/resolve.js'
import type { TierThreshold } from './catalog/tiers.js'
import {
  BaseUnavailableError,
  openBase,
  shortSha,
  type RemoteRepository
} from './changes/base.js'
import {
  compareWithBase,
  declarationKey,
  type Change,
  type Comparison
} from './changes/compare.js'
import type { ChangeRequest } from './changes/event.js'
import {
  evaluateReadings,
  readRepository,
  type ScanResult,
  type UnitReading
} from './engine.js'
import type { LocalFileAccess } from './files.js'
import {
  countBySeverity,
  reachesThreshold,
  type FailOn,
  type Finding
} from './findings.js'
import {
  approvalStatus,
  type ApprovalStatus
} from './policy/approval-status.js'
import type { Policy } from './policy/policy-file.js'
import type { PolicyOptions } from './policy/rule.js'

/** Which findings decide the result: those the change adds, or every one. */
export type ChangeScope = 'added' | 'all'
export const CHANGE_SCOPES: readonly ChangeScope[] = ['added', 'all']

/** What to audit and how to judge it. */
export interface AuditSettings {
  /** Files or folders to scan, relative to the root. */
  paths: readonly string[]
  failOn: FailOn
  /** The tier threshold for apps the policy sets none for. */
  tierThreshold: TierThreshold
  policy: Policy
  scope: ChangeScope
  /** Never fail, only report. */
  warnOnly: boolean
  now: Date
  /** The commits to compare, when the run is about a change. */
  change?: ChangeRequest
  /** Logins and `org/team` slugs whose approving review approves what a pull request adds. */
  approvers: readonly string[]
}

/** The approving reviews of a pull request, asked of GitHub by the shell. */
export type ReviewLookup = (
  pullNumber: number,
  headSha: string
) => Promise<{
  approvedBy: { login: string; as: string }[]
  problems: string[]
}>

/** What the audit reads from and talks to, passed in by the shell. */
export interface AuditEdges {
  /** The scan's root in the working tree. */
  root: string
  /** The working tree's files, with its listing rules. */
  files: LocalFileAccess
  /** The repository through the GitHub API, for a base git cannot reach. */
  remote?: RemoteRepository
  /** Reviews of the pull request, when approvers are configured. */
  reviews?: ReviewLookup
  debug: (message: string) => void
}

/** One declared permission with what the change did to it and what the policy says. */
export interface DeclarationVerdict {
  declaration: ResolvedDeclaration
  change: Change
  /** The policy's judgement; undefined for a removed declaration. */
  status?: ApprovalStatus
}

/** A finding, and whether it decides the result. */
export interface AuditedFinding extends Finding {
  /** Whether the base already had it; `added` when nothing was compared. */
  change: 'added' | 'unchanged'
  /** Decides the result: added by the change, or every finding with `scope: all`. */
  counted: boolean
}

/** The base the change was compared with. */
export interface BaseReport {
  sha: string
  origin: string
  via: 'git' | 'git-fetch' | 'github-api'
  /** Files that differ between base and head. */
  changedFiles: number
  /** Units (files or module folders) read again at the base. */
  unitsReread: number
}

/** Everything an audit found, for every reporter. */
export interface AuditReport {
  /** Head declarations, then the base's removed ones. */
  declarations: DeclarationVerdict[]
  findings: AuditedFinding[]
  filesScanned: number
  base?: BaseReport
  scope: ChangeScope
  warnOnly: boolean
  failOn: FailOn
  result: 'pass' | 'fail'
  counts: {
    added: number
    removed: number
    unapproved: number
    error: number
    warning: number
    notice: number
  }
  /** The approving reviewers, when reviews were asked. */
  reviewers?: { login: string; as: string }[]
  /** Run-level problems: a base that could not be read, reviews that could not be checked. */
  warnings: string[]
  /** The head scan, for reports that list everything. */
  head: ScanResult
}

/**
 * Audits the working tree: scans it, compares it with the change's base when there is one
 * (reading only what the change touches at the base), asks for approving reviews, and
 * judges the findings. The action and the command line are shells over this.
 */
export async function audit(
  settings: AuditSettings,
  edges: AuditEdges,
  catalog: Catalog
): Promise<AuditReport> {
  const warnings: string[] = []
  const options: PolicyOptions = {
    tierThreshold: settings.tierThreshold,
    policy: settings.policy,
    now: settings.now
  }
  const headReadings = await readRepository(
    settings.paths,
    edges.files,
    catalog
  )
  const compared =
    settings.change === undefined
      ? undefined
      : await compare(
          settings,
          settings.change,
          headReadings,
          edges,
          catalog,
          options,
          warnings
        )
  const reviewers = await askReviews(settings, edges, warnings)
  const comparison = compared?.comparison
  const headSha = settings.change?.headSha
  const headOptions: PolicyOptions = {
    ...options,
    ...(reviewers !== undefined &&
      headSha !== undefined &&
      comparison !== undefined && {
        review: {
          approvedBy: reviewers.map((reviewer) => reviewer.login),
          commit: headSha,
          appliesTo: (declaration) =>
            comparison.changeOf(declaration) === 'added'
        }
      })
  }
  const head = evaluateReadings(headReadings, catalog, headOptions)
  return judge(
    settings,
    head,
    compared,
    reviewers,
    warnings,
    catalog,
    headOptions
  )
}

/**
 * Compares the head with the change's base; a base that cannot be read becomes a warning,
 * and every declaration is then judged.
 */
async function compare(
  settings: AuditSettings,
  change: ChangeRequest,
  headReadings: readonly UnitReading[],
  edges: AuditEdges,
  catalog: Catalog,
  options: PolicyOptions,
  warnings: string[]
): Promise<{ comparison: Comparison; base: BaseReport } | undefined> {
  let side
  try {
    side = await openBase(change, {
      root: edges.root,
      filter: edges.files,
      ...(edges.remote && { remote: edges.remote }),
      debug: edges.debug
    })
  } catch (error) {
    if (!(error instanceof BaseUnavailableError)) throw error
    warnings.push(
      `${error.message}. Every declaration is judged as if the change added it.`
    )
    return undefined
  }
  const policyEdit = policyEditWarning(settings.policy, side.changed)
  if (policyEdit !== undefined) warnings.push(policyEdit)
  try {
    const comparison = await compareWithBase(
      headReadings,
      settings.paths,
      side.changed,
      side.files,
      catalog,
      options
    )
    return {
      comparison,
      base: {
        sha: side.sha,
        origin: side.origin,
        via: side.via,
        changedFiles: side.changed.size,
        unitsReread: comparison.unitsReread
      }
    }
  } finally {
    side.close()
  }
}

/** Asks GitHub for approving reviews when approvers are set and the run is a pull request. */
async function askReviews(
  settings: AuditSettings,
  edges: AuditEdges,
  warnings: string[]
): Promise<{ login: string; as: string }[] | undefined> {
  const { change, approvers } = settings
  if (approvers.length === 0 || edges.reviews === undefined) return undefined
  if (change?.pullNumber === undefined || change.headSha === undefined)
    return undefined
  const { approvedBy, problems } = await edges.reviews(
    change.pullNumber,
    change.headSha
  )
  warnings.push(...problems)
  return approvedBy
}

function judge(
  settings: AuditSettings,
  head: ScanResult,
  compared: { comparison: Comparison; base: BaseReport } | undefined,
  reviewers: { login: string; as: string }[] | undefined,
  warnings: string[],
  catalog: Catalog,
  options: PolicyOptions
): AuditReport {
  const comparison = compared?.comparison
  const findings = head.findings.map((finding): AuditedFinding => {
    const change = comparison?.findingChange(finding) ?? 'added'
    return {
      ...finding,
      change,
      counted: settings.scope === 'all' || change === 'added'
    }
  })
  const declarations: DeclarationVerdict[] = [
    ...head.declarations.map((declaration) => ({
      declaration,
      change: comparison?.changeOf(declaration) ?? ('added' as const),
      status: approvalStatus(declaration, catalog, options)
    })),
    ...(comparison?.removedFrom(head.declarations) ?? []).map(
      (declaration) => ({
        declaration,
        change: 'removed' as const
      })
    )
  ]
  const counted = findings.filter((finding) => finding.counted)
  const failing = counted.some((finding) =>
    reachesThreshold(finding.severity, settings.failOn)
  )
  const severities = countBySeverity(counted)
  return {
    declarations,
    findings,
    filesScanned: head.filesScanned,
    ...(compared && { base: compared.base }),
    scope: settings.scope,
    warnOnly: settings.warnOnly,
    failOn: settings.failOn,
    result: failing ? 'fail' : 'pass',
    counts: {
      // Without a base nothing is added or removed, only judged.
      added: compared === undefined ? 0 : uniqueKeys(declarations, 'added'),
      removed: uniqueKeys(declarations, 'removed'),
      unapproved: counted.filter(
        (finding) =>
          finding.severity === 'error' &&
          (finding.ruleId === 'privileged-permission' ||
            finding.ruleId === 'approval-expired')
      ).length,
      ...severities
    },
    ...(reviewers && { reviewers }),
    warnings,
    head
  }
}

/** How many distinct permissions (by app, API, type, name and kind) had this change. */
function uniqueKeys(
  verdicts: readonly DeclarationVerdict[],
  change: Change
): number {
  return new Set(
    verdicts
      .filter((verdict) => verdict.change === change)
      .map((verdict) => declarationKey(verdict.declaration))
  ).size
}

/**
 * A change that edits the policy file can approve its own additions: the audit reads the
 * policy as the change leaves it (the base's may not exist yet), so say so.
 */
function policyEditWarning(
  policy: Policy,
  changed: ReadonlySet<string>
): string | undefined {
  if (policy.path === undefined) return undefined
  const path = posix.normalize(policy.path.replaceAll('\\', '/'))
  if (!changed.has(path)) return undefined
  return `This change edits the policy file ${path}, and the audit uses the policy as the change leaves it: an approval added here is only as good as the review of this file. Require the security team's review of it (CODEOWNERS with branch protection).`
}

/** Says which base a report compares with, in a few words. */
export function describeBase(base: BaseReport): string {
  const via = {
    git: 'read from the clone',
    'git-fetch': 'fetched with git fetch --depth=1',
    'github-api': 'read through the GitHub API'
  }[base.via]
  return `${shortSha(base.sha)} (${base.origin}; ${via}; ${base.changedFiles} changed files, ${base.unitsReread} files or modules read again)`
}
