import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CatalogSourceError } from '../src/catalog/catalog.js'
import {
  findOperation,
  leastPrivileged,
  operationsFor,
  parseOperationsCatalog,
  serializeOperationsCatalog
} from '../src/catalog/operations.js'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  runCli
} from '../src/cli/run-cli.js'
import {
  graphOperationsFromDump,
  operationsFromPermissions
} from '../scripts/operations-source.js'

const OPERATIONS_FILE = join('catalog', 'microsoft-graph-operations.json')
const SHARED_DATA = join('..', 'shared', 'data')

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd: '.',
    colour: false,
    now: () => new Date('2026-11-25T12:00:00Z'),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { code, stdout, stderr }
}

interface JsonAnswer {
  method: string
  path: string
  query: string
  otherPaths: string[]
  types: {
    type: string
    leastPrivileged: string[]
    alsoAllowed: string[]
    alsoRequires: Record<string, string[]>
    tiers: Record<string, string>
    inferred: boolean
    notInCatalog: string[]
  }[]
}

async function jsonAnswer(...args: string[]): Promise<JsonAnswer> {
  const { code, stdout } = await cli([
    'least-privilege',
    ...args,
    '--format',
    'json'
  ])
  expect(code).toBe(EXIT_OK)
  return JSON.parse(stdout) as JsonAnswer
}

// permissions.json marks User.ReadBasic.All and User.ReadWrite.All for GET /users/{id}: its
// least= flag covers every method of a path set, and User.ReadWrite.All is listed with
// DELETE, GET and PATCH. The catalog knows User.ReadWrite.All covers User.ReadBasic.All, so
// only the narrower one stays least privileged.
const GET_USER_LEAST = ['User.ReadBasic.All']
const SOURCE_MARKED_LEAST = ['User.ReadBasic.All', 'User.ReadWrite.All']

