import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  COMMAND_SPECS,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  runCli,
  USAGE
} from '../src/cli/run-cli.js'
import { expectGolden } from './helpers/golden.js'

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  args: string[],
  cwd = '.',
  now = new Date('2026-11-25T12:00:00Z')
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    colour: false,
    now: () => now,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { code, stdout, stderr }
}

const FIXTURES = join('__tests__', 'fixtures')

/** A manifest with a JSON syntax error: one error finding, wherever it lies. */
const BROKEN_MANIFEST = readFileSync(
  join(FIXTURES, 'repo', 'apps', 'broken.json'),
  'utf8'
)

/** Writes files (path -> contents) into a fresh folder outside the working folder. */
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gca-cli-'))
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), contents)
  }
  return root
}

/** The files and rules of a scan's JSON findings. */
async function scannedFindings(
  ...args: string[]
): Promise<{ code: number; findings: string[] }> {
  const { code, stdout, stderr } = await cli([
    'scan',
    ...args,
    '--format',
    'json'
  ])
  if (stdout === '') throw new Error(stderr)
  const report = JSON.parse(stdout) as {
    findings: { file: string; ruleId: string }[]
  }
  return {
    code,
    findings: report.findings.map((f) => `${f.file} ${f.ruleId}`)
  }
}

describe('help', () => {
  it('lists every command with its options, as before the tables', async () => {
    expect(await cli(['--help'])).toEqual({
      code: EXIT_OK,
      stdout: USAGE,
      stderr: ''
    })
    const lines = USAGE.split('\n')
    expect(lines.slice(0, 6)).toEqual([
      'Usage: graph-consent-audit <command> [options]',
      '',
      'Commands:',
      '  scan [paths...]                 Audit permission declarations (default path: .)',
      '      --format text|json|markdown|sarif',
      '                                  Output format (default: text)'
    ])
    expect(lines).toContain(
      '  least-privilege <METHOD> <path> Which permissions allow a Microsoft Graph call, the least'
    )
    expect(lines).toContain(
      '      --include <glob>            Read only walked files matching a glob (repeatable)'
    )
    expect(lines).toContain(
      '  catalog export                  Print every catalog entry with its tier'
    )
    expect(
      USAGE.endsWith(
        '\nOptions:\n  -h, --help                      Show this help\n  -v, --version                   Show the version\n'
      )
    ).toBe(true)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(94)
  })

  it("prints each command's own help with --help or -h and exits 0", async () => {
    expect(COMMAND_SPECS.map((spec) => spec.name)).toEqual([
      'scan',
      'explain',
      'least-privilege',
      'catalog'
    ])
    const invocations = [
      ...COMMAND_SPECS.flatMap(({ name }) => [
        [name, '--help'],
        [name, '-h']
      ]),
      ['scan', 'examples', '--format', 'json', '--help'],
      ['catalog', 'export', '--help']
    ]
    for (const args of invocations) {
      const spec = COMMAND_SPECS.find(({ name }) => name === args[0])
      const { code, stdout, stderr } = await cli(args)
      expect([args, code, stderr]).toEqual([args, EXIT_OK, ''])
      expect(stdout).toMatch(
        new RegExp(`^Usage: graph-consent-audit ${args[0]} `)
      )
      for (const option of spec?.options ?? [])
        expect(stdout).toContain(`--${option.name}`)
      expect(stdout).toContain('  -h, --help ')
    }
    expect((await cli(['scan', '--help'])).stdout).toBe(
      [
        'Usage: graph-consent-audit scan [paths...] [options]',
        '',
        'Audit permission declarations (default path: .)',
        '',
        'Options:',
        '      --format text|json|markdown|sarif',
        '                                  Output format (default: text)',
        '      --fail-on notice|warning|error|none',
        '                                  Lowest severity that makes the exit code 1 (default: error)',
        '      --fail-on-tier low|medium|high|critical|none',
        '                                  Lowest privilege tier of a declared permission that needs an',
        "                                  approval (default: the policy's, else high)",
        '      --policy <file>             Policy file: approvals, deny list, tiers (default:',
        '                                  .github/graph-consent-policy.yml if present)',
        '      --base <git-ref>            Compare with this commit: list what the working tree adds',
        '                                  and removes',
        '      --scope added|all           With --base, which findings decide the exit code: those the',
        '                                  change adds, or all (default: added)',
        '      --warn-only                 Report, but exit 0 whatever is found',
        '      --include <glob>            Read only walked files matching a glob (repeatable)',
        '      --exclude <glob>            Skip walked files and folders matching a glob; .gitignore is',
        '                                  always honoured (repeatable)',
        '  -h, --help                      Show this help',
        ''
      ].join('\n')
    )
  })

  it('validates a value against the accepted values of its table entry', async () => {
    const type = COMMAND_SPECS.find(
      ({ name }) => name === 'least-privilege'
    )?.options.find(({ name }) => name === 'type')
    expect(type?.choices).toEqual(['delegated', 'application'])
    expect(
      await cli(['least-privilege', 'GET', '/me', '--type', 'both'])
    ).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr:
        'graph-consent-audit: invalid value for --type: "both" (expected delegated, application)\n'
    })
  })
})

