import {
  describeBase,
  type AuditReport,
  type AuditedFinding
} from '../audit.js'
import { MICROSOFT_GRAPH_APP_ID } from '../model.js'
import { severityRank, type Severity } from '../findings.js'
import {
  adminCenterUrl,
  appChanges,
  type AppChanges,
  type PermissionRow
} from './app-changes.js'
import { escapeHtml } from './escape.js'
import type { ReportContext } from './json.js'

/**
 * GitHub refuses comments over 65,536 characters; the sticky comment's marker needs a
 * little of that room.
 */
export const MAX_CONSENT_SUMMARY_CHARS = 65_000

const SEVERITY_ICONS: Record<Severity, string> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️'
}

const CHANGE_LABELS: Record<PermissionRow['change'], string> = {
  added: '➕ added',
  removed: '➖ removed',
  unchanged: 'unchanged'
}

const KIND_LABELS = {
  required: 'asked by the app registration',
  granted: 'granted by the deployment',
  requested: 'requested in code'
} as const

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`

/** The permission, prefixed with its API's name unless that is Microsoft Graph. */
function permissionCell({ view }: PermissionRow): string {
  const name = code(view.permission.name ?? view.permission.id ?? '')
  return view.resourceAppId.toLowerCase() === MICROSOFT_GRAPH_APP_ID
    ? name
    : `${escapeHtml(view.resourceName ?? view.resourceAppId)}: ${name}`
}

function yesNo(value: boolean | null): string {
  return value === null ? '-' : value ? 'yes' : 'no'
}

/** A markdown table of rows; `limit` leaves the rest out with a count. */
function permissionTable(
  rows: readonly PermissionRow[],
  limit: number,
  compared: boolean
): string {
  const shown = rows.slice(0, limit)
  const lines = [
    '| Change | Permission | Type | Tier | Admin consent | How | Approval | Where |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...shown.map((row) =>
      [
        '',
        compared ? CHANGE_LABELS[row.change] : '-',
        permissionCell(row),
        row.view.permission.type,
        row.view.tier ?? '-',
        yesNo(row.view.adminConsentRequired),
        KIND_LABELS[row.view.kind],
        escapeHtml(row.approval),
        code(`${row.view.file}:${row.view.line}`),
        ''
      ]
        .join(' | ')
        .trim()
    )
  ]
  if (rows.length > shown.length)
    lines.push(
      '',
      `${rows.length - shown.length} more permissions are not shown here; the job summary and the JSON report list them all.`
    )
  return lines.join('\n')
}

/** How an admin grants what the app asks for, once the change is deployed. */
function grantHint(app: AppChanges): string {
  if (app.appId === undefined)
    return 'The files give no client id for this app: find it under App registrations in the Microsoft Entra admin center, then review its API permissions there.'
  return [
    `Review and grant in the Microsoft Entra admin center: [API permissions of ${escapeHtml(app.label)}](${adminCenterUrl(app.appId)}), or with the Azure CLI:`,
    '',
    '```sh',
    `az ad app permission admin-consent --id ${app.appId}`,
    '```'
  ].join('\n')
}

function appSection(app: AppChanges, limit: number, compared: boolean): string {
  const changed = app.rows.filter((row) => row.change !== 'unchanged')
  const unchanged = app.rows.filter((row) => row.change === 'unchanged')
  const id = app.appId === undefined ? '' : ` (${code(app.appId)})`
  const parts = [`### ${escapeHtml(app.label)}${id}`, '']
  const counts = `${app.added} added, ${app.removed} removed, ${unchanged.length} unchanged.`
  parts.push(counts, '')
  if (changed.length > 0)
    parts.push(permissionTable(changed, limit, compared), '')
  if (compared && unchanged.length > 0)
    parts.push(
      `<details><summary>${unchanged.length} unchanged permissions</summary>`,
      '',
      permissionTable(unchanged, limit, compared),
      '',
      '</details>',
      ''
    )
  if (app.added > 0 || !compared) parts.push(grantHint(app), '')
  return parts.join('\n')
}

