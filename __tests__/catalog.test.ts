import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { CatalogSourceError } from '../src/catalog/catalog.js'
import { permissionsFromServicePrincipal } from '../src/catalog/service-principal.js'
import {
  DistanceRows,
  editDistance,
  nameCandidates,
  suggestNames
} from '../src/catalog/suggest.js'
import { MICROSOFT_GRAPH_APP_ID } from '../src/model.js'
import { CATALOG_FILES, generateCatalog } from '../scripts/catalog-files.js'

const GRAPH = MICROSOFT_GRAPH_APP_ID
const catalog = loadBundledCatalog()
const SHARED_DATA = join('..', 'shared', 'data')

describe('bundled Microsoft Graph catalog', () => {
  const permissions = catalog.resource(GRAPH)?.permissions ?? []

  it('holds every delegated scope and application role', () => {
    expect(permissions.filter((p) => p.type === 'delegated')).toHaveLength(807)
    expect(permissions.filter((p) => p.type === 'application')).toHaveLength(
      716
    )
  })

  it('resolves the reference pages exactly', () => {
    expect(
      catalog.findById(
        GRAPH,
        'delegated',
        'eed0129d-dc60-4f30-8641-daf337a39ffd'
      )
    ).toMatchObject({
      resourceAppId: GRAPH,
      name: 'CrossTenantUserProfileSharing.ReadWrite',
      id: 'eed0129d-dc60-4f30-8641-daf337a39ffd',
      type: 'delegated',
      adminConsentRequired: true,
      enabled: true
    })
    expect(
      catalog.findById(
        GRAPH,
        'application',
        '5652f862-b626-407b-a3e6-248aeb95763c'
      )
    ).toMatchObject({
      resourceAppId: GRAPH,
      name: 'User.ReadWrite.CrossCloud',
      id: '5652f862-b626-407b-a3e6-248aeb95763c',
      type: 'application',
      adminConsentRequired: true,
      enabled: true
    })
  })

  it('keys lookups by type: one GUID may serve both types, one name may have two GUIDs', () => {
    const exportId = '405a51b5-8d8d-430b-9842-8be4b0e9f324'
    expect(catalog.findById(GRAPH, 'delegated', exportId)?.name).toBe(
      'User.Export.All'
    )
    expect(catalog.findById(GRAPH, 'application', exportId)?.name).toBe(
      'User.Export.All'
    )
    const delegatedUserRead = catalog.findByName(
      GRAPH,
      'delegated',
      'User.Read.All'
    )
    const applicationUserRead = catalog.findByName(
      GRAPH,
      'application',
      'User.Read.All'
    )
    expect(delegatedUserRead?.id).toBe('a154be20-db9c-4678-8ab7-66f6cc099a59')
    expect(applicationUserRead?.id).toBe('df021288-bdef-4463-88db-98f22de89214')
    const delegatedNames = new Set(
      permissions.filter((p) => p.type === 'delegated').map((p) => p.name)
    )
    const both = permissions.filter(
      (p) => p.type === 'application' && delegatedNames.has(p.name)
    )
    expect(both).toHaveLength(572)
  })

  it('matches names case-insensitively and GUIDs in any case', () => {
    expect(catalog.findByName(GRAPH, 'delegated', 'user.read')?.name).toBe(
      'User.Read'
    )
    expect(
      catalog.findById(
        GRAPH,
        'delegated',
        'E1FE6DD8-BA31-4D61-89E7-88639DA4683D'
      )?.name
    ).toBe('User.Read')
  })

  it('marks delegated consent from the scope type and disabled permissions', () => {
    expect(
      catalog.findByName(GRAPH, 'delegated', 'User.Read')?.adminConsentRequired
    ).toBe(false)
    expect(
      catalog.findByName(GRAPH, 'delegated', 'AgentCard.Read.All')?.enabled
    ).toBe(false)
    expect(permissions.filter((p) => !p.enabled)).toHaveLength(4)
    expect(
      permissions.filter(
        (p) => p.type === 'delegated' && p.adminConsentRequired
      )
    ).toHaveLength(654)
  })

  it('records its source and date', () => {
    expect(catalog.resource(GRAPH)?.source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('catalog generation', () => {
  const sharedPresent = existsSync(join(SHARED_DATA, 'graph-sp'))
  const whenShared = sharedPresent ? it : it.skip

  whenShared(
    'regenerates every catalog file and the tier comparison from ../shared/data without a difference',
    () => {
      const { files } = generateCatalog({ dataDir: SHARED_DATA })
      expect([...files.keys()].sort()).toEqual(
        Object.values(CATALOG_FILES)
          .filter((path) => path !== CATALOG_FILES.reviewed)
          .sort()
      )
      for (const [path, contents] of files)
        expect([path, contents]).toEqual([path, readFileSync(path, 'utf8')])
    }
  )

  whenShared(
    'reads Graph camelCase JSON to the same permissions as the PowerShell dump',
    () => {
      const camel = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(camel)
          : typeof value === 'object' && value !== null
            ? Object.fromEntries(
                Object.entries(value).map(([k, v]) => [
                  k[0]?.toLowerCase() + k.slice(1),
                  camel(v)
                ])
              )
            : value
      const read = (file: string): unknown =>
        JSON.parse(readFileSync(join(SHARED_DATA, 'graph-sp', file), 'utf8'))
      const graphResponse = {
        value: [
          {
            appRoles: camel(read('GraphAppRoles.json')),
            oauth2PermissionScopes: camel(read('GraphDelegateRoles.json'))
          }
        ]
      }
      const facts = (catalog.resource(GRAPH)?.permissions ?? []).map(
        ({ name, id, type, adminConsentRequired, enabled }) => ({
          name,
          id,
          type,
          adminConsentRequired,
          enabled
        })
      )
      expect(permissionsFromServicePrincipal(graphResponse)).toEqual(facts)
    }
  )

  it('keeps facts only and skips user-only app roles', () => {
    const permissions = permissionsFromServicePrincipal({
      appRoles: [
        {
          allowedMemberTypes: ['User'],
          id: '11111111-1111-1111-1111-111111111111',
          isEnabled: true,
          value: 'Human.Only',
          description: 'x'
        },
        {
          allowedMemberTypes: ['Application'],
          id: '22222222-2222-2222-2222-222222222222',
          isEnabled: false,
          value: 'App.Role',
          description: 'prose'
        }
      ],
      oauth2PermissionScopes: [
        {
          id: '33333333-3333-3333-3333-333333333333',
          isEnabled: true,
          type: 'User',
          value: 'Own.Read',
          adminConsentDescription: 'prose'
        }
      ]
    })
    expect(permissions).toEqual([
      {
        name: 'App.Role',
        id: '22222222-2222-2222-2222-222222222222',
        type: 'application',
        adminConsentRequired: true,
        enabled: false
      },
      {
        name: 'Own.Read',
        id: '33333333-3333-3333-3333-333333333333',
        type: 'delegated',
        adminConsentRequired: false,
        enabled: true
      }
    ])
  })

  it('rejects source data of the wrong shape with the place it went wrong', () => {
    expect(() => permissionsFromServicePrincipal({ appRoles: [] })).toThrow(
      CatalogSourceError
    )
    expect(() =>
      permissionsFromServicePrincipal({
        appRoles: [],
        oauth2PermissionScopes: [
          { id: 'x', isEnabled: true, type: 'Maybe', value: 'A.B' }
        ]
      })
    ).toThrow('oauth2PermissionScopes[0]: "type" must be "Admin" or "User"')
  })
})

describe('suggestNames', () => {
  it('offers the closest names for a typo, and nothing for noise', () => {
    expect(
      suggestNames(
        'Mail.Sendd',
        nameCandidates(['Mail.Send', 'Mail.Read', 'User.Read'])
      )
    ).toEqual(['Mail.Send', 'Mail.Read'])
    expect(
      suggestNames('zzzzzzzzzzzz', nameCandidates(['Mail.Send', 'User.Read']))
    ).toEqual([])
  })
})

describe('editDistance', () => {
  /** Plain Levenshtein, the reference the banded version must agree with. */
  const reference = (a: string, b: string): number => {
    const rows = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) =>
        i === 0 ? j : j === 0 ? i : 0
      )
    )
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        rows[i]![j] = Math.min(
          rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          rows[i - 1]![j]! + 1,
          rows[i]![j - 1]! + 1
        )
    return rows[a.length]![b.length]!
  }

  it('agrees with plain Levenshtein up to the limit on random strings', () => {
    let seed = 42
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const word = (): string =>
      Array.from({ length: random(12) }, () => 'abcd.'[random(5)]).join('')
    // One set of rows for every call, as suggestNames uses them: no state may leak between calls.
    const rows = new DistanceRows()
    for (let round = 0; round < 3000; round++) {
      const a = word()
      const b = word()
      const limit = 1 + random(4)
      expect([a, b, limit, editDistance(a, b, limit, rows)]).toEqual([
        a,
        b,
        limit,
        Math.min(reference(a, b), limit + 1)
      ])
    }
  })
})