describe('scan', () => {
  it('matches the golden JSON report for the bundled example', async () => {
    const { code, stdout } = await cli(['scan', 'examples', '--format', 'json'])
    expect(code).toBe(EXIT_FINDINGS)
    expectGolden('examples.json', stdout)
  })

  it('keeps the JSON contract: version, declarations and findings fields', async () => {
    const report = JSON.parse(
      (await cli(['scan', 'examples', '--format', 'json'])).stdout
    ) as { version: number; declarations: unknown[]; findings: object[] }
    expect(report.version).toBe(1)
    expect(report.declarations[0]).toEqual({
      file: 'examples/contoso/.github/graph-permissions.yml',
      line: 8,
      column: 9,
      app: {
        name: 'Contoso HR sync',
        appId: '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21'
      },
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceName: 'Microsoft Graph',
      permission: {
        name: 'User.Read.All',
        id: 'df021288-bdef-4463-88db-98f22de89214',
        type: 'application'
      },
      adminConsentRequired: true,
      enabled: true,
      tier: 'medium',
      status: 'resolved',
      kind: 'required',
      format: 'yaml-manifest',
      definedAt: null,
      change: null,
      approval: {
        state: 'not-needed',
        approvedBy: null,
        expires: null,
        reference: null,
        justification: null,
        reviewedCommit: null
      }
    })
    for (const finding of report.findings)
      expect(Object.keys(finding).sort()).toEqual([
        'change',
        'column',
        'counted',
        'definedAt',
        'file',
        'line',
        'message',
        'ruleId',
        'severity'
      ])
  })

  it('prints text grouped by file with a closing count, without colour off a terminal', async () => {
    const { stdout } = await cli(['scan', join(FIXTURES, 'repo')])
    expect(stdout).not.toContain('\u001b[')
    expect(stdout).toContain(
      '__tests__/fixtures/repo/apps/broken.json\n  4:74    error   Entra ID application manifest: JSON syntax error: "," expected malformed-manifest'
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '4 errors, 0 warnings, 0 notices in 3 files (4 declarations)'
    )
  })

  it('exits 0 on a clean repository and applies --fail-on', async () => {
    const clean = join(FIXTURES, 'clean')
    expect((await cli(['scan', clean])).code).toBe(EXIT_OK)
    expect((await cli(['scan', 'examples', '--fail-on', 'none'])).code).toBe(
      EXIT_OK
    )
    // The example's Contoso HR sync app needs admin consent: a notice.
    expect(
      (await cli(['scan', 'examples/contoso/.github', '--fail-on', 'notice']))
        .code
    ).toBe(EXIT_FINDINGS)
    expect((await cli(['scan', clean, '--fail-on', 'notice'])).code).toBe(
      EXIT_OK
    )
  })

  it('gates on privilege tiers with --fail-on-tier', async () => {
    const contoso = 'examples/contoso/.github'
    // The HR sync app holds User.ReadWrite.CrossCloud (high) and a misspelt name (error).
    const tiers = async (tier: string): Promise<string[]> => {
      const { stdout } = await cli([
        'scan',
        contoso,
        '--format',
        'json',
        '--fail-on-tier',
        tier
      ])
      const report = JSON.parse(stdout) as {
        findings: { ruleId: string; severity: string }[]
      }
      return report.findings
        .filter((f) => f.ruleId === 'privileged-permission')
        .map((f) => f.severity)
    }
    expect(await tiers('high')).toEqual(['error'])
    expect(await tiers('critical')).toEqual(['notice'])
    expect(await tiers('none')).toEqual(['notice'])
    expect((await cli(['scan', '--fail-on-tier', 'severe'])).code).toBe(
      EXIT_USAGE
    )
  })

  it('warns once on stderr and in the JSON when the catalog is older than 120 days', async () => {
    const fresh = await cli(['scan', 'examples', '--format', 'json'])
    expect(fresh.stderr).toBe('')
    const later = new Date('2027-06-01T00:00:00Z')
    const stale = await cli(
      ['scan', 'examples', '--format', 'json'],
      '.',
      later
    )
    expect(stale.stderr).toMatch(
      /^graph-consent-audit: warning: The bundled permission catalog is \d+ days old \(as of 2026-08-19\)[^\n]*npm run catalog:build[^\n]*\n$/
    )
    expect(
      (JSON.parse(stale.stdout) as { warnings: string[] }).warnings
    ).toHaveLength(1)
  })

  it('scans a checkout outside the working folder as its own root', async () => {
    const other = checkout({
      'apps/broken.json': BROKEN_MANIFEST,
      'clean.json': '{}'
    })
    expect(await scannedFindings(other)).toEqual({
      code: EXIT_FINDINGS,
      findings: ['apps/broken.json malformed-manifest']
    })
    // A file names its folder as the root.
    expect(await scannedFindings(join(other, 'apps', 'broken.json'))).toEqual({
      code: EXIT_FINDINGS,
      findings: ['broken.json malformed-manifest']
    })
    expect((await cli(['scan', join(other, 'clean.json')])).code).toBe(EXIT_OK)
  })

  it('reports two folders outside the working folder relative to their common parent', async () => {
    const parent = checkout({
      'a/app.json': BROKEN_MANIFEST,
      'b/nested/app.json': BROKEN_MANIFEST,
      'c/app.json': BROKEN_MANIFEST
    })
    expect(
      await scannedFindings(join(parent, 'a'), join(parent, 'b', 'nested'))
    ).toEqual({
      code: EXIT_FINDINGS,
      findings: [
        'a/app.json malformed-manifest',
        'b/nested/app.json malformed-manifest'
      ]
    })
  })

  it('refuses a link in an outside checkout that leaves it, and follows one that stays', async () => {
    const secret = checkout({ 'secret.json': BROKEN_MANIFEST })
    const other = checkout({ 'real/app.json': BROKEN_MANIFEST })
    symlinkSync(join(secret, 'secret.json'), join(other, 'escape.json'))
    symlinkSync(join(other, 'real', 'app.json'), join(other, 'linked.json'))
    expect(await scannedFindings(other)).toEqual({
      code: EXIT_FINDINGS,
      findings: [
        'escape.json skipped-file',
        'linked.json malformed-manifest',
        'real/app.json malformed-manifest'
      ]
    })
  })

  it('exits 2 with one clear line for a missing path, a bad flag or a bad value', async () => {
    // A missing path is a usage error: scanning nothing must not pass for a clean scan.
    expect(await cli(['scan', 'no/such/dir'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: 'graph-consent-audit: path not found: no/such/dir\n'
    })
    const missing = join(checkout({}), 'missing')
    expect(await cli(['scan', 'examples', missing])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: `graph-consent-audit: path not found: ${missing}\n`
    })
    const unknownFlag = await cli(['scan', '--frobnicate'])
    expect(unknownFlag.code).toBe(EXIT_USAGE)
    expect(unknownFlag.stderr).toMatch(
      /^graph-consent-audit: Unknown option '--frobnicate'/
    )
    expect(await cli(['scan', '--fail-on', 'critical'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr:
        'graph-consent-audit: invalid value for --fail-on: "critical" (expected notice, warning, error, none)\n'
    })
    expect((await cli(['frobnicate'])).code).toBe(EXIT_USAGE)
    expect((await cli(['toString'])).code).toBe(EXIT_USAGE)
    expect((await cli([])).code).toBe(EXIT_USAGE)
  })
})

describe('explain', () => {
  interface JsonExplanation {
    name: string
    resourceName: string
    kind: string
    variants: {
      type: string
      id: string
      adminConsentRequired: boolean | null
      enabled: boolean
      tier: string
      rationale: string
      operations: { count: number; listed: { method: string; path: string }[] }
      narrower: { name: string; tier: string }[]
      grant: {
        adminCenter: string[]
        azureCli: string[]
        powerShell: string[]
        graphApi: { url: string; body: Record<string, string> } | null
      }
    }[]
  }
  const explainJson = async (...args: string[]): Promise<JsonExplanation> =>
    JSON.parse(
      (await cli(['explain', ...args, '--format', 'json'])).stdout
    ) as JsonExplanation

  it('shows both reference permissions exactly', async () => {
    const delegated = await explainJson('eed0129d-dc60-4f30-8641-daf337a39ffd')
    expect(delegated).toMatchObject({
      name: 'CrossTenantUserProfileSharing.ReadWrite',
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceName: 'Microsoft Graph',
      kind: 'api'
    })
    expect(delegated.variants).toHaveLength(1)
    expect(delegated.variants[0]).toMatchObject({
      type: 'delegated',
      id: 'eed0129d-dc60-4f30-8641-daf337a39ffd',
      adminConsentRequired: true,
      enabled: true
    })
    const application = await cli([
      'explain',
      '5652f862-b626-407b-a3e6-248aeb95763c'
    ])
    expect(application.code).toBe(EXIT_OK)
    expect(application.stdout.split('\n').slice(0, 8)).toEqual([
      'User.ReadWrite.CrossCloud  (Microsoft Graph, 00000003-0000-0000-c000-000000000000)',
      '',
      '  application (Role)',
      '    id              5652f862-b626-407b-a3e6-248aeb95763c',
      '    admin consent   required',
      '    enabled         yes',
      '    tier            high',
      '                    Changes User data across the whole tenant without a signed-in user.'
    ])
  })

  it('gives per type the tier, operations, narrower permissions and how to grant', async () => {
    const explanation = await explainJson('user.read.all')
    expect(explanation.name).toBe('User.Read.All')
    const [delegated, application] = explanation.variants
    expect([
      delegated?.type,
      delegated?.id,
      application?.type,
      application?.id
    ]).toEqual([
      'delegated',
      'a154be20-db9c-4678-8ab7-66f6cc099a59',
      'application',
      'df021288-bdef-4463-88db-98f22de89214'
    ])
    expect(application?.tier).toBe('medium')
    expect(application?.operations.count).toBeGreaterThan(
      application?.operations.listed.length ?? 0
    )
    expect(application?.operations.listed.length).toBe(10)
    expect(application?.narrower).toEqual([
      { name: 'User.ReadBasic.All', tier: 'medium' }
    ])
    expect(application?.grant.azureCli).toEqual([
      'az ad app permission add --id <app-id> --api 00000003-0000-0000-c000-000000000000 --api-permissions df021288-bdef-4463-88db-98f22de89214=Role',
      'az ad app permission admin-consent --id <app-id>'
    ])
    expect(application?.grant.graphApi?.body.appRoleId).toBe(
      'df021288-bdef-4463-88db-98f22de89214'
    )
    expect(delegated?.grant.graphApi?.url).toBe(
      'https://graph.microsoft.com/v1.0/oauth2PermissionGrants'
    )
    const text = (await cli(['explain', 'User.Read.All'])).stdout
    expect(text).toContain('    narrower        User.ReadBasic.All (medium)\n')
    expect(text).toContain('      Microsoft Graph PowerShell:\n')
  })

  it('pins the tiers of well-known permissions', async () => {
    const tierOf = async (
      name: string,
      type: string
    ): Promise<string | undefined> =>
      (await explainJson(name)).variants.find((v) => v.type === type)?.tier
    for (const name of [
      'RoleManagement.ReadWrite.Directory',
      'AppRoleAssignment.ReadWrite.All',
      'Application.ReadWrite.All',
      'Directory.ReadWrite.All'
    ])
      expect([name, await tierOf(name, 'application')]).toEqual([
        name,
        'critical'
      ])
    expect(await tierOf('User.Read', 'delegated')).toBe('low')
    expect(['high', 'critical']).toContain(
      await tierOf('Mail.Read', 'application')
    )
    expect(await tierOf('Mail.Read', 'delegated')).toBe('medium')
  })

  it('explains Teams resource-specific consent and other APIs', async () => {
    const rsc = await explainJson('ChannelMessage.Read.Group')
    expect(rsc).toMatchObject({ kind: 'resource-specific' })
    expect(rsc.variants[0]).toMatchObject({
      type: 'application',
      id: '19103a54-c397-4bcd-be5a-ef111e0406fa',
      tier: 'medium',
      grant: { azureCli: [], graphApi: null }
    })
    const exchange = await explainJson(
      'full_access_as_app',
      '--resource',
      'Office 365 Exchange Online'
    )
    expect(exchange).toMatchObject({
      resourceAppId: '00000002-0000-0ff1-ce00-000000000000',
      resourceName: 'Office 365 Exchange Online'
    })
    expect(exchange.variants[0]).toMatchObject({
      tier: 'high',
      operations: { count: 0 }
    })
    const unknownResource = await cli(['explain', 'x', '--resource', 'Nope'])
    expect(unknownResource.code).toBe(EXIT_USAGE)
  })

  it('suggests the closest names for an unknown one', async () => {
    expect(await cli(['explain', 'Mail.Sendd'])).toEqual({
      code: EXIT_FINDINGS,
      stdout: '',
      stderr:
        'graph-consent-audit: no Microsoft Graph permission "Mail.Sendd". Did you mean: Mail.Send, Mail.Read?\n'
    })
    expect((await cli(['explain'])).code).toBe(EXIT_USAGE)
  })
})

describe('catalog export', () => {
  it('writes CSV with a header row and one row per entry', async () => {
    const { code, stdout } = await cli(['catalog', 'export', '--format', 'csv'])
    expect(code).toBe(EXIT_OK)
    const rows = stdout.trimEnd().split('\r\n')
    expect(rows[0]).toBe(
      'resourceAppId,name,id,type,adminConsentRequired,enabled,tier,rationale,kind'
    )
    const graphRows = rows.filter((row) =>
      row.startsWith('00000003-0000-0000-c000-000000000000,')
    )
    expect(graphRows.filter((row) => row.endsWith(',api'))).toHaveLength(
      807 + 716
    )
    expect(
      graphRows.filter((row) => row.endsWith(',resource-specific'))
    ).toHaveLength(41)
    expect(rows).toContain(
      '00000003-0000-0000-c000-000000000000,User.ReadWrite.CrossCloud,5652f862-b626-407b-a3e6-248aeb95763c,application,true,true,high,Changes User data across the whole tenant without a signed-in user.,api'
    )
    // A partly covered API's delegated consent is unknown: an empty field, not "false".
    expect(rows).toContain(
      "00000002-0000-0ff1-ce00-000000000000,EWS.AccessAsUser.All,3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5,delegated,,true,high,Changes EWS data anywhere the signed-in user may; in an administrator's session that is the whole tenant.,api"
    )
  })

  it('writes JSON by default', async () => {
    const entries = JSON.parse((await cli(['catalog', 'export'])).stdout) as {
      type: string
    }[]
    expect(
      entries.filter((e) => e.type === 'delegated').length
    ).toBeGreaterThan(807)
    expect(entries[0]).toEqual({
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      name: 'APIConnectors.Read.All',
      id: 'b86848a7-d5b1-41eb-a9b4-54a4e6306e97',
      type: 'application',
      adminConsentRequired: true,
      enabled: true,
      tier: 'medium',
      rationale:
        'Reads APIConnectors data across the tenant without a signed-in user; directory or configuration data, not content.',
      kind: 'api'
    })
    expect((await cli(['catalog', 'list'])).code).toBe(EXIT_USAGE)
  })
})
