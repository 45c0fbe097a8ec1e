import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { audit, type AuditReport, type AuditSettings } from './audit.js'
import { loadBundledCatalog } from './catalog/bundled.js'
import { staleCatalogWarning } from './catalog/staleness.js'
import { changeFromEvent } from './changes/event.js'
import { ConfigError } from './errors.js'
import { localFiles, PathError } from './files.js'
import { createGitHubClient, type GitHubClient } from './github/client.js'
import { remoteRepository } from './github/remote-repository.js'
import { approvingReviewers } from './github/reviews.js'
import {
  GitHubAccessError,
  upsertStickyComment
} from './github/sticky-comment.js'
import {
  readActionConfig,
  type ActionConfig,
  type CommentMode
} from './inputs.js'
import { loadPolicy } from './policy/load-policy.js'
import { planAnnotations, annotationsFor } from './report/annotations.js'
import { renderConsentSummary } from './report/consent-summary.js'
import { renderJson, type ReportContext } from './report/json.js'
import { writtenAt } from './report/locations.js'
import { renderSarif } from './report/sarif.js'
import { renderSummary } from './report/summary.js'
import { RULES } from './policy/rules/index.js'
import { TOOL_VERSION } from './version.js'

/** Writes one workflow annotation per chosen finding, and says how many did not fit. */
function annotate(report: AuditReport, context: ReportContext): void {
  const { shown, omitted } = planAnnotations(
    annotationsFor(report, context.catalog),
    {
      // The run's own warnings are written already; a failing check ends with one error.
      warning:
        context.warnings.length +
        report.warnings.length +
        (report.result === 'fail' && report.warnOnly ? 1 : 0),
      error: report.result === 'fail' && !report.warnOnly ? 1 : 0
    }
  )
  for (const { severity, ruleId, message, location, definedAt } of shown) {
    const where = definedAt === undefined ? '' : ` (${writtenAt(definedAt)})`
    core[severity](`${message}${where}`, {
      title: ruleId,
      file: location.file,
      startLine: location.line,
      startColumn: location.column
    })
  }
  if (omitted > 0)
    core.notice(
      `${omitted} more findings are not annotated (the runner shows 10 per severity); see the job summary or the SARIF report.`
    )
}

function setOutputs(
  report: AuditReport,
  jsonPath: string,
  sarifPath?: string
): void {
  const { counts } = report
  core.setOutput('result', report.result)
  core.setOutput('added-count', counts.added)
  core.setOutput('removed-count', counts.removed)
  core.setOutput('unapproved-count', counts.unapproved)
  core.setOutput('error-count', counts.error)
  core.setOutput('warning-count', counts.warning)
  core.setOutput('notice-count', counts.notice)
  core.setOutput('declaration-count', report.head.declarations.length)
  core.setOutput('files-scanned', report.filesScanned)
  core.setOutput('report-json', jsonPath)
  if (sarifPath !== undefined) core.setOutput('sarif-file', sarifPath)
}

/** Whether the comment is worth writing; when not, an existing one is still kept current. */
function wantsComment(mode: CommentMode, report: AuditReport): boolean {
  switch (mode) {
    case 'always':
      return true
    case 'on-change':
      return report.counts.added + report.counts.removed > 0
    case 'on-failure':
      return report.result === 'fail'
    case 'never':
      return false
  }
}

/** Writes or updates the sticky consent summary; a token that may not is a warning. */
async function comment(
  {
    client,
    owner,
    repo
  }: { client: GitHubClient; owner: string; repo: string },
  config: ActionConfig,
  report: AuditReport,
  context: ReportContext
): Promise<void> {
  const pullNumber = changeFromEvent(
    github.context.eventName,
    github.context.payload
  )?.pullNumber
  if (pullNumber === undefined || config.comment === 'never') return
  try {
    const written = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: pullNumber,
      key: 'default',
      body: renderConsentSummary(report, context),
      run: {
        id: github.context.runId,
        attempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? 1)
      },
      createIfMissing: wantsComment(config.comment, report)
    })
    if (written.action !== 'none')
      core.info(`Consent summary ${written.action}: ${written.url}`)
  } catch (error) {
    if (!(error instanceof GitHubAccessError)) throw error
    core.warning(
      `Could not write the consent summary comment: ${error.message}`
    )
  }
}

