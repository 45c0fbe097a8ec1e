import { entraAppManifestReader } from '../src/manifests/entra-app-manifest.js'
import { readerFor } from '../src/manifests/index.js'
import { yamlManifestReader } from '../src/manifests/yaml-manifest.js'
import { MICROSOFT_GRAPH_APP_ID } from '../src/model.js'

const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000'

describe('YAML manifest reader', () => {
  const read = (text: string) =>
    yamlManifestReader.read('.github/graph-permissions.yml', text)

  it('reads names and GUIDs per type and resource, at the token', () => {
    const { declarations, problems } = read(
      [
        'version: 1',
        'apps:',
        '  - name: HR sync',
        '    appId: 6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21',
        '    delegated: [User.Read]',
        '    application:',
        '      - 5652f862-b626-407b-a3e6-248aeb95763c',
        '    resources:',
        `      - resourceAppId: ${EXCHANGE}`,
        '        application: [full_access_as_app]'
      ].join('\n')
    )
    expect(problems).toEqual([])
    expect(declarations).toEqual([
      {
        app: { name: 'HR sync', appId: '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21' },
        resourceAppId: MICROSOFT_GRAPH_APP_ID,
        reference: 'User.Read',
        referenceKind: 'name',
        type: 'delegated',
        kind: 'required',
        format: 'yaml-manifest',
        location: { file: '.github/graph-permissions.yml', line: 5, column: 17 }
      },
      expect.objectContaining({
        reference: '5652f862-b626-407b-a3e6-248aeb95763c',
        referenceKind: 'id',
        type: 'application',
        location: { file: '.github/graph-permissions.yml', line: 7, column: 9 }
      }),
      expect.objectContaining({
        resourceAppId: EXCHANGE,
        reference: 'full_access_as_app',
        location: expect.objectContaining({ line: 10, column: 23 })
      })
    ])
  })

  it('reports a syntax error at its line and reads nothing from the file', () => {
    const { declarations, problems } = read(
      'apps:\n  - name: x\n    delegated: [User.Read\n'
    )
    expect(declarations).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(/^YAML syntax error: /)
    expect(problems[0]?.location.line).toBeGreaterThanOrEqual(3)
  })

  it('reports structural mistakes where they are and keeps the valid parts', () => {
    const { declarations, problems } = read(
      [
        'version: 2',
        'apps:',
        '  - name: A',
        '    appId: not-a-guid',
        '    delgated: [User.Read]',
        '    application: User.Read.All',
        '    delegated: [Mail.Read, 42, {a: b}]',
        '    resources:',
        '      - delegated: [X.Y]'
      ].join('\n')
    )
    expect(declarations.map((d) => d.reference)).toEqual(['Mail.Read'])
    const byLine = [...problems].sort(
      (a, b) => a.location.line - b.location.line
    )
    expect(byLine.map((p) => [p.location.line, p.message])).toEqual([
      [1, 'only "version: 1" is supported'],
      [4, '"appId" must be a GUID'],
      [
        5,
        'unknown key "delgated" in apps[0]; expected one of: name, appId, delegated, application, resources'
      ],
      [6, '"application" must be a list of permission names or GUIDs'],
      [7, 'each "delegated" entry must be a permission name or GUID'],
      [7, 'each "delegated" entry must be a permission name or GUID'],
      [9, 'apps[0].resources[0] needs a "resourceAppId"']
    ])
  })

  it('rejects a root that is not a mapping and an apps key that is not a list', () => {
    expect(read('- a\n- b\n').problems[0]?.message).toMatch(/must be a mapping/)
    expect(read('version: 1\napps: {}\n').problems[0]).toEqual({
      message: '"apps" must be a list of apps',
      location: { file: '.github/graph-permissions.yml', line: 2, column: 7 }
    })
  })

  it('does not expand aliases (no billion-laughs) and reports them', () => {
    const { declarations, problems } = read(
      'version: 1\nx: &a [User.Read]\napps:\n  - name: A\n    delegated: *a\n'
    )
    expect(declarations).toEqual([])
    expect(problems.map((p) => p.message)).toContain(
      '"delegated" must be a list of permission names or GUIDs'
    )
  })

  it('keeps columns right after a byte order mark', () => {
    const { declarations } = read('\ufeffapps: [{delegated: [User.Read]}]\n')
    expect(declarations[0]?.location).toEqual({
      file: '.github/graph-permissions.yml',
      line: 1,
      column: 21
    })
  })
})

