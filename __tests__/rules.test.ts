import { loadBundledCatalog } from '../src/catalog/bundled.js'
import type { TierThreshold } from '../src/catalog/tiers.js'
import { MAX_FILE_BYTES, scan } from '../src/engine.js'
import type { Finding } from '../src/findings.js'
import { defaultPolicyOptions } from '../src/policy/rule.js'
import { RULES } from '../src/policy/rules/index.js'
import { memoryFiles } from './helpers/memory-files.js'

const catalog = loadBundledCatalog()
const GRAPH = '00000003-0000-0000-c000-000000000000'

/** An Entra app manifest with the given resourceAccess entries on one resource. */
function entraManifest(
  access: { id: string; type: string }[],
  resourceAppId = GRAPH
): string {
  return JSON.stringify(
    {
      displayName: 'App',
      requiredResourceAccess: [{ resourceAppId, resourceAccess: access }]
    },
    null,
    2
  )
}

async function findingsFor(
  files: Record<string, string | Uint8Array>,
  paths = ['.']
): Promise<Finding[]> {
  // What a report shows of a finding; the declaration it is about is compared elsewhere.
  return (await scan(paths, memoryFiles(files), catalog)).findings.map(
    ({ subject: _subject, ...shown }) => shown
  )
}

const only = (findings: Finding[], ruleId: string): Finding[] =>
  findings.filter((finding) => finding.ruleId === ruleId)

