import { createHash } from 'node:crypto'
import { compareLocations, type Finding, type Severity } from '../findings.js'
import type { SourceLocation } from '../model.js'
import { ruleHelpUri, type Rule } from '../policy/rule.js'

/** A finding, and whether the change under review added it or found it already there. */
export interface SarifFinding extends Finding {
  change?: 'added' | 'unchanged'
}

/** What the SARIF log says besides the findings: the tool's version and every rule it has. */
export interface SarifContext {
  toolVersion: string
  /** The rule registry, in its documented order; result `ruleIndex` points into it. */
  rules: readonly Rule[]
}

/** The schema GitHub's own SARIF examples name. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The tool's name in `tool.driver.name`, and the prefix of every rule id. */
export const SARIF_TOOL_NAME = 'graph-consent-audit'

/**
 * The `partialFingerprints` key of our own fingerprint. Code scanning reads only
 * `primaryLocationLineHash`, which upload-sarif computes from the file; writing that key
 * ourselves would make upload-sarif warn about every result whose hash differs from its own.
 */
export const SARIF_FINGERPRINT_KEY = `${SARIF_TOOL_NAME}/v1`

const INFORMATION_URI =
  'https://github.com/graph-consent-audit/graph-consent-audit'

/** The base every artifact URI is relative to: the root of the scanned repository. */
const SOURCE_ROOT = '%SRCROOT%'

/** The id of a result's one related location, where a referenced value is written. */
const DEFINED_AT_ID = 1

type SarifLevel = 'error' | 'warning' | 'note'

/**
 * One table maps our severities onto SARIF: the result level, and the score code scanning
 * ranks security alerts by (over 9.0 critical, 7.0 high, 4.0 medium, below that low).
 * Errors are what fail the run, so they rank high; the tool cannot judge exploitability,
 * so nothing ranks critical.
 */
const SARIF_SEVERITY: Record<
  Severity,
  { level: SarifLevel; securitySeverity: string }
> = {
  error: { level: 'error', securitySeverity: '7.5' },
  warning: { level: 'warning', securitySeverity: '5.0' },
  notice: { level: 'note', securitySeverity: '2.0' }
}

interface SarifMessage {
  text: string
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string }
  region: { startLine: number; startColumn: number }
}

interface SarifLocation {
  id?: number
  message?: SarifMessage
  physicalLocation: SarifPhysicalLocation
}

/** A rule as SARIF describes it (a `reportingDescriptor`). */
export interface SarifReportingDescriptor {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  helpUri: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: SarifLevel }
  properties: {
    tags: string[]
    precision: 'very-high' | 'high' | 'medium' | 'low'
    'security-severity': string
  }
}

/** One finding as a SARIF `result`. */
export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: [SarifLocation]
  relatedLocations?: SarifLocation[]
  baselineState?: 'new' | 'unchanged'
  partialFingerprints: Record<string, string>
}

/** The log `renderSarif` writes: one run of the tool. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [
    {
      tool: {
        driver: {
          name: string
          version: string
          semanticVersion: string
          informationUri: string
          rules: SarifReportingDescriptor[]
        }
      }
      originalUriBaseIds: Record<string, { description: SarifMessage }>
      columnKind: 'utf16CodeUnits'
      results: SarifResult[]
    }
  ]
}

/**
 * The id of a rule in SARIF: prefixed with the tool's name, as zizmor does, so that code
 * scanning, which lists every tool's alerts together, cannot confuse ours with another
 * tool's rule of the same name.
 */
export function sarifRuleId(ruleId: string): string {
  return `${SARIF_TOOL_NAME}/${ruleId}`
}

/**
 * A repo-relative path as a relative URI reference. Each segment is percent-encoded, so
 * spaces, `%`, `#` and `?` stay part of the path, and a `:` cannot pass for a scheme;
 * upload-sarif rejects a log whose URIs are not valid references, and decodes them before
 * it reads the file. A finding without a file points at the repository root.
 */
export function toUriReference(file: string): string {
  if (file === '') return '.'
  return file.split('/').map(encodeURIComponent).join('/')
}

/** SARIF lines and columns start at 1; a reader's 0 (or worse) means "unknown". */
function position(value: number): number {
  return Number.isInteger(value) && value >= 1 ? value : 1
}

function physicalLocation({
  file,
  line,
  column
}: SourceLocation): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: toUriReference(file), uriBaseId: SOURCE_ROOT },
    region: { startLine: position(line), startColumn: position(column) }
  }
}

