import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  runCli
} from '../src/cli/run-cli.js'

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

describe('scan', () => {
  it('matches the golden JSON report for the bundled example', async () => {
    const { code, stdout } = await cli(['scan', 'examples', '--format', 'json'])
    expect(code).toBe(EXIT_FINDINGS)
    const golden = join('__tests__', 'golden', 'examples.json')
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, stdout)
    expect(stdout).toBe(readFileSync(golden, 'utf8'))
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
      status: 'resolved'
    })
    for (const finding of report.findings)
      expect(Object.keys(finding).sort()).toEqual([
        'column',
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
      '__tests__/fixtures/repo/apps/broken.json\n  4:74    error   Entra ID application manifest: JSON syntax error: CommaExpected malformed-manifest'
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

  it('exits 2 with one clear line for a missing path, a bad flag or a bad value', async () => {
    expect(await cli(['scan', 'no/such/dir'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: 'graph-consent-audit: path not found: no/such/dir\n'
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
  it('shows both reference permissions exactly', async () => {
    const delegated = await cli([
      'explain',
      'eed0129d-dc60-4f30-8641-daf337a39ffd',
      '--format',
      'json'
    ])
    expect(JSON.parse(delegated.stdout)).toEqual({
      name: 'CrossTenantUserProfileSharing.ReadWrite',
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      variants: [
        {
          type: 'delegated',
          id: 'eed0129d-dc60-4f30-8641-daf337a39ffd',
          adminConsentRequired: true,
          enabled: true
        }
      ]
    })
    const application = await cli([
      'explain',
      '5652f862-b626-407b-a3e6-248aeb95763c'
    ])
    expect(application).toEqual({
      code: EXIT_OK,
      stderr: '',
      stdout: [
        'User.ReadWrite.CrossCloud  (resource 00000003-0000-0000-c000-000000000000)',
        '',
        '  application (Role)',
        '    id              5652f862-b626-407b-a3e6-248aeb95763c',
        '    admin consent   required',
        '    enabled         yes',
        ''
      ].join('\n')
    })
  })

  it('lists both types of a name that has both', async () => {
    const { stdout } = await cli([
      'explain',
      'user.read.all',
      '--format',
      'json'
    ])
    const explanation = JSON.parse(stdout) as {
      name: string
      variants: { type: string; id: string }[]
    }
    expect(explanation.name).toBe('User.Read.All')
    expect(explanation.variants.map((v) => [v.type, v.id])).toEqual([
      ['delegated', 'a154be20-db9c-4678-8ab7-66f6cc099a59'],
      ['application', 'df021288-bdef-4463-88db-98f22de89214']
    ])
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
        'Reads APIConnectors directory or configuration data across the tenant without a signed-in user.',
      kind: 'api'
    })
    expect((await cli(['catalog', 'list'])).code).toBe(EXIT_USAGE)
  })
})
