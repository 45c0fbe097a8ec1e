import { reportOf } from './helpers/audit-report.js'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import type { AuditReport } from '../src/audit.js'
import type { Finding, Severity } from '../src/findings.js'
import {
  MAX_ANNOTATIONS_PER_SEVERITY,
  planAnnotations
} from '../src/report/annotations.js'
import { escapeHtml } from '../src/report/escape.js'
import { MAX_SUMMARY_ROWS, renderSummary } from '../src/report/summary.js'
import { renderText } from '../src/report/text.js'

const finding = (
  severity: Severity,
  line: number,
  overrides: Partial<Finding> = {}
): Finding => ({
  ruleId: 'unknown-permission',
  severity,
  message: `finding on line ${line}`,
  location: { file: 'a.json', line, column: 1 },
  ...overrides
})

const result = (findings: Finding[]): AuditReport => reportOf(findings)
const context = {
  toolVersion: '0.1.0',
  catalog: loadBundledCatalog(),
  warnings: []
}

describe('annotation plan', () => {
  it('shows everything when it fits', () => {
    const findings = [finding('notice', 1), finding('error', 2)]
    expect(planAnnotations(findings)).toEqual({
      shown: [findings[1], findings[0]],
      omitted: 0
    })
  })

  it('keeps the most severe first, ten per severity, and a slot for the overflow notice', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding('error', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding('notice', i + 100))
    ]
    const { shown, omitted } = planAnnotations(findings)
    const count = (severity: Severity): number =>
      shown.filter((f) => f.severity === severity).length
    expect(count('error')).toBe(MAX_ANNOTATIONS_PER_SEVERITY)
    expect(count('notice')).toBe(MAX_ANNOTATIONS_PER_SEVERITY - 1)
    expect(omitted).toBe(5 + 3)
    expect(shown[0]?.location.line).toBe(1)
  })

  it('leaves the slots the step needs for its own messages', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => finding('error', i + 1)),
      ...Array.from({ length: 10 }, (_, i) => finding('warning', i + 20))
    ]
    const { shown, omitted } = planAnnotations(findings, {
      error: 1,
      warning: 2
    })
    const count = (severity: Severity): number =>
      shown.filter((f) => f.severity === severity).length
    expect(count('error')).toBe(MAX_ANNOTATIONS_PER_SEVERITY - 1)
    expect(count('warning')).toBe(MAX_ANNOTATIONS_PER_SEVERITY - 2)
    // The notice that says what was left out has its slot too.
    expect(count('notice')).toBe(0)
    expect(omitted).toBe(3)
  })
})

describe('job summary', () => {
  it('escapes repository text and caps the findings table', () => {
    const many = Array.from({ length: MAX_SUMMARY_ROWS + 3 }, (_, i) =>
      finding('warning', i + 1, {
        message: '<script>alert(1)</script> | **x**'
      })
    )
    const html = renderSummary(result(many), context)
    expect(html).not.toContain('<script>')
    expect(html).toContain(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#124; &#42;&#42;x&#42;&#42;'
    )
    expect(html).toContain(
      '<p>3 more rows are not shown; the JSON report (json-file input) has them all.</p>'
    )
    expect(html.match(/<tr>/g)).toHaveLength(MAX_SUMMARY_ROWS + 1)
  })

  it('says so when nothing was declared', () => {
    expect(renderSummary(result([]), context)).toContain(
      '<p>No permission declarations were found.</p>'
    )
  })
})

describe('text report', () => {
  it('colours severities only when asked, and strips terminal escapes from repository text', () => {
    const hostile = finding('error', 3, {
      location: { file: 'evil\u001b[2J.json', line: 3, column: 1 },
      message: 'bad\u001b]0;title\u0007'
    })
    const plain = renderText(result([hostile]), false)
    expect(plain).toBe(
      'evil[2J.json\n  3:1     error   bad]0;title unknown-permission\n\n1 error, 0 warnings, 0 notices in 1 file (0 declarations)\n'
    )
    expect(renderText(result([hostile]), true)).toContain(
      '\u001b[31merror   \u001b[0m'
    )
  })

  it('says where a value that came through a reference is written', () => {
    const viaVariable = finding('error', 29, {
      location: { file: 'infra/main.tf', line: 29, column: 18 },
      definedAt: { file: 'infra/terraform.tfvars', line: 2, column: 29 }
    })
    expect(renderText(result([viaVariable]), false)).toBe(
      [
        'infra/main.tf',
        '  29:18   error   finding on line 29 unknown-permission',
        '                  value written at infra/terraform.tfvars:2:29',
        '',
        '1 error, 0 warnings, 0 notices in 1 file (0 declarations)',
        ''
      ].join('\n')
    )
    expect(renderSummary(result([viaVariable]), context)).toContain(
      '<code>infra/main.tf:29</code><br>value: <code>infra/terraform.tfvars:2</code>'
    )
  })

  it('escapes every character that means something in HTML or markdown', () => {
    expect(escapeHtml('a&b<c>"\'`|[x](y)')).toBe(
      'a&#38;b&#60;c&#62;&#34;&#39;&#96;&#124;&#91;x&#93;(y)'
    )
  })
})
