import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import type { Severity } from '../src/findings.js'
import { ruleHelpUri } from '../src/policy/rule.js'
import { RULES } from '../src/policy/rules/index.js'
import {
  renderSarif,
  SARIF_FINGERPRINT_KEY,
  sarifRuleId,
  toUriReference,
  type SarifFinding,
  type SarifLog,
  type SarifResult
} from '../src/report/sarif.js'
import { expectGolden } from './helpers/golden.js'

/** The official SARIF 2.1.0 schema, as @microsoft/jest-sarif ships it. */
const SCHEMA_PATH = join(
  'node_modules',
  '@microsoft',
  'jest-sarif',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json'
)

/** RFC 3986 `URI-reference`, enough to catch unencoded spaces, `%` and a second `#`. */
const URI_REFERENCE =
  /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/

/**
 * Compiles the schema with ajv 8. The file is draft-04 (`$schema` draft-04, `id`), which
 * ajv 8 does not load; its keywords are the ones draft-07 kept, so dropping `$schema` and
 * renaming `id` to `$id` validates the same. One pattern (a language tag) is not a valid
 * `u`-flag regular expression, hence `unicodeRegExp: false`. ajv 8 checks no formats
 * itself and ajv-formats is not installed, so the three the schema uses are defined here;
 * `uri-reference` is the one upload-sarif enforces on artifact URIs.
 */
function compileSarifSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<
    string,
    unknown
  >
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false })
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('uri-reference', URI_REFERENCE)
  ajv.addFormat(
    'date-time',
    (value: string) => !Number.isNaN(Date.parse(value))
  )
  return ajv.compile(schema)
}

const validate = compileSarifSchema()

/** The schema's complaints about a log, as `path message` lines; none when it is valid. */
function schemaErrors(log: unknown): string[] {
  return validate(log)
    ? []
    : (validate.errors ?? []).map(
        ({ instancePath, message }) => `${instancePath} ${message ?? ''}`
      )
}

const CONTEXT = { toolVersion: '1.2.3', rules: RULES }

const render = (findings: SarifFinding[]): SarifLog =>
  JSON.parse(renderSarif(findings, CONTEXT)) as SarifLog

const resultsOf = (findings: SarifFinding[]): SarifResult[] =>
  render(findings).runs[0].results

const finding = (overrides: Partial<SarifFinding> = {}): SarifFinding => ({
  ruleId: 'privileged-permission',
  severity: 'error',
  message: 'The application permission "Mail.ReadWrite" is high privilege.',
  location: { file: 'app.json', line: 10, column: 5 },
  ...overrides
})

const fingerprintOf = (overrides: Partial<SarifFinding>): string | undefined =>
  resultsOf([finding(overrides)])[0]?.partialFingerprints[SARIF_FINGERPRINT_KEY]

/** A scan's worth of findings: every severity, a referenced value, old and new ones. */
const MIXED: SarifFinding[] = [
  finding({
    message:
      'The application permission "Directory.ReadWrite.All" is critical privilege (at or above the "high" tier threshold): it can change any object in the directory.',
    location: {
      file: 'infra/app registration/manifest.json',
      line: 14,
      column: 11
    },
    change: 'added'
  }),
  finding({
    ruleId: 'unknown-permission',
    message:
      'The delegated permission "Mail.ReadAll" from var.scopes[0] does not exist for Microsoft Graph.',
    location: { file: 'terraform/main #2.tf', line: 22, column: 13 },
    definedAt: { file: 'terraform/terraform.tfvars', line: 3, column: 12 },
    change: 'unchanged'
  }),
  finding({
    ruleId: 'duplicate-declaration',
    severity: 'warning',
    message:
      'The delegated permission "User.Read" is already declared for this app on line 8.',
    location: { file: 'teams/manifest.json', line: 19, column: 9 },
    change: 'added'
  }),
  finding({
    ruleId: 'admin-consent-required',
    severity: 'notice',
    message:
      'The delegated permission "Calendars.Read.Shared" needs tenant-wide admin consent.',
    location: { file: 'teams/manifest.json', line: 21, column: 9 }
  }),
  finding({
    severity: 'notice',
    message:
      'The application permission "Sites.FullControl.All" is critical privilege: it controls every site collection.',
    location: {
      file: 'spfx/config/package-solution.json',
      line: 30,
      column: 7
    },
    change: 'unchanged'
  }),
  finding({
    ruleId: 'skipped-file',
    severity: 'notice',
    message: 'The file is larger than 1048576 bytes and was not read.',
    location: { file: 'exports/big.json', line: 0, column: 0 }
  })
]