describe('least-privilege command', () => {
  it('answers GET /users/{id} per type, least privileged first', async () => {
    const answer = await jsonAnswer('GET', '/users/{id}')
    expect(answer).toMatchObject({
      method: 'GET',
      path: '/users/{id}',
      query: '/users/{id}',
      otherPaths: []
    })
    const [delegated, application] = answer.types
    expect(delegated?.type).toBe('delegated')
    expect(delegated?.leastPrivileged).toEqual(GET_USER_LEAST)
    expect(delegated?.alsoAllowed).toEqual(
      expect.arrayContaining([
        'Directory.Read.All',
        'User.Read',
        'User.Read.All',
        'User.ReadWrite'
      ])
    )
    expect(application?.type).toBe('application')
    expect(application?.leastPrivileged).toEqual(GET_USER_LEAST)
    expect(application?.alsoAllowed).toContain('User.Read.All')
    // User.Read and User.ReadWrite exist only as delegated permissions.
    expect(application?.alsoAllowed).not.toContain('User.Read')
    expect(delegated?.alsoAllowed[0]).toBe('User.Read')
    expect(application?.alsoAllowed).toContain('User.ReadWrite.All')
    const rank = ['low', 'medium', 'high', 'critical']
    for (const { leastPrivileged: least, alsoAllowed, tiers } of answer.types) {
      // Ordered by tier, least privileged first.
      const ranks = alsoAllowed.map((name) => rank.indexOf(tiers[name] ?? ''))
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      expect(alsoAllowed.filter((name) => least.includes(name))).toEqual([])
    }
  })

  it('prints a readable text answer', async () => {
    const { code, stdout } = await cli([
      'least-privilege',
      'GET',
      '/users/{id}'
    ])
    expect(code).toBe(EXIT_OK)
    const lines = stdout.split('\n')
    expect(lines.slice(0, 5)).toEqual([
      'GET /users/{id}',
      '',
      '  delegated (Scope)',
      '    least privileged   User.ReadBasic.All (medium)',
      '    also allowed       User.Read (low)'
    ])
    expect(stdout).toContain('\n  application (Role)\n')
    expect(stdout).toContain(
      '                       Directory.ReadWrite.All (critical)\n'
    )
  })

  it('accepts full URLs, /v1.0 and /beta, any case, query strings and trailing slashes', async () => {
    for (const query of [
      'https://graph.microsoft.com/v1.0/users/{id}',
      'https://graph.microsoft.com/beta/users/0b1c2d3e-aaaa-bbbb-cccc-123456789abc?$select=id',
      '/beta/Users/adele@contoso.com/',
      '/V1.0/USERS/{user-id}'
    ]) {
      const answer = await jsonAnswer('get', query)
      expect(answer.method).toBe('GET')
      expect(answer.path).toBe('/users/{id}')
      expect(answer.query).toBe(query)
      expect(answer.types[1]?.leastPrivileged).toEqual(GET_USER_LEAST)
    }
  })

  it('limits the answer to one type with --type', async () => {
    const answer = await jsonAnswer(
      'GET',
      '/me/messages',
      '--type',
      'delegated'
    )
    expect(answer.types.map((t) => t.type)).toEqual(['delegated'])
    const { stdout } = await cli([
      'least-privilege',
      'GET',
      '/users/{id}',
      '--type',
      'application'
    ])
    expect(stdout).toContain('application (Role)')
    expect(stdout).not.toContain('delegated (Scope)')
  })

  it('says when no permission of a type allows the operation', async () => {
    const answer = await jsonAnswer('GET', '/me')
    expect(answer.types[1]).toEqual({
      type: 'application',
      leastPrivileged: [],
      alsoAllowed: [],
      alsoRequires: {},
      tiers: {},
      inferred: false,
      notInCatalog: []
    })
    const { stdout } = await cli(['least-privilege', 'GET', '/me'])
    expect(stdout).toContain(
      '  application (Role)\n    no permission of this type allows it\n'
    )
  })

  it('sets apart permissions the catalog lacks and infers the least when no mark survives', async () => {
    const members = await jsonAnswer(
      'GET',
      '/groups/{id}/members',
      '--type',
      'delegated'
    )
    expect(members.types[0]).toMatchObject({
      leastPrivileged: ['GroupMember.Read.All'],
      inferred: true,
      notInCatalog: ['GroupMember.ReadBasic.All', 'Group.ReadBasic.All']
    })
    // The source marks the write permission least for a read; the read one allows it too.
    const events = await jsonAnswer(
      'GET',
      '/me/events',
      '--type',
      'application'
    )
    expect(events.types[0]).toMatchObject({
      leastPrivileged: ['Calendars.Read'],
      alsoAllowed: ['Calendars.ReadWrite'],
      notInCatalog: ['Calendars.ReadBasic']
    })
    const { stdout } = await cli([
      'least-privilege',
      'GET',
      '/groups/{id}/members'
    ])
    expect(stdout).toContain(
      '    least privileged*  GroupMember.Read.All (medium)\n'
    )
  })

  it('names the permissions that must come along (AlsoRequires)', async () => {
    const answer = await jsonAnswer(
      'GET',
      '/applications/{id}/tokenIssuancePolicies',
      '--type',
      'application'
    )
    expect(answer.types[0]?.alsoRequires['Policy.Read.All']).toEqual([
      'Application.ReadWrite.All',
      'Application.ReadWrite.OwnedBy'
    ])
  })

  it('exits 1 with close paths for an unknown operation', async () => {
    expect(
      await cli(['least-privilege', 'GET', '/users/{id}/mesages'])
    ).toEqual({
      code: EXIT_FINDINGS,
      stdout: '',
      stderr:
        'graph-consent-audit: no Microsoft Graph operation GET /users/{id}/mesages in the catalog. Closest paths: /users/{id}/messages, /users/{id}/manager, /chats/{id}/messages.\n'
    })
    const wrongMethod = await cli(['least-privilege', 'PUT', '/users/{id}'])
    expect(wrongMethod.code).toBe(EXIT_FINDINGS)
    expect(wrongMethod.stderr).toBe(
      'graph-consent-audit: no Microsoft Graph operation PUT /users/{id} in the catalog. That path takes GET, PATCH, DELETE.\n'
    )
  })

  it('exits 2 for a bad method, a missing path or a bad option', async () => {
    expect(await cli(['least-privilege', 'FETCH', '/users'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr:
        'graph-consent-audit: invalid method "FETCH" (expected GET, POST, PUT, PATCH, DELETE)\n'
    })
    expect((await cli(['least-privilege', 'GET'])).code).toBe(EXIT_USAGE)
    expect(
      (await cli(['least-privilege', 'GET', '/users', '/groups'])).code
    ).toBe(EXIT_USAGE)
    expect(
      (await cli(['least-privilege', 'GET', '/users', '--type', 'Role'])).code
    ).toBe(EXIT_USAGE)
    expect(
      (await cli(['least-privilege', 'GET', '/users', '--format', 'csv'])).code
    ).toBe(EXIT_USAGE)
  })
})

describe('operations index', () => {
  it('prefers the path with the most segments matched by text', () => {
    const delta = findOperation('GET', '/users/delta')
    expect(delta.found && delta.operation.path).toBe('/users/delta')
    // A placeholder in the query never stands for a literal segment.
    const byId = findOperation('GET', '/users/{id}')
    expect(byId.found && byId.operation.path).toBe('/users/{id}')
    const mine = findOperation('GET', '/me/messages')
    expect(mine.found && mine.operation.path).toBe('/me/messages')
  })

  it('points at paths the source spells with other placeholder names', () => {
    const match = findOperation('POST', '/drives/abc/items/def/checkaccess')
    expect(match.found && match.operation.path).toBe(
      '/drives/{id}/items/{id}/checkAccess'
    )
    expect(match.found && match.otherPaths).toEqual([
      '/drives/{drive-id}/items/{item-id}/checkAccess'
    ])
    const named = findOperation(
      'POST',
      '/drives/{drive-id}/items/{item-id}/checkAccess'
    )
    expect(named.found && named.operation.path).toBe(
      '/drives/{drive-id}/items/{item-id}/checkAccess'
    )
  })

  it('prefers a plain catalog path to one the source gives with a $filter', () => {
    const match = findOperation('GET', '/agentRegistry/agentInstances?$top=5')
    expect(match.found && match.operation.path).toBe(
      '/agentRegistry/agentInstances'
    )
    expect(match.found && match.otherPaths).toEqual([
      "/agentRegistry/agentInstances?$filter=agentCardManifest/id eq '{id}'"
    ])
  })

  it('matches placeholders inside function-call segments', () => {
    const match = findOperation(
      'GET',
      "/reports/getEmailActivityUserDetail(period='D7')"
    )
    expect(match.found && match.operation.path).toMatch(
      /^\/reports\/getEmailActivityUserDetail\(period=/i
    )
  })

  it('returns the full list least first from leastPrivileged()', () => {
    const outcome = leastPrivileged('GET', '/users/{id}', 'application')
    expect(outcome.found).toBe(true)
    if (!outcome.found) return
    expect(outcome.types).toHaveLength(1)
    const [application] = outcome.types
    expect(application?.allowedBy.slice(0, 2)).toEqual(SOURCE_MARKED_LEAST)
    expect(application?.allowedBy).toContain('User.Read.All')
  })

  it('lists what a permission allows, for explain', () => {
    const operations = operationsFor('User.Read.All', 'application')
    expect(operations).toContainEqual({
      method: 'GET',
      path: '/users',
      leastPrivileged: false
    })
    expect(operations).toContainEqual({
      method: 'GET',
      path: '/users/delta',
      leastPrivileged: true
    })
    expect(operationsFor('user.read.all', 'application')).toEqual(operations)
    expect(operationsFor('User.Read', 'application')).toEqual([])
    expect(operationsFor('No.Such.Permission', 'delegated')).toEqual([])
  })
})

describe('operations file', () => {
  const text = readFileSync(OPERATIONS_FILE, 'utf8')

  it('is written back unchanged after parsing, one operation per line', () => {
    const parsed = parseOperationsCatalog(JSON.parse(text), OPERATIONS_FILE)
    expect(parsed.source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(serializeOperationsCatalog(parsed)).toBe(text)
    const operationLines = text
      .split('\n')
      .filter((line) => line.startsWith('    ['))
    expect(operationLines).toHaveLength(parsed.operations.length)
  })

  it('rejects damaged entries at load time', () => {
    const damaged = (operation: unknown) => () =>
      parseOperationsCatalog(
        {
          source: { description: 'x', asOf: '2026-01-01' },
          operations: [operation]
        },
        'test.json'
      )
    expect(
      damaged(['GET', '/users', [['User.Read.All', 'da', 'da']]])
    ).not.toThrow()
    for (const operation of [
      ['FETCH', '/users', [['User.Read.All', 'da', '']]],
      ['GET', 'users', [['User.Read.All', 'da', '']]],
      ['GET', '/users', []],
      ['GET', '/users', [['User.Read.All', 'ad', '']]],
      ['GET', '/users', [['User.Read.All', 'd', 'a']]],
      ['GET', '/users', [['User.Read.All', 'a', 'a', { x: ['A'] }]]],
      ['GET', '/users', [['User.Read.All', 'a', 'a', { a: [] }]]]
    ])
      expect(damaged(operation)).toThrow(CatalogSourceError)
  })

  it('keeps facts only, per work-account type, merging path spellings', () => {
    const operations = operationsFromPermissions({
      permissions: {
        'Teamwork.Read.Group': {
          authorizationType: 'RSC',
          pathSets: [
            {
              schemeKeys: ['Application'],
              methods: ['GET'],
              paths: { '/teams/{id}': '' }
            }
          ]
        },
        'Foo.ReadWrite.All': {
          authorizationType: 'oAuth2',
          schemes: { Application: { adminDisplayName: 'Prose is never read' } },
          pathSets: [
            {
              schemeKeys: ['DelegatedWork', 'Application'],
              methods: ['GET', 'PATCH'],
              paths: {
                '/foo/{id}/': 'least=Application;AlsoRequires=Bar.Read.All',
                '/fooBar': ''
              }
            },
            {
              schemeKeys: ['Application'],
              methods: ['GET'],
              paths: { '/foo/{id}': 'AlsoRequires=Baz.Read.All' }
            }
          ]
        },
        'Foo.Read': {
          pathSets: [
            {
              schemeKeys: ['DelegatedPersonal'],
              methods: ['GET'],
              paths: { '/personal': 'least=DelegatedPersonal' }
            },
            {
              schemeKeys: ['DelegatedWork', 'DelegatedPersonal'],
              methods: ['GET'],
              paths: { '/foobar': 'least=DelegatedWork,DelegatedPersonal' }
            }
          ]
        }
      }
    })
    expect(operations).toEqual([
      {
        method: 'GET',
        path: '/foo/{id}',
        grants: [
          {
            permission: 'Foo.ReadWrite.All',
            allows: ['delegated', 'application'],
            leastPrivileged: ['application'],
            alsoRequires: {
              delegated: ['Bar.Read.All'],
              application: ['Bar.Read.All', 'Baz.Read.All']
            }
          }
        ]
      },
      {
        method: 'PATCH',
        path: '/foo/{id}',
        grants: [
          {
            permission: 'Foo.ReadWrite.All',
            allows: ['delegated', 'application'],
            leastPrivileged: ['application'],
            alsoRequires: {
              delegated: ['Bar.Read.All'],
              application: ['Bar.Read.All']
            }
          }
        ]
      },
      {
        method: 'GET',
        path: '/fooBar',
        grants: [
          {
            permission: 'Foo.Read',
            allows: ['delegated'],
            leastPrivileged: ['delegated']
          },
          {
            permission: 'Foo.ReadWrite.All',
            allows: ['delegated', 'application'],
            leastPrivileged: []
          }
        ]
      },
      {
        method: 'PATCH',
        path: '/fooBar',
        grants: [
          {
            permission: 'Foo.ReadWrite.All',
            allows: ['delegated', 'application'],
            leastPrivileged: []
          }
        ]
      }
    ])
    expect(() =>
      operationsFromPermissions({
        permissions: {
          X: {
            pathSets: [
              {
                schemeKeys: ['Application'],
                methods: ['GET'],
                paths: { '/x': 'implicit=true' }
              }
            ]
          }
        }
      })
    ).toThrow(CatalogSourceError)
  })
})

describe('operations generation', () => {
  const permissionsFile = join(
    SHARED_DATA,
    'api-permissions',
    'permissions.json'
  )
  const whenShared = existsSync(permissionsFile) ? it : it.skip

  whenShared(
    'regenerates catalog/microsoft-graph-operations.json from ../shared/data without a difference',
    () => {
      expect(
        serializeOperationsCatalog(graphOperationsFromDump(SHARED_DATA))
      ).toBe(readFileSync(OPERATIONS_FILE, 'utf8'))
    }
  )

  whenShared(
    'agrees with the least= marks of the source for GET /users/{id}',
    () => {
      const { permissions } = JSON.parse(
        readFileSync(permissionsFile, 'utf8')
      ) as {
        permissions: Record<
          string,
          {
            pathSets?: {
              schemeKeys: string[]
              methods: string[]
              paths: Record<string, string>
            }[]
          }
        >
      }
      const leastSchemes = (metadata = ''): string[] =>
        metadata
          .split(';')
          .find((part) => part.startsWith('least='))
          ?.slice('least='.length)
          .split(',') ?? []
      const markedLeast = (scheme: string): string[] =>
        Object.entries(permissions)
          .filter(([, permission]) =>
            (permission.pathSets ?? []).some(
              ({ schemeKeys, methods, paths }) =>
                methods.includes('GET') &&
                schemeKeys.includes(scheme) &&
                leastSchemes(paths['/users/{id}']).includes(scheme)
            )
          )
          .map(([name]) => name)
          .sort()
      expect(markedLeast('DelegatedWork')).toEqual(SOURCE_MARKED_LEAST)
      expect(markedLeast('Application')).toEqual(SOURCE_MARKED_LEAST)
    }
  )
})