function findingLine(finding: AuditedFinding): string {
  return `- ${SEVERITY_ICONS[finding.severity]} ${code(finding.ruleId)} ${code(`${finding.location.file}:${finding.location.line}`)}: ${escapeHtml(finding.message)}`
}

const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`

/** Findings, most severe first. */
function findingList(
  findings: readonly AuditedFinding[],
  limit: number
): string {
  const lines = [...findings]
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
    .slice(0, limit)
    .map(findingLine)
  if (findings.length > limit)
    lines.push(
      `- ${findings.length - limit} more are not shown; see the job summary or the SARIF and JSON reports.`
    )
  return lines.join('\n')
}

/** The verdict line an admin reads first. */
function headline(report: AuditReport): string {
  const { counts } = report
  const verdict =
    report.result === 'fail'
      ? report.warnOnly
        ? '⚠️ **Would fail** (warn-only)'
        : '❌ **Fails**'
      : '✅ **Passes**'
  const unapproved =
    counts.unapproved > 0
      ? ` ${counts.unapproved} ${counts.unapproved === 1 ? 'permission needs' : 'permissions need'} an approval.`
      : ''
  const change =
    report.base === undefined
      ? 'No base commit was compared: every declared permission is listed and judged.'
      : `This change adds ${counts.added} and removes ${plural(counts.removed, 'permission')}, compared with ${escapeHtml(describeBase(report.base))}.`
  return `${verdict}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}.${unapproved}\n\n${change}`
}

function render(
  report: AuditReport,
  context: ReportContext,
  limit: number
): string {
  const apps = appChanges(report, context.catalog)
  const compared = report.base !== undefined
  const changedApps = apps.filter(
    (app) => !compared || app.added + app.removed > 0
  )
  const quietApps = apps.length - changedApps.length
  const counted = report.findings.filter((finding) => finding.counted)
  const others = report.findings.filter((finding) => !finding.counted)
  const parts = [
    '## Graph consent summary',
    '',
    headline(report),
    '',
    ...report.warnings.map((warning) => `> ⚠️ ${escapeHtml(warning)}\n`),
    changedApps.length === 0
      ? 'No app permissions change.\n'
      : `What an admin is asked to consent to once this is merged and deployed, per app:\n`,
    ...changedApps.map((app) => appSection(app, limit, compared)),
    quietApps > 0
      ? `${quietApps} other apps keep their permissions as they are.\n`
      : '',
    `### Findings ${compared && report.scope === 'added' ? 'the change adds' : ''}`.trim(),
    '',
    counted.length === 0 ? 'None.' : findingList(counted, limit),
    ''
  ]
  if (others.length > 0)
    parts.push(
      `<details><summary>${others.length} findings the base already had (not counted)</summary>`,
      '',
      findingList(others, limit),
      '',
      '</details>',
      ''
    )
  parts.push(
    `<sub>graph-consent-audit ${escapeHtml(context.toolVersion)}; rules: [docs](https://github.com/graph-consent-audit/graph-consent-audit/blob/main/docs/rules/README.md)</sub>`,
    ''
  )
  return parts.join('\n')
}

/** Row limits tried in turn until the summary fits GitHub's comment size. */
const ROW_LIMITS = [Infinity, 200, 100, 50, 20, 5, 0]

/**
 * Renders the consent summary, the pull request comment an admin reviews: the verdict,
 * per app what the change adds and removes with type, tier, admin consent and approval,
 * where to grant it, and the findings the change adds. Repository text is escaped; the
 * text is cut to fit MAX_CONSENT_SUMMARY_CHARS, saying so.
 */
export function renderConsentSummary(
  report: AuditReport,
  context: ReportContext
): string {
  for (const limit of ROW_LIMITS) {
    const text = render(report, context, limit)
    if (text.length <= MAX_CONSENT_SUMMARY_CHARS) return text
  }
  const cut = render(report, context, 0)
  return `${cut.slice(0, MAX_CONSENT_SUMMARY_CHARS - 200)}\n\n… The summary was cut to fit a comment; the job summary has it all.\n`
}
