import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { EXIT_FINDINGS, runCli } from '../src/cli/run-cli.js'
import { scan } from '../src/engine.js'
import { bicepGraphReader } from '../src/manifests/bicep-graph.js'
import { MAX_BICEP_NESTING_DEPTH } from '../src/manifests/bicep-syntax.js'
import { entraAppManifestReader } from '../src/manifests/entra-app-manifest.js'
import { readerFor } from '../src/manifests/index.js'
import { MAX_JSON_NESTING_DEPTH } from '../src/manifests/json-nodes.js'
import { spfxPackageSolutionReader } from '../src/manifests/spfx-package-solution.js'
import { teamsAppManifestReader } from '../src/manifests/teams-app-manifest.js'
import { teamsToolkitAadManifestReader } from '../src/manifests/teams-toolkit-aad-manifest.js'
import { MICROSOFT_GRAPH_APP_ID } from '../src/model.js'
import { memoryFiles } from './helpers/memory-files.js'
import { expectGolden } from './helpers/golden.js'

const GRAPH = MICROSOFT_GRAPH_APP_ID
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000'
const USER_READ = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d'
const USER_READ_ALL = 'df021288-bdef-4463-88db-98f22de89214'
const GROUP_READ_ALL = '5b567255-7703-4780-807c-7be8301ae99b'

const lines = (...text: string[]): string => text.join('\n')
const at = (file: string, line: number, column: number) => ({
  file,
  line,
  column
})