/** Writes a report file, creating its folder; returns its absolute path. */
async function writeReport(
  workspace: string,
  path: string,
  text: string
): Promise<string> {
  const absolute = resolve(workspace, path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, text)
  return absolute
}

/** The action: read inputs, audit the workspace and the change, report, and gate. */
export async function run(): Promise<void> {
  let report: AuditReport | undefined
  let context: ReportContext | undefined
  try {
    const config = readActionConfig()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const catalog = loadBundledCatalog()
    const warnings = [staleCatalogWarning(catalog, new Date())].filter(
      (warning): warning is string => warning !== undefined
    )
    for (const warning of warnings) core.warning(warning)
    context = { toolVersion: TOOL_VERSION, catalog, warnings }
    const policy = await loadPolicy(workspace, config.policy, catalog)
    const { eventName, payload } = github.context
    const change = changeFromEvent(eventName, payload)
    const client =
      config.token === ''
        ? undefined
        : createGitHubClient({
            token: config.token,
            baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
            log: { warning: core.warning, debug: core.debug }
          })
    // The repository is known on a runner; a local run of the bundle may lack it.
    const where = process.env.GITHUB_REPOSITORY?.includes('/')
      ? github.context.repo
      : undefined
    const gitHub = client && where && { client, ...where }
    const settings: AuditSettings = {
      paths: config.paths,
      failOn: config.failOn,
      tierThreshold: config.failOnTier ?? policy.failOnTier ?? 'high',
      policy,
      scope: config.changeScope,
      warnOnly: config.warnOnly ?? policy.warnOnly ?? false,
      now: new Date(),
      ...(change && { change }),
      approvers: config.approvers
    }
    report = await audit(
      settings,
      {
        root: workspace,
        files: localFiles(workspace, config.scope),
        ...(gitHub && {
          remote: remoteRepository(gitHub.client, gitHub.owner, gitHub.repo)
        }),
        ...(gitHub && {
          reviews: async (pullNumber: number, headSha: string) =>
            approvingReviewers(gitHub.client, {
              owner: gitHub.owner,
              repo: gitHub.repo,
              pullNumber,
              headSha,
              approvers: config.approvers
            })
        }),
        debug: core.debug
      },
      catalog
    )
    for (const warning of report.warnings) core.warning(warning)
    annotate(report, context)
    const jsonPath = await writeReport(
      workspace,
      config.jsonFile ??
        join(
          process.env.RUNNER_TEMP ?? tmpdir(),
          'graph-consent-audit-report.json'
        ),
      renderJson(report, context)
    )
    const sarifPath =
      config.sarifFile === undefined
        ? undefined
        : await writeReport(
            workspace,
            config.sarifFile,
            renderSarif(report.findings, {
              toolVersion: TOOL_VERSION,
              rules: RULES
            })
          )
    setOutputs(report, jsonPath, sarifPath)
    if (gitHub) await comment(gitHub, config, report, context)
    if (report.result === 'fail') {
      const message = `${report.counts.error} errors, ${report.counts.warning} warnings counted at the "${config.failOn}" threshold${report.counts.unapproved > 0 ? `; ${report.counts.unapproved} unapproved permissions` : ''}.`
      if (report.warnOnly)
        core.warning(`warn-only: the check would fail: ${message}`)
      else core.setFailed(message)
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PathError) {
      core.setFailed(error.message)
    } else {
      core.debug((error as Error).stack ?? String(error))
      core.setFailed(`graph-consent-audit failed: ${(error as Error).message}`)
    }
  } finally {
    if (report !== undefined && context !== undefined) {
      try {
        await core.summary.addRaw(renderSummary(report, context)).write()
      } catch (error) {
        core.warning(
          `Could not write the job summary: ${(error as Error).message}`
        )
      }
    }
  }
}
