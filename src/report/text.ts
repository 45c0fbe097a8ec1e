import { writtenAt } from './locations.js'
import { CONTROL_CHARACTERS } from '../control-characters.js'
import { describeBase, type AuditReport } from '../audit.js'
import { resolvedPermission } from '../catalog/resolve.js'
import { formatLocation } from '../model.js'
import { countBySeverity, type Finding, type Severity } from '../findings.js'

/** ANSI colours per severity, used only when writing to a terminal. */
const SEVERITY_COLOURS: Record<Severity, string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  notice: '\u001b[36m'
}
const DIM = '\u001b[2m'
const BOLD = '\u001b[1m'
const RESET = '\u001b[0m'

/**
 * Removes control characters (terminal escape sequences among them) from repository text,
 * so a crafted file name or message cannot repaint the user's terminal.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * Renders findings for a terminal, grouped by file, each line `line:column severity rule
 * message`, and a closing count line.
 * @param colour Whether to use ANSI colours (only on a TTY).
 */
export function renderText(report: AuditReport, colour: boolean): string {
  const paint = (code: string, text: string): string =>
    colour ? `${code}${text}${RESET}` : text
  const shown = report.findings.filter((finding) => finding.counted)
  const byFile = new Map<string, Finding[]>()
  for (const finding of shown) {
    const list = byFile.get(finding.location.file) ?? []
    list.push(finding)
    byFile.set(finding.location.file, list)
  }
  const lines: string[] = []
  for (const [file, findings] of byFile) {
    lines.push(paint(BOLD, stripControlCharacters(file)))
    for (const { location, definedAt, severity, ruleId, message } of findings) {
      lines.push(
        `  ${paint(DIM, `${location.line}:${location.column}`.padEnd(8))}` +
          `${paint(SEVERITY_COLOURS[severity], severity.padEnd(8))}` +
          `${stripControlCharacters(message)} ${paint(DIM, ruleId)}`
      )
      if (definedAt !== undefined)
        lines.push(
          `${' '.repeat(18)}${paint(DIM, stripControlCharacters(writtenAt(definedAt)))}`
        )
    }
    lines.push('')
  }
  if (report.base !== undefined) lines.push(...changeLines(report, paint))
  const counts = countBySeverity(shown)
  lines.push(
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${plural(counts.notice, 'notice')} in ${plural(report.filesScanned, 'file')} ` +
      `(${plural(report.head.declarations.length, 'declaration')})`
  )
  return `${lines.join('\n')}\n`
}

/** What the change adds and removes, and what it leaves out of the list above. */
function changeLines(
  report: AuditReport,
  paint: (code: string, text: string) => string
): string[] {
  const { base, counts } = report
  if (base === undefined) return []
  const lines = [
    paint(BOLD, `Compared with ${stripControlCharacters(describeBase(base))}`)
  ]
  for (const { declaration, change } of report.declarations) {
    if (change === 'unchanged') continue
    const name = resolvedPermission(declaration)?.name ?? declaration.reference
    const app = declaration.app.name ?? declaration.app.appId ?? '-'
    lines.push(
      `  ${change === 'added' ? '+' : '-'} ${stripControlCharacters(`${app}: ${declaration.type} ${name}  ${formatLocation(declaration.location)}`)}`
    )
  }
  const unchanged =
    report.findings.length - report.findings.filter((f) => f.counted).length
  lines.push(
    `  ${counts.added} added, ${counts.removed} removed` +
      (unchanged > 0
        ? `; ${plural(unchanged, 'finding')} the base already had not shown (--scope all shows them)`
        : ''),
    ''
  )
  return lines
}