describe('Bicep reader (Microsoft Graph extension)', () => {
  const file = 'infra/main.bicep'
  const read = (text: string) => bicepGraphReader.read(file, text)
  const messages = (text: string) => {
    const { problems, unresolved = [] } = read(text)
    return {
      problems: problems.map((p) => [
        p.location.line,
        p.location.column,
        p.message
      ]),
      unresolved: unresolved.map((p) => [
        p.location.line,
        p.location.column,
        p.message
      ])
    }
  }

  it('reads requiredResourceAccess through variables, parameter defaults and loops', () => {
    const { declarations, problems, unresolved } = read(
      lines(
        'extension microsoftGraphV1',
        "var graphAppId = '00000003-0000-0000-c000-000000000000'",
        `var userRead = '${USER_READ}'`,
        'param roles array = [',
        `  '${USER_READ_ALL}'`,
        ']',
        "resource app 'Microsoft.Graph/applications@v1.0' = {",
        "  displayName: 'HR sync'",
        '  requiredResourceAccess: [',
        '    {',
        '      resourceAppId: graphAppId',
        '      resourceAccess: [',
        "        { id: userRead, type: 'Scope' }",
        `        { id: '${GROUP_READ_ALL}', type: 'Role' }`,
        '      ]',
        '    }',
        '    {',
        '      resourceAppId: graphAppId',
        "      resourceAccess: [for role in roles: { id: role, type: 'Role' }]",
        '    }',
        '  ]',
        '}'
      )
    )
    expect(problems).toEqual([])
    expect(unresolved).toEqual([])
    const common = {
      app: { name: 'HR sync' },
      resourceAppId: GRAPH,
      referenceKind: 'id',
      kind: 'required',
      format: 'bicep-graph'
    }
    expect(declarations).toEqual([
      {
        ...common,
        reference: USER_READ,
        type: 'delegated',
        // The reference in the resource, and the literal it stands for.
        location: at(file, 13, 15),
        definedAt: at(file, 3, 17)
      },
      {
        ...common,
        reference: GROUP_READ_ALL,
        type: 'application',
        location: at(file, 14, 16)
      },
      {
        ...common,
        reference: USER_READ_ALL,
        type: 'application',
        // A loop's item is reported where the list gives it.
        location: at(file, 5, 4)
      }
    ])
  })

  it("follows an app role looked up by name through variables, as Microsoft's quickstarts do", () => {
    const { declarations, unresolved } = read(
      lines(
        'extension microsoftGraphV1',
        "param appRoleName string = 'Application.ReadWrite.All'",
        "resource graphSp 'Microsoft.Graph/servicePrincipals@v1.0' existing = {",
        `  appId: '${GRAPH}'`,
        '}',
        'var graphAppRoles = graphSp.appRoles',
        'var appRoleDetail = filter(graphAppRoles, graphAppRoles => graphAppRoles.value == appRoleName)[0]',
        'var detail = appRoleDetail',
        "resource grant 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
        '  appRoleId: detail.id',
        "  principalId: '6a8f0e4c-3b1d-4c2e-9f7a-5d2b8c1e0f3a'",
        '  resourceId: graphSp.id',
        '}'
      )
    )
    expect(unresolved).toEqual([])
    expect(
      declarations.map((d) => [
        d.reference,
        d.type,
        d.kind,
        d.location,
        d.definedAt
      ])
    ).toEqual([
      [
        'Application.ReadWrite.All',
        'application',
        'granted',
        at(file, 10, 14),
        at(file, 2, 29)
      ]
    ])
  })

  it('gives each value it cannot follow its own notice, and says an existing app is looked up', () => {
    const { declarations, unresolved } = read(
      lines(
        'extension microsoftGraphV1',
        'param appRoleId string',
        'param clientAppName string',
        "resource api 'Microsoft.Graph/applications@v1.0' existing = {",
        "  uniqueName: 'orders-api'",
        '}',
        "resource grant 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
        '  appRoleId: appRoleId',
        "  principalId: '6a8f0e4c-3b1d-4c2e-9f7a-5d2b8c1e0f3a'",
        '  resourceId: api.appId',
        '}'
      )
    )
    expect(declarations).toEqual([])
    expect((unresolved ?? []).map((u) => [u.location.line, u.message])).toEqual(
      [
        [
          10,
          expect.stringContaining(
            '`api.appId` is looked up in the tenant at deployment'
          ) as string
        ],
        [8, expect.stringContaining('appRoleId') as string]
      ]
    )
  })

  it('reads app role assignments (by id, and by name through filter) and delegated grants', () => {
    const { declarations, problems, unresolved } = read(
      lines(
        'extension microsoftGraphV1',
        'param roleNames array = [',
        "  'User.Read.All'",
        ']',
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {",
        "  name: 'id-sync'",
        "  location: 'westeurope'",
        '}',
        "resource graphSp 'Microsoft.Graph/servicePrincipals@v1.0' existing = {",
        `  appId: '${GRAPH}'`,
        '}',
        "resource byName 'Microsoft.Graph/appRoleAssignedTo@v1.0' = [for roleName in roleNames: {",
        '  appRoleId: (filter(graphSp.appRoles, r => r.value == roleName)[0]).id',
        '  principalId: identity.properties.principalId',
        '  resourceId: graphSp.id',
        '}]',
        "resource client 'Microsoft.Graph/applications@v1.0' = {",
        "  displayName: 'Reporting'",
        '}',
        "resource clientSp 'Microsoft.Graph/servicePrincipals@v1.0' = {",
        '  appId: client.appId',
        '}',
        "resource byId 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
        `  appRoleId: '${USER_READ_ALL}'`,
        '  principalId: clientSp.id',
        '  resourceId: graphSp.id',
        '}',
        "resource grant 'Microsoft.Graph/oauth2PermissionGrants@v1.0' = {",
        '  clientId: clientSp.id',
        "  consentType: 'AllPrincipals'",
        '  resourceId: graphSp.id',
        "  scope: 'User.Read  Mail.Read'",
        '}'
      )
    )
    expect(problems).toEqual([])
    expect(unresolved).toEqual([])
    const granted = {
      resourceAppId: GRAPH,
      kind: 'granted',
      format: 'bicep-graph'
    }
    expect(declarations).toEqual([
      {
        ...granted,
        app: { name: 'id-sync' },
        reference: 'User.Read.All',
        referenceKind: 'name',
        type: 'application',
        location: at(file, 3, 4)
      },
      {
        ...granted,
        app: { name: 'Reporting' },
        reference: USER_READ_ALL,
        referenceKind: 'id',
        type: 'application',
        location: at(file, 24, 15)
      },
      {
        ...granted,
        app: { name: 'Reporting' },
        reference: 'User.Read',
        referenceKind: 'name',
        type: 'delegated',
        location: at(file, 32, 11)
      },
      {
        ...granted,
        app: { name: 'Reporting' },
        reference: 'Mail.Read',
        referenceKind: 'name',
        type: 'delegated',
        location: at(file, 32, 22)
      }
    ])
  })

  it('reports what it cannot follow where it stands, and why', () => {
    const text = lines(
      'extension microsoftGraphV1',
      'param roleId string',
      "param graphObjectId string = '3c5a1b27-9f0e-4d8a-b6c1-2e7f4a9d0b13'",
      "module api 'api.bicep' = {",
      "  name: 'api'",
      '}',
      "resource graphSp 'Microsoft.Graph/servicePrincipals@v1.0' existing = {",
      `  appId: '${GRAPH}'`,
      '}',
      "resource ownApp 'Microsoft.Graph/applications@v1.0' = {",
      "  displayName: 'Expenses API'",
      '  requiredResourceAccess: [',
      '    {',
      `      resourceAppId: '${GRAPH}'`,
      '      resourceAccess: [',
      "        { id: roleId, type: 'Role' }",
      "        { id: guid('x'), type: 'Role' }",
      '      ]',
      '    }',
      '  ]',
      '}',
      "resource ownSp 'Microsoft.Graph/servicePrincipals@v1.0' = {",
      '  appId: ownApp.appId',
      '}',
      "resource viaModule 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
      `  appRoleId: '${USER_READ_ALL}'`,
      '  principalId: api.outputs.principalId',
      '  resourceId: api.outputs.graphSpId',
      '}',
      "resource byObjectId 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
      `  appRoleId: '${USER_READ_ALL}'`,
      '  principalId: ownSp.id',
      '  resourceId: graphObjectId',
      '}',
      "resource onOwnApi 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {",
      `  appRoleId: '${USER_READ_ALL}'`,
      '  principalId: graphSp.id',
      '  resourceId: ownSp.id',
      '}'
    )
    expect(read(text).declarations).toEqual([])
    const { problems, unresolved } = messages(text)
    expect(problems).toEqual([])
    expect(unresolved).toEqual([
      [
        16,
        15,
        '"id" of `ownApp` is not checked: the parameter `roleId` has no default value'
      ],
      [
        17,
        15,
        '"id" of `ownApp` is not checked: `guid(\'x\')` is a function call, which the scan does not evaluate'
      ],
      [
        28,
        15,
        '"resourceId" of `viaModule` is not checked: `api` is a module, whose outputs the scan does not follow'
      ],
      [
        33,
        15,
        '"resourceId" of `byObjectId` is not checked: it is a service principal\'s object id, which differs in every tenant; refer to an existing Microsoft.Graph/servicePrincipals resource declared with the API\'s appId instead'
      ],
      [
        23,
        10,
        '"resourceId" of `onOwnApi` is not checked: `ownApp.appId` is known only after deployment'
      ]
    ])
  })

  it('reports wrong types and missing values as problems, keeping the valid entries', () => {
    const { declarations, problems } = read(
      lines(
        'extension microsoftGraphV1',
        "resource app 'Microsoft.Graph/applications@v1.0' = {",
        "  displayName: 'App'",
        '  requiredResourceAccess: [',
        '    {',
        '      resourceAccess: []',
        '    }',
        '    {',
        '      resourceAppId: 42',
        '      resourceAccess: []',
        '    }',
        '    {',
        `      resourceAppId: '${GRAPH}'`,
        '      resourceAccess: [',
        `        { id: '${USER_READ}', type: 'scope' }`,
        "        { type: 'Role' }",
        "        'User.Read'",
        `        { id: '${USER_READ}', type: 'Scope' }`,
        '      ]',
        '    }',
        '  ]',
        '}',
        "resource grant 'Microsoft.Graph/oauth2PermissionGrants@v1.0' = {",
        "  clientId: 'x'",
        '}'
      )
    )
    expect(declarations.map((d) => d.location.line)).toEqual([18])
    expect(
      problems.map((p) => [p.location.line, p.location.column, p.message])
    ).toEqual([
      [
        5,
        5,
        'each "requiredResourceAccess" entry needs a "resourceAppId" string: the API\'s appId'
      ],
      [
        9,
        22,
        'each "requiredResourceAccess" entry needs a "resourceAppId" string: the API\'s appId'
      ],
      [15, 61, "\"type\" must be 'Scope' (delegated) or 'Role' (application)"],
      [
        16,
        9,
        'each "resourceAccess" entry needs an "id" string: the permission\'s GUID'
      ],
      [17, 9, 'each "resourceAccess" entry must be an object'],
      [
        23,
        64,
        '`grant` needs "resourceId": the id of the API\'s service principal'
      ]
    ])
  })

  it.each([
    [
      "resource a 'Microsoft.Graph/applications@v1.0' = {\n  displayName: 'x\n}",
      'unterminated string: a single-quoted string must end on the line it starts',
      2,
      16
    ],
    [
      "resource a 'Microsoft.Graph/applications@v1.0' = {\n  displayName: 'x'\n",
      'expected a property name, found the end of the file',
      3,
      1
    ],
    [
      "var x = 'a\\q'\nresource a 'Microsoft.Graph/applications@v1.0' = {}",
      'invalid escape sequence "\\q": use \\\\, \\\', \\n, \\r, \\t, \\$ or \\u{...}',
      1,
      11
    ],
    [
      "var x = [\n  1\n  2 3\n]\nresource a 'Microsoft.Graph/applications@v1.0' = {}",
      'expected a line break, "," or "]" after the item, found "3"',
      3,
      5
    ],
    [
      "resource a 'Microsoft.Graph/applications@v1.0' = {\n  a: [\n}",
      'expected a value, found "}"',
      3,
      1
    ],
    [
      "}\nresource a 'Microsoft.Graph/applications@v1.0' = {}",
      'expected a declaration such as param, var or resource, found "}"',
      1,
      1
    ]
  ])(
    'reports one syntax error at its place: %j',
    (text, message, line, column) => {
      expect(read(text)).toEqual({
        declarations: [],
        problems: [
          {
            message: `Bicep syntax error: ${message}`,
            location: at(file, line, column)
          }
        ]
      })
    }
  )

  it('parses the rest of the language without complaint', () => {
    const { problems, declarations } = read(
      lines(
        "extension 'br:mcr.microsoft.com/bicep/extensions/microsoftgraph/v1.0:0.1.8-preview' as graph",
        "import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.5.1'",
        "targetScope = 'resourceGroup'",
        "metadata owner = 'Platform'",
        '@export()',
        'type roleType = {',
        "  @description('Optional.')",
        "  kind: ('Role' | 'Scope')?",
        '  mode:',
        "    | 'a'",
        "    | 'b'",
        '}',
        "func prefixed(name string) string => 'app-${name}'",
        '#disable-next-line no-unused-vars',
        'param lock lockType?',
        "param nullable string? // a comment with 'quotes'",
        '/* a block',
        '   comment */',
        "var notes = lock.?kind == 'CanNotDelete'",
        "  ? 'Cannot delete.'",
        "  : 'Cannot modify.'",
        'var items = map(range(0, 3), i => {',
        '  index: i',
        '})',
        'var sorted = sort(items, (a, b) => a.index < b.index)',
        "var multi = '''",
        "it's verbatim ${here}",
        "'''",
        "var interpolated = $'''",
        'name: ${nullable!}',
        "'''",
        "var escapes = '\\u{1F642} \\${literal} \\'quoted\\''",
        'var call = toLower( replace (',
        "  'A-B',",
        "  '-',",
        "  ''",
        '))',
        "var single = { a: 1, b: 'two', c: [1, 2] }",
        "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (!empty(nullable ?? '')) {",
        "  name: 'st'",
        "  resource blob 'blobServices' = {",
        "    name: 'default'",
        '  }',
        '}',
        "resource app 'Microsoft.Graph/applications@v1.0' = {",
        "  displayName: prefixed('x')",
        '  requiredResourceAccess: [',
        '    {',
        `      resourceAppId: '${GRAPH}'`,
        "      resourceAccess: [for (id, i) in ['" +
          USER_READ +
          "']: if (i >= 0) {",
        '        id: id',
        "        type: 'Scope'",
        '      }]',
        '    }',
        '  ]',
        '}',
        'output blobId string = storage::blob.id'
      )
    )
    expect(problems).toEqual([])
    expect(declarations).toEqual([
      expect.objectContaining({
        app: { name: 'app' },
        reference: USER_READ,
        location: at(file, 50, 41)
      })
    ])
  })

  it('considers .bicep files and reads only those with Microsoft Graph resources', () => {
    expect(bicepGraphReader.considers('infra/main.bicep')).toBe(true)
    expect(bicepGraphReader.considers('infra/main.bicepparam')).toBe(false)
    expect(
      bicepGraphReader.accepts(
        'storage.bicep',
        "resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {}"
      )
    ).toBe(false)
    expect(
      bicepGraphReader.accepts(
        'graph.bicep',
        "resource g 'Microsoft.Graph/groups@v1.0' = {}"
      )
    ).toBe(true)
  })

  describe('hostile input', () => {
    const graphResource = "resource app 'Microsoft.Graph/applications@v1.0' = "

    it('stops at a nesting depth limit instead of exhausting the stack', () => {
      for (const text of [
        graphResource + '['.repeat(200_000) + ']'.repeat(200_000),
        graphResource + '('.repeat(200_000) + '1' + ')'.repeat(200_000),
        graphResource + "'${".repeat(50_000) + "'"
      ]) {
        const { problems } = read(text)
        expect(problems).toHaveLength(1)
        expect(problems[0]?.message).toMatch(
          new RegExp(`more than ${MAX_BICEP_NESTING_DEPTH} levels deep$`)
        )
      }
      // A long run of operators is read in a loop, not by recursion.
      expect(
        read(`var x = ${'!'.repeat(200_000)}true\n${graphResource}{}`).problems
      ).toEqual([])
    })

    it('does not loop on variables that refer to each other', () => {
      const { unresolved = [] } = read(
        lines(
          'var a = b',
          'var b = a',
          `${graphResource}{`,
          '  requiredResourceAccess: a',
          '}'
        )
      )
      expect(unresolved.map((u) => u.message)).toEqual([
        '"requiredResourceAccess" of `app` is not checked: `a` is defined in terms of itself'
      ])
    })

    it('gives up on templates that multiply into too many values, and says so', () => {
      const doublings = Array.from(
        { length: 40 },
        (_, i) => `var a${i + 1} = [...a${i}, ...a${i}]`
      )
      const started = Date.now()
      const { declarations, unresolved = [] } = read(
        lines(
          `var a0 = ['${USER_READ_ALL}']`,
          ...doublings,
          `${graphResource}{`,
          '  requiredResourceAccess: [',
          '    {',
          `      resourceAppId: '${GRAPH}'`,
          "      resourceAccess: [for id in a40: { id: id, type: 'Role' }]",
          '    }',
          '  ]',
          '}'
        )
      )
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(declarations).toEqual([])
      expect(unresolved.map((u) => u.message)).toEqual([
        '`app` is not checked: the template takes more than 1000000 steps to evaluate'
      ])
    })

    it('reads a large template in linear time', () => {
      const count = 20_000
      const resources = Array.from(
        { length: count },
        (_, i) =>
          `resource r${i} 'Microsoft.Graph/appRoleAssignedTo@v1.0' = {\n  appRoleId: '${USER_READ_ALL}'\n  principalId: graphSp.id\n  resourceId: graphSp.id\n}\n`
      )
      const text = lines(
        "resource graphSp 'Microsoft.Graph/servicePrincipals@v1.0' existing = {",
        `  appId: '${GRAPH}'`,
        '}',
        ...resources
      )
      expect(text.length).toBeGreaterThan(3_000_000)
      const started = Date.now()
      const { declarations, problems } = read(text)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(problems).toEqual([])
      expect(declarations).toHaveLength(count)
    })
  })
})

describe('SharePoint Framework package-solution.json reader', () => {
  const file = 'config/package-solution.json'
  const read = (text: string) => spfxPackageSolutionReader.read(file, text)

  it('reads each request as a delegated permission of the named API', () => {
    const { declarations, problems } = read(
      lines(
        '{',
        '  "solution": {',
        '    "name": "hello-graph-client-side-solution",',
        '    // approved on the API access page',
        '    "webApiPermissionRequests": [',
        '      { "resource": "Microsoft Graph", "scope": "User.ReadBasic.All" },',
        `      { "resource": "${SHAREPOINT}", "scope": "AllSites.Read" }`,
        '    ]',
        '  }',
        '}'
      )
    )
    expect(problems).toEqual([])
    const common = {
      app: { name: 'hello-graph-client-side-solution' },
      referenceKind: 'name',
      type: 'delegated',
      kind: 'required',
      format: 'spfx-package-solution'
    }
    expect(declarations).toEqual([
      {
        ...common,
        resourceAppId: 'Microsoft Graph',
        reference: 'User.ReadBasic.All',
        location: at(file, 6, 50)
      },
      {
        ...common,
        resourceAppId: SHAREPOINT,
        reference: 'AllSites.Read',
        location: at(file, 7, 71)
      }
    ])
  })

  it('reports entries and shapes it cannot read', () => {
    const problemsOf = (text: string) =>
      read(text).problems.map((p) => [p.location.line, p.message])
    expect(
      problemsOf(
        lines(
          '{ "solution": { "webApiPermissionRequests": [',
          '  { "resource": "Microsoft Graph" },',
          '  { "scope": "User.Read" },',
          '  { "resource": "Microsoft Graph", "scope": 42 },',
          '  "User.Read"',
          '] } }'
        )
      )
    ).toEqual([
      [
        2,
        'each "webApiPermissionRequests" entry needs a "scope" string: the name of one delegated permission'
      ],
      [
        3,
        'each "webApiPermissionRequests" entry needs a "resource" string: the API\'s display name or appId'
      ],
      [
        4,
        'each "webApiPermissionRequests" entry needs a "scope" string: the name of one delegated permission'
      ],
      [
        5,
        'each "webApiPermissionRequests" entry must be an object with "resource" and "scope"'
      ]
    ])
    expect(problemsOf('{ "paths": {} }')).toEqual([
      [1, '"solution" must be an object']
    ])
    expect(
      problemsOf('{ "solution": { "webApiPermissionRequests": {} } }')
    ).toEqual([[1, '"webApiPermissionRequests" must be an array']])
    expect(problemsOf('{ "solution": { "name": "no-requests" } }')).toEqual([])
  })

  it('takes any file whose name ends in package-solution.json', () => {
    expect(
      spfxPackageSolutionReader.considers('web/config/package-solution.json')
    ).toBe(true)
    expect(
      spfxPackageSolutionReader.considers('config/prod.package-solution.json')
    ).toBe(true)
    expect(spfxPackageSolutionReader.considers('config/config.json')).toBe(
      false
    )
  })
})

describe('Teams app manifest reader', () => {
  const file = 'appPackage/manifest.json'
  const read = (text: string) => teamsAppManifestReader.read(file, text)
  const schema =
    'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json'

  it('reads resource-specific consent permissions', () => {
    const { declarations, problems, unresolved } = read(
      lines(
        '{',
        `  "$schema": "${schema}",`,
        '  "manifestVersion": "1.17",',
        '  "id": "${{TEAMS_APP_ID}}",',
        '  "name": { "short": "Standup", "full": "Standup notes" },',
        '  "webApplicationInfo": { "id": "7d1c2a3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "resource": "https://RscBasedStoreApp" },',
        '  "authorization": { "permissions": { "resourceSpecific": [',
        '    { "name": "ChannelMessage.Read.Group", "type": "Application" },',
        '    { "name": "MeetingStage.Write.Chat", "type": "Delegated" },',
        '    { "name": "TeamMember.Read.Group", "type": "application" }',
        '  ] } }',
        '}'
      )
    )
    expect(declarations).toEqual([
      {
        app: { name: 'Standup', appId: '7d1c2a3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
        resourceAppId: GRAPH,
        reference: 'ChannelMessage.Read.Group',
        referenceKind: 'name',
        type: 'application',
        kind: 'required',
        resourceSpecific: true,
        format: 'teams-app-manifest',
        location: at(file, 8, 16)
      }
    ])
    // Delegated RSC is not in the catalog: not checked, rather than falsely unknown.
    expect(unresolved).toEqual([
      {
        message:
          'the delegated resource-specific permission "MeetingStage.Write.Chat" is not checked: the bundled catalog lists only application resource-specific permissions',
        location: at(file, 9, 16)
      }
    ])
    expect(problems).toEqual([
      {
        message: '"type" must be "Application" or "Delegated"',
        location: at(file, 10, 49)
      }
    ])
  })

  it('keeps columns right after a byte order mark', () => {
    const manifest =
      '{"manifestVersion": "1.17", "id": "x", "authorization": {"permissions": {"resourceSpecific": [{"name": "ChannelMessage.Read.Group", "type": "Application"}]}}}'
    expect(read(`\ufeff${manifest}`).declarations[0]?.location).toEqual(
      at(file, 1, manifest.indexOf('ChannelMessage') + 1)
    )
  })

  it('reads the applicationPermissions of manifests before 1.12', () => {
    const { declarations, problems } = read(
      JSON.stringify(
        {
          manifestVersion: '1.11',
          id: '3f9a6c1e-8b2d-4e7f-a0c5-6d1b9e2f4a83',
          name: { short: 'Classic' },
          webApplicationInfo: {
            id: 'not-a-guid',
            applicationPermissions: ['TeamSettings.Read.Group', 7]
          }
        },
        null,
        2
      )
    )
    expect(
      declarations.map((d) => [d.reference, d.resourceSpecific, d.app])
    ).toEqual([['TeamSettings.Read.Group', true, { name: 'Classic' }]])
    expect(problems.map((p) => p.message)).toEqual([
      '"webApplicationInfo.id" must be the Entra app\'s client id (a GUID)',
      'each "applicationPermissions" entry needs a permission name'
    ])
  })

  it("takes the placeholders of Teams Toolkit and of Microsoft's samples for an app id to come", () => {
    for (const placeholder of ['${{AAD_APP_CLIENT_ID}}', '<<APP-ID>>']) {
      const { declarations, problems } = read(
        JSON.stringify({
          manifestVersion: '1.11',
          id: placeholder,
          name: { short: 'Sample' },
          webApplicationInfo: {
            id: placeholder,
            applicationPermissions: ['OnlineMeeting.ReadBasic.Chat']
          }
        })
      )
      expect(problems).toEqual([])
      expect(declarations.map((d) => [d.reference, d.app])).toEqual([
        ['OnlineMeeting.ReadBasic.Chat', { name: 'Sample' }]
      ])
    }
  })

  it('reads only Teams manifests among the manifest.json files', () => {
    const accepts = (text: string, path = file) =>
      teamsAppManifestReader.accepts(path, text)
    expect(accepts(`{ "$schema": "${schema}" }`)).toBe(true)
    expect(
      accepts('{ "manifestVersion": "devPreview", "id": "x", "developer": {} }')
    ).toBe(true)
    // A web app manifest and a browser extension manifest share the file name.
    expect(
      accepts('{ "name": "App", "short_name": "App", "start_url": "/" }')
    ).toBe(false)
    expect(
      accepts('{ "manifest_version": 3, "name": "Ext", "version": "1.0" }')
    ).toBe(false)
    expect(accepts(`{ "$schema": "${schema}", "id": `)).toBe(true)
    expect(accepts(`{ "$schema": "${schema}" }`, 'teams/app.json')).toBe(false)
    expect(
      teamsAppManifestReader.considers('appPackage/manifest.local.json')
    ).toBe(true)
  })
})

describe('Teams Toolkit Entra app manifest reader', () => {
  const file = 'aad.manifest.json'
  const read = (text: string) => teamsToolkitAadManifestReader.read(file, text)

  it('takes API and permission names, and reports placeholders as unresolved', () => {
    const { declarations, problems, unresolved } = read(
      lines(
        '{',
        '  "appId": "${{AAD_APP_CLIENT_ID}}",',
        '  "name": "tab-aad",',
        '  "requiredResourceAccess": [',
        '    {',
        '      "resourceAppId": "Microsoft Graph",',
        '      "resourceAccess": [',
        '        { "id": "User.Read", "type": "Scope" }, // signs the user in',
        `        { "id": "${USER_READ_ALL}", "type": "Role" },`,
        '        { "id": "${{EXTRA_SCOPE_ID}}", "type": "Scope" }',
        '      ]',
        '    },',
        '    {',
        '      "resourceAppId": "${{API_APP_ID}}",',
        '      "resourceAccess": [{ "id": "access_as_user", "type": "Scope" }]',
        '    }',
        '  ]',
        '}'
      )
    )
    expect(problems).toEqual([])
    const common = {
      app: { name: 'tab-aad', appId: undefined },
      resourceAppId: 'Microsoft Graph',
      kind: 'required',
      format: 'teams-toolkit-aad-manifest'
    }
    expect(declarations).toEqual([
      {
        ...common,
        reference: 'User.Read',
        referenceKind: 'name',
        type: 'delegated',
        location: at(file, 8, 18)
      },
      {
        ...common,
        reference: USER_READ_ALL,
        referenceKind: 'id',
        type: 'application',
        location: at(file, 9, 18)
      }
    ])
    expect(unresolved).toEqual([
      {
        message:
          '"id" is "${{EXTRA_SCOPE_ID}}", a placeholder filled in when the app is provisioned, so the permission is not checked',
        location: at(file, 10, 18)
      },
      {
        message:
          '"resourceAppId" is "${{API_APP_ID}}", a placeholder filled in when the app is provisioned, so the permissions under it are not checked',
        location: at(file, 14, 25)
      }
    ])
  })

  it('claims toolkit files before the Entra reader, which still wants GUIDs', () => {
    const manifest =
      '{ "requiredResourceAccess": [{ "resourceAppId": "Microsoft Graph", "resourceAccess": [{ "id": "User.Read", "type": "Scope" }] }] }'
    for (const path of [
      'aad.manifest.json',
      'templates/appPackage/aad.template.json',
      'aad.manifest.template.json',
      'infra/entra/entra.graph.manifest.json'
    ])
      expect(readerFor(path, manifest)).toBe(teamsToolkitAadManifestReader)
    expect(
      readerFor(
        'infra/sso.json',
        manifest.replace('Microsoft Graph', '${{GRAPH_APP_ID}}')
      )
    ).toBe(teamsToolkitAadManifestReader)
    expect(readerFor('app/manifest.json', manifest)).toBe(
      entraAppManifestReader
    )
    expect(
      entraAppManifestReader
        .read('app/manifest.json', manifest)
        .declarations.map((d) => d.referenceKind)
    ).toEqual(['id'])
  })
})

describe('JSON readers and hostile input', () => {
  const deep = `{ "solution": ${'['.repeat(20_000)}${']'.repeat(20_000)} }`

  it.each([
    ['config/package-solution.json', spfxPackageSolutionReader],
    ['appPackage/manifest.json', teamsAppManifestReader],
    ['aad.manifest.json', teamsToolkitAadManifestReader],
    ['app/manifest.json', entraAppManifestReader]
  ] as const)(
    'reports nesting too deep to parse in %s instead of overflowing the stack',
    (path, reader) => {
      expect(reader.read(path, deep).problems).toEqual([
        {
          message: `JSON nesting is deeper than ${MAX_JSON_NESTING_DEPTH} levels`,
          // The outer object is the first level.
          location: at(path, 1, 14 + MAX_JSON_NESTING_DEPTH)
        }
      ])
    }
  )

  it('reads a large package-solution.json quickly', () => {
    const requests = Array.from(
      { length: 60_000 },
      (_, i) =>
        `{ "resource": "Microsoft Graph", "scope": "Scope${i}.Read.All" }`
    )
    const text = `{ "solution": { "webApiPermissionRequests": [\n${requests.join(',\n')}\n] } }`
    const started = Date.now()
    const { declarations } = spfxPackageSolutionReader.read(
      'config/package-solution.json',
      text
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(declarations).toHaveLength(60_000)
  })
})

describe('spfx-shared-principal', () => {
  const solution = (scopes: string[]): string =>
    JSON.stringify(
      {
        solution: {
          name: 'solution',
          webApiPermissionRequests: scopes.map((scope) => ({
            resource: 'Microsoft Graph',
            scope
          }))
        }
      },
      null,
      2
    )

  it('notes once per package-solution.json that the grant is shared by the tenant', async () => {
    const { findings } = await scan(
      ['.'],
      memoryFiles({
        'a/config/package-solution.json': solution([
          'User.Read',
          'Sites.Read.All',
          'User.Read',
          'Mail.Read',
          'Calendars.Read',
          'Files.Read',
          'People.Read'
        ]),
        'b/config/package-solution.json': solution(['User.Read']),
        'c/config/package-solution.json': solution([]),
        'd/app.json': JSON.stringify({
          requiredResourceAccess: [
            {
              resourceAppId: GRAPH,
              resourceAccess: [{ id: USER_READ, type: 'Scope' }]
            }
          ]
        })
      }),
      loadBundledCatalog()
    )
    const shared = findings.filter((f) => f.ruleId === 'spfx-shared-principal')
    expect(
      shared.map((f) => [f.severity, f.location.file, f.location.line])
    ).toEqual([
      ['notice', 'a/config/package-solution.json', 7],
      ['notice', 'b/config/package-solution.json', 7]
    ])
    expect(shared[0]?.message).toBe(
      'SharePoint Framework API permissions are granted tenant-wide to the "SharePoint Online Client Extensibility Web Application Principal", which every SPFx solution in the tenant shares: once approved, the 6 permissions requested here (`User.Read`, `Sites.Read.All`, `Mail.Read`, `Calendars.Read`, `Files.Read` and 1 more) can be used by any script on any site, not only by this solution.'
    )
    expect(shared[1]?.message).toContain(
      'once approved, the permission requested here (`User.Read`) can be used by any script'
    )
  })
})

describe('golden reports of the format fixtures', () => {
  const fixtures = join('__tests__', 'fixtures')
  const cases = [
    'bicep-graph',
    'spfx-package-solution',
    'teams-app-manifest',
    'teams-toolkit-aad-manifest'
  ].flatMap((format) =>
    readdirSync(join(fixtures, format)).map((name) => [format, name] as const)
  )

  it.each(cases)('%s/%s matches its golden JSON', async (format, name) => {
    let stdout = ''
    const code = await runCli(
      ['scan', join(fixtures, format, name), '--format', 'json'],
      {
        cwd: '.',
        colour: false,
        now: () => new Date('2026-11-25T12:00:00Z'),
        stdout: (text) => (stdout += text),
        stderr: () => undefined
      }
    )
    expect(code).toBe(EXIT_FINDINGS)
    expectGolden(`${format}-${name}.json`, stdout)
  })
})