/** `privileged-permission` → `PrivilegedPermission`, the form SARIF suggests for `name`. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

function describeRule(rule: Rule): SarifReportingDescriptor {
  const helpUri = ruleHelpUri(rule.id)
  const { level, securitySeverity } = SARIF_SEVERITY[rule.severity]
  return {
    id: sarifRuleId(rule.id),
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: {
      text: `${rule.summary} Default severity: ${rule.severity}.`
    },
    helpUri,
    help: {
      text: `${rule.summary}\n\nWhat the rule detects, why it matters and how to fix it: ${helpUri}`,
      markdown: `**${rule.id}** (default severity: ${rule.severity})\n\n${rule.summary}\n\nSee [the documentation of \`${rule.id}\`](${helpUri}) for what it detects, why it matters and how to fix it.`
    },
    defaultConfiguration: { level },
    properties: {
      tags: ['security', 'permissions'],
      precision: 'high',
      'security-severity': securitySeverity
    }
  }
}

/**
 * The rules of the log: the registry in its order, so a rule keeps its index from run to
 * run, then any rule a finding names that the registry lacks, so every result still
 * points at a rule.
 */
function logRules(
  registry: readonly Rule[],
  findings: readonly Finding[]
): Rule[] {
  const known = new Set(registry.map((rule) => rule.id))
  const extra = new Map<string, Rule>()
  for (const { ruleId, severity } of findings) {
    if (!known.has(ruleId) && !extra.has(ruleId))
      extra.set(ruleId, {
        id: ruleId,
        severity,
        summary: `Findings of the ${ruleId} rule.`
      })
  }
  const unknown = [...extra.values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  )
  return [...registry, ...unknown]
}

/**
 * Messages may quote line numbers (`declared on line 12`, `policy.yml:4:3`); masking them
 * keeps a fingerprint from changing when only the lines move.
 */
const LINE_REFERENCES = /\bline \d+|:\d+:\d+\b/g

/**
 * Fingerprints every finding from its rule, file and message, never its line, so code
 * scanning recognises an alert after the lines above it change. Findings that share all
 * three (the same permission declared twice in one file) are told apart by their order in
 * the file.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const keys = findings.map(({ ruleId, location, message }) =>
    JSON.stringify([
      ruleId,
      location.file,
      message.replace(LINE_REFERENCES, (match) => match.replace(/\d+/g, '#'))
    ])
  )
  const occurrence = new Array<number>(findings.length).fill(0)
  const groups = new Map<string, number[]>()
  keys.forEach((key, i) => {
    const members = groups.get(key)
    if (members === undefined) groups.set(key, [i])
    else members.push(i)
  })
  for (const members of groups.values()) {
    members
      .sort((a, b) =>
        compareLocations(
          (findings[a] as Finding).location,
          (findings[b] as Finding).location
        )
      )
      .forEach((member, rank) => (occurrence[member] = rank))
  }
  return keys.map((key, i) =>
    createHash('sha256').update(`${key}\0${occurrence[i]}`).digest('hex')
  )
}

/** Backslash-escapes brackets, which a SARIF message with embedded links reserves. */
function escapeBrackets(text: string): string {
  return text.replace(/[[\]]/g, '\\$&')
}

function toResult(
  finding: SarifFinding,
  ruleIndex: number,
  fingerprint: string
): SarifResult {
  const { definedAt, change } = finding
  // Code scanning shows a related location only through a link in the message.
  const message =
    definedAt === undefined
      ? finding.message
      : `${escapeBrackets(finding.message)} The value is [written here](${DEFINED_AT_ID}).`
  return {
    ruleId: sarifRuleId(finding.ruleId),
    ruleIndex,
    level: SARIF_SEVERITY[finding.severity].level,
    message: { text: message },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    ...(definedAt !== undefined && {
      relatedLocations: [
        {
          id: DEFINED_AT_ID,
          message: { text: 'value written here' },
          physicalLocation: physicalLocation(definedAt)
        }
      ]
    }),
    ...(change !== undefined && {
      baselineState: change === 'added' ? 'new' : 'unchanged'
    }),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fingerprint }
  }
}

/**
 * Renders findings as a SARIF 2.1.0 log for code scanning: one run whose driver lists
 * every rule (with help text, its documentation page and a security severity), and one
 * result per finding, in the given order, with its location, where a referenced value is
 * written, whether the change added it (`baselineState`), and a fingerprint that survives
 * line moves. No findings still make a valid log, with the rules.
 *
 * @param findings The findings to report; `change` is set when a change was compared.
 * @param context The tool's version and the rule registry.
 * @returns The log as indented JSON with a trailing newline.
 */
export function renderSarif(
  findings: readonly SarifFinding[],
  context: SarifContext
): string {
  const rules = logRules(context.rules, findings)
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]))
  const hashes = fingerprints(findings)
  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL_NAME,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(describeRule)
          }
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            description: { text: 'The root of the scanned repository.' }
          }
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding, i) =>
          toResult(
            finding,
            indexOf.get(finding.ruleId) as number,
            hashes[i] as string
          )
        )
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