describe('rules', () => {
  it('registers each rule once, with a kebab-case id and a docs page', async () => {
    const { existsSync } = await import('node:fs')
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(existsSync(`docs/rules/${id}.md`)).toBe(true)
      expect(existsSync(`src/policy/rules/${id}.ts`)).toBe(true)
    }
  })

  it('unknown-permission: unknown GUID and misspelt name, with suggestions', async () => {
    const findings = await findingsFor({
      'a.json': entraManifest([
        { id: '0000ffff-1111-2222-3333-444455556666', type: 'Role' }
      ]),
      'graph-permissions.yml':
        'apps:\n  - name: A\n    delegated: [Mail.Sendd]\n'
    })
    expect(only(findings, 'unknown-permission')).toEqual([
      {
        ruleId: 'unknown-permission',
        severity: 'error',
        message:
          'No application (Role) permission of Microsoft Graph has the id `0000ffff-1111-2222-3333-444455556666`.',
        location: { file: 'a.json', line: 8, column: 18 }
      },
      {
        ruleId: 'unknown-permission',
        severity: 'error',
        message:
          '`Mail.Sendd` is not a delegated (Scope) permission of Microsoft Graph. Did you mean `Mail.Send`, `Mail.Read`?',
        location: { file: 'graph-permissions.yml', line: 3, column: 17 }
      }
    ])
  })

  it('permission-type-mismatch: names the correct type and, by GUID, the right id', async () => {
    const findings = await findingsFor({
      // User.Read.All's application GUID declared as a Scope
      'a.json': entraManifest([
        { id: 'df021288-bdef-4463-88db-98f22de89214', type: 'Scope' }
      ]),
      // User.ReadWrite.CrossCloud is application-only; Mail.Send.Shared is delegated-only
      'graph-permissions.yml':
        'apps:\n  - delegated: [User.ReadWrite.CrossCloud]\n    application: [Mail.Send.Shared]\n'
    })
    expect(
      only(findings, 'permission-type-mismatch').map((f) => f.message)
    ).toEqual([
      "`df021288-bdef-4463-88db-98f22de89214` is the application (Role) permission `User.Read.All`, but it is declared as delegated (Scope). Use type `Role`, or the delegated permission's id `a154be20-db9c-4678-8ab7-66f6cc099a59`.",
      '`User.ReadWrite.CrossCloud` exists only as an application (Role) permission, but it is declared as delegated (Scope). Declare it as application (`Role`).',
      '`Mail.Send.Shared` exists only as a delegated (Scope) permission, but it is declared as application (Role). Declare it as delegated (`Scope`).'
    ])
    expect(
      only(findings, 'permission-type-mismatch').every(
        (f) => f.severity === 'error'
      )
    ).toBe(true)
  })

  it('invalid-guid: a malformed permission id or resource appId', async () => {
    const findings = await findingsFor({
      'a.json': entraManifest([
        { id: '7ab1d382-f21e-4acd-a863-ba3e13f7da6', type: 'Role' }
      ]),
      'b.json': entraManifest(
        [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }],
        '00000003-0000-0000-c000-00000000000'
      ),
      'graph-permissions.yml':
        'apps:\n  - delegated: [e1fe6dd8-ba31-4d61-89e7]\n'
    })
    expect(
      only(findings, 'invalid-guid').map((f) => [f.location.file, f.message])
    ).toEqual([
      [
        'a.json',
        'The permission id `7ab1d382-f21e-4acd-a863-ba3e13f7da6` is not a valid GUID (expected 8-4-4-4-12 hexadecimal digits).'
      ],
      [
        'b.json',
        'The resource appId `00000003-0000-0000-c000-00000000000` is neither a valid GUID (8-4-4-4-12 hexadecimal digits) nor the name of an API the catalog knows.'
      ],
      [
        'graph-permissions.yml',
        'The permission id `e1fe6dd8-ba31-4d61-89e7` is not a valid GUID (expected 8-4-4-4-12 hexadecimal digits).'
      ]
    ])
    expect(only(findings, 'unknown-permission')).toEqual([])
  })

  it('takes an API by display name or compact key as well as by appId', async () => {
    const result = await scan(
      ['.'],
      memoryFiles({
        'graph-permissions.yml': [
          'apps:',
          '  - resources:',
          '      - resourceAppId: Office 365 Exchange Online',
          '        application: [full_access_as_app]',
          '      - resourceAppId: MicrosoftGraph',
          '        delegated: [User.Read]'
        ].join('\n')
      }),
      catalog
    )
    expect(result.findings.filter((f) => f.ruleId === 'invalid-guid')).toEqual(
      []
    )
    expect(
      result.declarations.map((d) => [d.resourceAppId, d.resolution.status])
    ).toEqual([
      ['00000002-0000-0ff1-ce00-000000000000', 'resolved'],
      ['00000003-0000-0000-c000-000000000000', 'resolved']
    ])
  })

  it('disabled-permission: a permission the resource has switched off', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml': 'apps:\n  - application: [AgentCard.Read.All]\n'
    })
    expect(only(findings, 'disabled-permission')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ line: 2 })
      })
    ])
  })

  it('duplicate-declaration: same permission twice for one app, by name or by its GUID', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml': [
        'apps:',
        '  - name: A',
        '    delegated: [User.Read, user.read, e1fe6dd8-ba31-4d61-89e7-88639da4683d]',
        '    application: [User.Read.All]',
        '  - name: B',
        '    delegated: [User.Read]'
      ].join('\n')
    })
    expect(
      only(findings, 'duplicate-declaration').map((f) => [
        f.location.column,
        f.message
      ])
    ).toEqual([
      [
        28,
        'The delegated permission `user.read` is already declared for this app on line 3.'
      ],
      [
        39,
        'The delegated permission `e1fe6dd8-ba31-4d61-89e7-88639da4683d` is already declared for this app on line 3.'
      ]
    ])
  })

  it('admin-consent-required: every application permission and admin-only scopes, not user scopes', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml':
        'apps:\n  - delegated: [User.Read, CrossTenantUserProfileSharing.ReadWrite]\n    application: [User.ReadWrite.CrossCloud]\n'
    })
    expect(
      only(findings, 'admin-consent-required').map((f) => [
        f.severity,
        f.message
      ])
    ).toEqual([
      [
        'notice',
        'The delegated permission `CrossTenantUserProfileSharing.ReadWrite` needs an administrator to grant consent for the whole tenant.'
      ],
      [
        'notice',
        'The application permission `User.ReadWrite.CrossCloud` needs an administrator to grant consent for the whole tenant.'
      ]
    ])
  })

  it('unverifiable-resource: one notice per file, app and resource, never "unknown"', async () => {
    const exchange = '00000002-0000-0ff1-ce00-000000000000'
    const azureManagement = '797f4846-ba00-4fd7-ba43-dac1f8f63013'
    const findings = await findingsFor({
      // Exchange is partly covered: a GUID missing from the partial list is not "unknown".
      'a.json': entraManifest(
        [
          { id: '11111111-2222-3333-4444-555555555555', type: 'Role' },
          { id: '11111111-2222-3333-4444-666666666666', type: 'Scope' }
        ],
        exchange
      ),
      'b.json': entraManifest(
        [{ id: '41094075-9dad-400e-a0bd-54e686782033', type: 'Scope' }],
        azureManagement
      )
    })
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'unverifiable-resource',
        'notice',
        'Cannot verify offline: the bundled catalog lists only some permissions of Office 365 Exchange Online (`00000002-0000-0ff1-ce00-000000000000`), and these 2 are not among them.'
      ],
      [
        'unverifiable-resource',
        'notice',
        expect.stringMatching(
          /^Cannot verify offline: .+ \(`797f4846-ba00-4fd7-ba43-dac1f8f63013`\) is not in the bundled catalog, so its permission here is not checked\.$/
        )
      ]
    ])
  })

  it('resolves known permissions of a partly covered API with their tier', async () => {
    const result = await scan(
      ['.'],
      memoryFiles({
        'a.json': entraManifest(
          [{ id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', type: 'Role' }],
          '00000002-0000-0ff1-ce00-000000000000'
        )
      }),
      catalog
    )
    expect(result.declarations[0]?.resolution).toMatchObject({
      status: 'resolved',
      permission: { name: 'full_access_as_app', tier: 'high' }
    })
  })

  it('malformed-manifest: the error at its line, and the scan goes on with the next file', async () => {
    const findings = await findingsFor({
      'a/broken.json':
        '{\n  "requiredResourceAccess": [\n    { "resourceAppId": }\n',
      'b/graph-permissions.yml': 'apps:\n  - delegated: [Mail.Sendd]\n'
    })
    expect(
      findings.map((f) => [f.ruleId, f.location.file, f.location.line])
    ).toEqual([
      ['malformed-manifest', 'a/broken.json', 3],
      ['unknown-permission', 'b/graph-permissions.yml', 2]
    ])
    expect(findings[0]?.message).toBe(
      'Entra ID application manifest: JSON syntax error: a value expected'
    )
  })

  it('skipped-file: binary, oversized and unrecognised named files are reported, not dropped', async () => {
    const findings = await findingsFor(
      {
        'bin.json': new Uint8Array([0x7b, 0x00, 0x22]),
        'huge.json': `{"requiredResourceAccess": [], "pad": "${'x'.repeat(MAX_FILE_BYTES)}"}`,
        'latin1.json': new Uint8Array([0x7b, 0xe9, 0x7d]),
        'notes.txt': 'hello'
      },
      ['bin.json', 'huge.json', 'latin1.json', 'notes.txt']
    )
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['skipped-file', 'bin.json was not scanned: it is a binary file.'],
      [
        'skipped-file',
        `huge.json was not scanned: it is ${MAX_FILE_BYTES + 41} bytes, over the ${MAX_FILE_BYTES}-byte limit.`
      ],
      [
        'skipped-file',
        'latin1.json was not scanned: it is not valid UTF-8 text.'
      ],
      [
        'skipped-file',
        'notes.txt was not scanned: it is in none of the formats this tool reads.'
      ]
    ])
  })

  it('redundant-permission: User.Read.All next to User.ReadWrite.All for one app', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml': [
        'apps:',
        '  - name: A',
        '    application: [User.Read.All, User.ReadWrite.All]',
        '  - name: B',
        '    application: [User.Read.All]',
        '    delegated: [User.ReadWrite.All]'
      ].join('\n')
    })
    expect(only(findings, 'redundant-permission')).toEqual([
      {
        ruleId: 'redundant-permission',
        severity: 'warning',
        message:
          'The application permission `User.Read.All` is redundant: `User.ReadWrite.All`, declared on line 3, already grants everything it does.',
        location: { file: 'graph-permissions.yml', line: 3, column: 19 }
      }
    ])
  })

  it('redundant-permission: of two that cover each other only the later one, and no conflicting hint', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml': [
        'apps:',
        '  - application: [Calendars.Read.All, Calendars.Read]',
        '    delegated: [Mail.ReadWrite, Mail.Read, User.Read.All, User.Read]'
      ].join('\n')
    })
    expect(
      only(findings, 'redundant-permission').map((f) => f.message)
    ).toEqual([
      'The application permission `Calendars.Read` is redundant: `Calendars.Read.All`, declared on line 2, already grants everything it does.',
      'The delegated permission `Mail.Read` is redundant: `Mail.ReadWrite`, declared on line 3, already grants everything it does.'
    ])
    // Neither side of a redundant pair also gets a "narrow it" hint.
    expect(only(findings, 'broader-than-needed')).toEqual([])
  })

  it('broader-than-needed: names narrower permissions of the same family, not for low tiers', async () => {
    const findings = await findingsFor({
      'graph-permissions.yml':
        'apps:\n  - delegated: [Mail.ReadWrite, User.Read]\n    application: [Sites.FullControl.All]\n'
    })
    expect(
      only(findings, 'broader-than-needed').map((f) => [f.severity, f.message])
    ).toEqual([
      [
        'notice',
        'The delegated permission `Mail.ReadWrite` (medium) has narrower siblings; if the app needs only part of it, `Mail.Read` (medium), `Mail.ReadBasic` (medium) grant less.'
      ],
      [
        'notice',
        'The application permission `Sites.FullControl.All` (high) has narrower siblings; if the app needs only part of it, `Sites.Manage.All` (high), `Sites.Read.All` (high), `Sites.ReadWrite.All` (high) grant less.'
      ]
    ])
  })

  it('privileged-permission: an error at or above the tier threshold, a notice for high below it', async () => {
    const files = {
      'graph-permissions.yml':
        'apps:\n  - application: [RoleManagement.ReadWrite.Directory, Mail.Read, User.Read.All]\n'
    }
    const gate = async (tierThreshold: TierThreshold) =>
      only(
        (
          await scan(['.'], memoryFiles(files), catalog, {
            ...defaultPolicyOptions(),
            tierThreshold
          })
        ).findings,
        'privileged-permission'
      ).map((f) => [f.severity, f.message.split(':')[0]])
    expect(await gate('high')).toEqual([
      [
        'error',
        'The application permission `RoleManagement.ReadWrite.Directory` is critical privilege (at or above the "high" tier threshold) and not approved'
      ],
      [
        'error',
        'The application permission `Mail.Read` is high privilege (at or above the "high" tier threshold) and not approved'
      ]
    ])
    expect(await gate('critical')).toEqual([
      [
        'error',
        'The application permission `RoleManagement.ReadWrite.Directory` is critical privilege (at or above the "critical" tier threshold) and not approved'
      ],
      ['notice', 'The application permission `Mail.Read` is high privilege']
    ])
    expect((await gate('medium')).map(([severity]) => severity)).toEqual([
      'error',
      'error',
      'error'
    ])
    expect((await gate('none')).map(([severity]) => severity)).toEqual([
      'notice',
      'notice'
    ])
  })

  it('leaves consent and narrowing hints to manifests, not to scopes requested in code', async () => {
    const { findings, declarations } = await scan(
      ['.'],
      memoryFiles({
        'src/sign-in.ts':
          "import { PublicClientApplication } from '@azure/msal-browser'\nawait msal.loginPopup({ scopes: ['Mail.ReadWrite', 'Directory.Read.All'] })\n",
        'graph-permissions.yml':
          'apps:\n  - delegated: [Mail.ReadWrite, Directory.Read.All]\n'
      }),
      catalog
    )
    // The code's two scopes are read, and resolve like the manifest's.
    expect(
      declarations
        .filter((d) => d.kind === 'requested')
        .map((d) => [d.reference, d.resolution.status])
    ).toEqual([
      ['Mail.ReadWrite', 'resolved'],
      ['Directory.Read.All', 'resolved']
    ])
    const byFile = (file: string): string[] =>
      findings.filter((f) => f.location.file === file).map((f) => f.ruleId)
    expect(byFile('src/sign-in.ts')).toEqual([])
    expect(byFile('graph-permissions.yml')).toEqual(
      expect.arrayContaining(['admin-consent-required', 'broader-than-needed'])
    )
  })

  it('ignores unrelated files found by walking a folder', async () => {
    const result = await scan(
      ['.'],
      memoryFiles({
        'package.json': '{"name": "x"}',
        'README.md': '# hi',
        'config.yml': 'a: 1'
      }),
      catalog
    )
    expect(result).toMatchObject({
      declarations: [],
      findings: [],
      filesScanned: 0
    })
  })
})