describe('renderSarif', () => {
  it('matches the golden log for a mix of findings', () => {
    const sarif = renderSarif(MIXED, CONTEXT)
    expectGolden('sarif-mixed.sarif', sarif)
  })

  it('writes logs the official SARIF 2.1.0 schema accepts', () => {
    expect(schemaErrors(render(MIXED))).toEqual([])
    expect(schemaErrors(render([]))).toEqual([])
    expect(
      schemaErrors(
        render([
          finding({
            location: { file: '', line: 0, column: 0 },
            definedAt: { file: '100% ?#[x].tf', line: -1, column: 0.5 }
          })
        ])
      )
    ).toEqual([])
  })

  it('uses a validator that can fail', () => {
    const log = render(MIXED)
    const result = log.runs[0].results[0] as SarifResult
    expect(
      schemaErrors({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...result, level: 'fatal' }] }]
      })
    ).toContain(
      '/runs/0/results/0/level must be equal to one of the allowed values'
    )
    const raw = {
      ...result,
      locations: [
        {
          physicalLocation: {
            ...result.locations[0].physicalLocation,
            artifactLocation: { uri: 'terraform/main #2.tf' }
          }
        }
      ]
    }
    expect(
      schemaErrors({ ...log, runs: [{ ...log.runs[0], results: [raw] }] })
    ).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"'
    )
    expect(schemaErrors({ ...log, version: '2.0.0' })).not.toEqual([])
  })

  it('describes the tool and every registered rule, in registry order', () => {
    const { driver } = render([]).runs[0].tool
    expect(driver).toMatchObject({
      name: 'graph-consent-audit',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri:
        'https://github.com/graph-consent-audit/graph-consent-audit'
    })
    expect(driver.rules.map(({ id }) => id)).toEqual(
      RULES.map(({ id }) => `graph-consent-audit/${id}`)
    )
    const rule = driver.rules.find(
      ({ id }) => id === 'graph-consent-audit/privileged-permission'
    )
    expect(rule).toMatchObject({
      name: 'PrivilegedPermission',
      helpUri: ruleHelpUri('privileged-permission'),
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: expect.arrayContaining(['security']),
        precision: 'high',
        'security-severity': '7.5'
      }
    })
    expect(rule?.help.markdown).toContain(
      `(${ruleHelpUri('privileged-permission')})`
    )
    const levels = Object.fromEntries(
      driver.rules.map((descriptor, i) => [
        RULES[i]?.severity,
        descriptor.defaultConfiguration.level
      ])
    )
    expect(levels).toEqual({
      error: 'error',
      warning: 'warning',
      notice: 'note'
    })
  })

  it('points every result at its rule by index', () => {
    const log = render(MIXED)
    const { rules } = log.runs[0].tool.driver
    for (const [i, result] of log.runs[0].results.entries()) {
      expect(result.ruleId).toBe(sarifRuleId(MIXED[i]?.ruleId ?? ''))
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId)
    }
  })

  it('adds a rule the registry lacks, after the registered ones', () => {
    const log = render([
      finding({ ruleId: 'from-a-plugin', severity: 'warning' })
    ])
    const { rules } = log.runs[0].tool.driver
    const [result] = log.runs[0].results
    expect(result?.ruleIndex).toBe(RULES.length)
    expect(rules[RULES.length]).toMatchObject({
      id: 'graph-consent-audit/from-a-plugin',
      defaultConfiguration: { level: 'warning' }
    })
    expect(schemaErrors(log)).toEqual([])
  })

  it.each<[Severity, string]>([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'note']
  ])('reports a finding of severity %s at level %s', (severity, level) => {
    expect(resultsOf([finding({ severity })])[0]?.level).toBe(level)
  })

  it('maps the change onto baselineState, and leaves it out without one', () => {
    const [added, unchanged, none] = resultsOf([
      finding({ change: 'added' }),
      finding({ change: 'unchanged' }),
      finding()
    ])
    expect(added?.baselineState).toBe('new')
    expect(unchanged?.baselineState).toBe('unchanged')
    expect(none).not.toHaveProperty('baselineState')
  })

  it('locates results in repo-relative, percent-encoded URIs under %SRCROOT%', () => {
    const log = render([
      finding({
        location: { file: 'my app/a#1?b=100%.json', line: 4, column: 2 }
      })
    ])
    const [result] = log.runs[0].results
    expect(result?.locations[0].physicalLocation).toEqual({
      artifactLocation: {
        uri: 'my%20app/a%231%3Fb%3D100%25.json',
        uriBaseId: '%SRCROOT%'
      },
      region: { startLine: 4, startColumn: 2 }
    })
    expect(log.runs[0].originalUriBaseIds).toHaveProperty(['%SRCROOT%'])
    expect(decodeURIComponent(toUriReference('my app/a#1?b=100%.json'))).toBe(
      'my app/a#1?b=100%.json'
    )
    expect(toUriReference('c:/x.json')).toBe('c%3A/x.json')
  })

  it('clamps unknown lines and columns to 1 and points a file-less finding at the root', () => {
    const [result] = resultsOf([
      finding({ location: { file: '', line: 0, column: 0 } })
    ])
    expect(result?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1 }
    })
  })

  it('links where a referenced value is written as related location 1', () => {
    const [result] = resultsOf([MIXED[1] as SarifFinding])
    expect(result?.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'value written here' },
        physicalLocation: {
          artifactLocation: {
            uri: 'terraform/terraform.tfvars',
            uriBaseId: '%SRCROOT%'
          },
          region: { startLine: 3, startColumn: 12 }
        }
      }
    ])
    // The message links to it; its own brackets are escaped so they are not read as links.
    expect(result?.message.text).toBe(
      'The delegated permission "Mail.ReadAll" from var.scopes\\[0\\] does not exist for Microsoft Graph. The value is [written here](1).'
    )
    expect(resultsOf([finding()])[0]).not.toHaveProperty('relatedLocations')
  })

  it('fingerprints without the line: stable when it moves, not when the message changes', () => {
    const here = fingerprintOf({})
    expect(here).toMatch(/^[0-9a-f]{64}$/)
    expect(
      fingerprintOf({ location: { file: 'app.json', line: 90, column: 1 } })
    ).toBe(here)
    expect(
      fingerprintOf({
        message: 'The application permission "Mail.Send" is high privilege.'
      })
    ).not.toBe(here)
    expect(fingerprintOf({ ruleId: 'unknown-permission' })).not.toBe(here)
    expect(
      fingerprintOf({ location: { file: 'other.json', line: 10, column: 5 } })
    ).not.toBe(here)
    // A line the message quotes moves with the file, too.
    const duplicate = (line: number, first: number): string | undefined =>
      fingerprintOf({
        ruleId: 'duplicate-declaration',
        message: `"User.Read" is already declared for this app on line ${first}.`,
        location: { file: 'app.json', line, column: 3 }
      })
    expect(duplicate(40, 12)).toBe(duplicate(41, 13))
  })

  it('tells apart findings that share rule, file and message, by their order', () => {
    const twice = (lines: [number, number]): (string | undefined)[] =>
      resultsOf(
        lines.map((line) =>
          finding({ location: { file: 'app.json', line, column: 1 } })
        )
      ).map((result) => result.partialFingerprints[SARIF_FINGERPRINT_KEY])
    const [first, second] = twice([5, 9])
    expect(first).not.toBe(second)
    expect(twice([25, 29])).toEqual([first, second])
    expect(twice([29, 25])).toEqual([second, first])
  })

  it('renders pretty JSON with a trailing newline', () => {
    const sarif = renderSarif([], CONTEXT)
    expect(sarif.endsWith('}\n')).toBe(true)
    expect(sarif).toContain('\n  "version": "2.1.0",\n')
    expect(render([]).runs[0].results).toEqual([])
  })
})