describe('Entra app manifest reader', () => {
  const read = (text: string) =>
    entraAppManifestReader.read('app/manifest.json', text)

  it('reads the Microsoft Graph manifest shape with the id token location', () => {
    const text = JSON.stringify(
      {
        appId: '9c1d7e52-3a4b-4f6e-8d2c-7b5a9e1f0c34',
        displayName: 'Expenses',
        requiredResourceAccess: [
          {
            resourceAppId: MICROSOFT_GRAPH_APP_ID,
            resourceAccess: [
              { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
              { id: 'df021288-bdef-4463-88db-98f22de89214', type: 'Role' }
            ]
          }
        ]
      },
      null,
      2
    )
    const { declarations, problems } = read(text)
    expect(problems).toEqual([])
    expect(
      declarations.map((d) => [
        d.type,
        d.reference,
        d.location.line,
        d.location.column
      ])
    ).toEqual([
      ['delegated', 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', 9, 18],
      ['application', 'df021288-bdef-4463-88db-98f22de89214', 13, 18]
    ])
    expect(declarations[0]?.app).toEqual({
      name: 'Expenses',
      appId: '9c1d7e52-3a4b-4f6e-8d2c-7b5a9e1f0c34'
    })
  })

  it('tolerates comments and trailing commas of the legacy Azure AD Graph shape', () => {
    const { declarations, problems } = read(
      [
        '// exported from the classic blade',
        '{ "name": "Legacy", /* old */ "requiredResourceAccess": [',
        '  { "resourceAppId": "00000003-0000-0000-c000-000000000000",',
        '    "resourceAccess": [ { "id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope" }, ], },',
        '], }'
      ].join('\n')
    )
    expect(problems).toEqual([])
    expect(declarations).toHaveLength(1)
    expect(declarations[0]?.app.name).toBe('Legacy')
    expect(declarations[0]?.location).toEqual({
      file: 'app/manifest.json',
      line: 4,
      column: 34
    })
  })

  it('reads arrays of applications and Graph collection responses', () => {
    const app = (name: string) => ({
      displayName: name,
      requiredResourceAccess: [
        {
          resourceAppId: MICROSOFT_GRAPH_APP_ID,
          resourceAccess: [
            { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }
          ]
        }
      ]
    })
    expect(
      read(JSON.stringify([app('A'), app('B')])).declarations.map(
        (d) => d.app.name
      )
    ).toEqual(['A', 'B'])
    expect(
      read(JSON.stringify({ value: [app('C')] })).declarations.map(
        (d) => d.app.name
      )
    ).toEqual(['C'])
  })

  it('reports the first syntax error at its line and column', () => {
    const { declarations, problems } = read(
      '{\n  "requiredResourceAccess": [\n    { "resourceAppId" "x" }\n  ]\n}'
    )
    expect(declarations).toEqual([])
    expect(problems).toEqual([
      {
        message: 'JSON syntax error: ":" expected',
        location: { file: 'app/manifest.json', line: 3, column: 23 }
      }
    ])
  })

  it('reports entries with missing ids, bad types and missing resource ids, keeping the rest', () => {
    const { declarations, problems } = read(
      JSON.stringify(
        {
          requiredResourceAccess: [
            {
              resourceAppId: MICROSOFT_GRAPH_APP_ID,
              resourceAccess: [
                { type: 'Scope' },
                { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'scope' },
                { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }
              ]
            },
            { resourceAccess: [] },
            { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: 'none' }
          ]
        },
        null,
        2
      )
    )
    expect(declarations).toHaveLength(1)
    expect(problems.map((p) => p.message)).toEqual([
      'each "resourceAccess" entry needs an "id" string',
      '"type" must be "Scope" (delegated) or "Role" (application)',
      'each "requiredResourceAccess" entry needs a "resourceAppId" string',
      '"resourceAccess" must be an array'
    ])
  })
})

describe('format detection', () => {
  it('reads any JSON with requiredResourceAccess and any YAML given by name', () => {
    expect(readerFor('x/whatever.json', '{"requiredResourceAccess": []}')).toBe(
      entraAppManifestReader
    )
    expect(readerFor('package.json', '{"name": "x"}')).toBeUndefined()
    expect(readerFor('perms.yaml', 'apps: []')).toBe(yamlManifestReader)
  })
})
