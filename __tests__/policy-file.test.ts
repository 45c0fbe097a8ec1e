import { readFileSync } from 'node:fs'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { ConfigError } from '../src/errors.js'
import {
  MICROSOFT_GRAPH_APP_ID,
  type AppReference,
  type PermissionType
} from '../src/model.js'
import {
  DEFAULT_POLICY_PATH,
  EMPTY_POLICY,
  parsePolicy,
  type Policy
} from '../src/policy/policy-file.js'
import {
  appMatches,
  appSettings,
  checkPolicyResources,
  findApproval,
  findDenial,
  findTier,
  permissionMatches,
  type PermissionSubject
} from '../src/policy/policy-match.js'

const catalog = loadBundledCatalog()
const PATH = DEFAULT_POLICY_PATH
const FULL_POLICY = readFileSync(
  new URL('fixtures/policy/graph-consent-policy.yml', import.meta.url),
  'utf8'
)
const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000'
const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000'
const HR_SYNC: AppReference = {
  name: 'Contoso HR sync',
  appId: '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21'
}
const LEGACY: AppReference = { name: 'Legacy reporting' }
const OTHER: AppReference = { name: 'Someone else' }

const at = (line: number, column: number) => ({ file: PATH, line, column })

/** A declared permission with its catalog name and id, as subjectOf gives it. */
function subject(
  name: string,
  type: PermissionType,
  app: AppReference,
  resourceAppId = MICROSOFT_GRAPH_APP_ID
): PermissionSubject {
  const entry = catalog.findByName(resourceAppId, type, name)
  return {
    app,
    resourceAppId,
    type,
    name,
    ...(entry && { id: entry.id })
  }
}

/** The message parsePolicy throws for a text, failing the test when it accepts it. */
function errorOf(text: string): string {
  try {
    parsePolicy(text, PATH)
  } catch (error) {
    if (error instanceof ConfigError) return error.message
    throw error
  }
  throw new Error('parsePolicy accepted the text')
}

const approval = (extra: string): string =>
  `approvals:\n  - app: A\n    permission: User.Read.All\n    type: application\n${extra}`

describe('parsePolicy', () => {
  it('reads every key of a complete policy, with the location of each entry', () => {
    expect(parsePolicy(FULL_POLICY, PATH)).toEqual<Policy>({
      path: PATH,
      failOnTier: 'high',
      unknownPermissions: 'error',
      warnOnly: false,
      approvals: [
        {
          app: 'Contoso HR sync',
          permission: 'User.Read.All',
          type: 'application',
          justification: "Nightly sync reads every user's department.",
          approvedBy: ['alice@contoso.com'],
          reference: 'SEC-1234',
          expires: '2027-03-31',
          location: at(7, 5)
        },
        {
          app: '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21',
          permission: 'full_access_as_app',
          type: 'application',
          resource: 'Office 365 Exchange Online',
          approvedBy: ['alice@contoso.com', 'bob@contoso.com'],
          location: at(14, 5)
        }
      ],
      deny: [
        { permission: '*.ReadWrite.All', location: at(20, 5) },
        {
          permission: 'Mail.Send',
          type: 'application',
          app: 'Contoso HR sync',
          reason: 'Use Mail.Send with an application access policy instead',
          location: at(21, 5)
        }
      ],
      tiers: [
        {
          permission: 'Sites.Selected',
          type: 'application',
          tier: 'low',
          location: at(26, 5)
        },
        {
          permission: '*',
          resource: SHAREPOINT_APP_ID,
          tier: 'high',
          location: at(29, 5)
        }
      ],
      apps: [
        {
          app: 'Legacy reporting',
          failOnTier: 'critical',
          unknownPermissions: 'warning',
          deny: [{ permission: 'Reports.Read.All', location: at(37, 9) }],
          tiers: [
            {
              permission: 'Sites.Selected',
              tier: 'medium',
              location: at(39, 9)
            }
          ],
          location: at(33, 5)
        }
      ]
    })
  })

  it('leaves settings the file omits undefined, for the inputs to supply', () => {
    const policy = parsePolicy('approvals: []\n', PATH)
    expect(policy).toEqual({ ...EMPTY_POLICY, path: PATH })
    expect(Object.keys(policy)).not.toContain('failOnTier')
  })

  it.each([
    ['an empty file', ''],
    ['a file with only comments', '# nothing approved yet\n'],
    ['lists left empty', 'approvals:\ndeny:\ntiers:\napps:\n']
  ])('reads %s as an empty policy', (_, text) => {
    const policy = parsePolicy(text, PATH)
    expect(policy).toEqual({ ...EMPTY_POLICY, path: PATH })
    // A fresh policy each time: nobody can add to the shared empty one by accident.
    expect(policy.approvals).not.toBe(EMPTY_POLICY.approvals)
  })

  it('drops a blank justification, which deserves the same warning as none', () => {
    const [entry] = parsePolicy(
      approval("    approved-by: a\n    justification: '  '\n"),
      PATH
    ).approvals
    expect(entry).toEqual(
      expect.objectContaining({ app: 'A', approvedBy: ['a'] })
    )
    expect(entry).not.toHaveProperty('justification')
  })

  it('accepts the last day of February in a leap year', () => {
    const [entry] = parsePolicy(
      approval('    approved-by: a\n    expires: 2028-02-29\n'),
      PATH
    ).approvals
    expect(entry?.expires).toBe('2028-02-29')
  })

  it('does not count a byte order mark as a column', () => {
    expect(errorOf('\ufeffversion: 2\n')).toBe(
      `${PATH}:1:10: version is 2; expected 1`
    )
  })

  it('throws a ConfigError, a usage error rather than a finding', () => {
    expect(() => parsePolicy('version: 2\n', PATH)).toThrow(ConfigError)
  })

  it.each([
    [
      'a value outside an enum',
      'approvals:\n  - app: A\n    permission: User.Read.All\n    type: app\n    approved-by: a\n',
      `${PATH}:4:11: approvals[0].type is "app"; expected one of application, delegated`
    ],
    [
      'an unknown key, pointing at the key',
      approval('    approved-by: a\n    expiry: 2027-01-01\n'),
      `${PATH}:6:5: unknown key "expiry" in approvals[0]; accepted keys: app, permission, type, resource, justification, approved-by, reference, expires`
    ],
    [
      'an unknown top-level key',
      'fail-on-tier: high\nexpires: 2027-01-01\n',
      `${PATH}:2:1: unknown key "expires" at the top level; accepted keys: version, fail-on-tier, unknown-permissions, warn-only, approvals, deny, tiers, apps`
    ],
    [
      'a date that does not exist',
      approval('    approved-by: a\n    expires: 2027-02-30\n'),
      `${PATH}:6:14: approvals[0].expires is "2027-02-30"; expected a date YYYY-MM-DD`
    ],
    [
      'a date in another format',
      approval('    approved-by: a\n    expires: 31/03/2027\n'),
      `${PATH}:6:14: approvals[0].expires is "31/03/2027"; expected a date YYYY-MM-DD`
    ],
    [
      'a date that YAML reads as a number',
      approval('    approved-by: a\n    expires: 2027\n'),
      `${PATH}:6:14: approvals[0].expires is 2027; expected a date YYYY-MM-DD`
    ],
    [
      'a missing required key, at the entry',
      approval(''),
      `${PATH}:2:5: approvals[0] is missing the required key "approved-by"`
    ],
    [
      'an empty approved-by list',
      approval('    approved-by: []\n'),
      `${PATH}:5:18: approvals[0].approved-by is an empty list; expected at least one entry`
    ],
    [
      'approved-by of the wrong type',
      approval('    approved-by: 5\n'),
      `${PATH}:5:18: approvals[0].approved-by is 5; expected a string or a list`
    ],
    [
      'a pattern in an approval',
      approval('    approved-by: a\n').replace('User.Read.All', 'User.*'),
      `${PATH}:3:17: approvals[0].permission is "User.*"; expected one permission's name or GUID (patterns are for deny and tiers)`
    ],
    [
      'a key left without a value',
      approval('    approved-by: a\n').replace('type: application', 'type:'),
      `${PATH}:4:10: approvals[0].type is empty; expected one of application, delegated`
    ],
    [
      'a list that is not one',
      'approvals: all of them\n',
      `${PATH}:1:12: approvals is "all of them"; expected a list`
    ],
    [
      'a deny entry that is neither a pattern nor a mapping',
      'deny:\n  - 5\n',
      `${PATH}:2:5: deny[0] is 5; expected a string or a mapping`
    ],
    [
      'a misspelt key in a deny mapping, not "must be a string"',
      'deny:\n  - permision: Mail.Send\n',
      `${PATH}:2:5: unknown key "permision" in deny[0]; accepted keys: permission, type, app, resource, reason`
    ],
    [
      'a deny entry without a permission',
      'deny:\n  - type: application\n',
      `${PATH}:2:5: deny[0] is missing the required key "permission"`
    ],
    [
      'an unknown tier',
      'tiers:\n  - permission: Sites.Selected\n    tier: extreme\n',
      `${PATH}:3:11: tiers[0].tier is "extreme"; expected one of critical, high, medium, low`
    ],
    [
      'a threshold in an app entry',
      'apps:\n  - app: Legacy reporting\n    fail-on-tier: hihg\n',
      `${PATH}:3:19: apps[0].fail-on-tier is "hihg"; expected one of critical, high, medium, low, none`
    ],
    [
      'an unknown key deep in an app entry',
      'apps:\n  - app: X\n    deny: [{ permission: Y, reasn: z }]\n',
      `${PATH}:3:29: unknown key "reasn" in apps[0].deny[0]; accepted keys: permission, type, app, resource, reason`
    ],
    [
      'a boolean written as a word',
      'warn-only: sometimes\n',
      `${PATH}:1:12: warn-only is "sometimes"; expected true or false`
    ],
    [
      'another version',
      'version: 2\n',
      `${PATH}:1:10: version is 2; expected 1`
    ],
    [
      'a duplicate key',
      'fail-on-tier: high\nwarn-only: true\nfail-on-tier: low\n',
      `${PATH}:3:1: duplicate key "fail-on-tier"; each key may appear once in a mapping`
    ],
    [
      'a YAML syntax error',
      'approvals: [\n',
      `${PATH}:2:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`
    ],
    [
      'two YAML documents',
      'version: 1\n---\nversion: 1\n',
      `${PATH}:2:1: the policy must be a single YAML document (a second "---" starts another)`
    ],
    [
      'a pattern left unquoted, which YAML takes for an alias',
      'deny:\n  - *.ReadWrite.All\n',
      `${PATH}:2:5: *.ReadWrite.All is read as a YAML alias, and no anchor &.ReadWrite.All precedes it; quote a pattern that starts with *: '*.ReadWrite.All'`
    ],
    [
      'aliases that expand without bound',
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        ''
      ].join('\n'),
      `${PATH}:1:1: YAML error: Excessive alias count indicates a resource exhaustion attack`
    ],
    [
      'a top level that is a list',
      '- User.Read.All\n',
      `${PATH}:1:1: the policy is a list; expected a mapping of settings (version, fail-on-tier, approvals, deny, ...)`
    ],
    [
      'a top level that is text',
      'User.Read.All\n',
      `${PATH}:1:1: the policy is "User.Read.All"; expected a mapping of settings (version, fail-on-tier, approvals, deny, ...)`
    ]
  ])('reports %s', (_, text, message) => {
    expect(errorOf(text)).toBe(message)
  })
})

describe('policy matching', () => {
  const policy = parsePolicy(FULL_POLICY, PATH)

  describe('appMatches', () => {
    it.each<[string, AppReference, boolean]>([
      ['*', OTHER, true],
      ['*', {}, true],
      ['contoso hr SYNC', HR_SYNC, true],
      ['Contoso HR', HR_SYNC, false],
      ['6B7E6A4C-2F2D-4A8E-9F59-6F0A1D3C9B21', HR_SYNC, true],
      ['6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21', { name: 'HR' }, false],
      // A GUID is an appId, even when some file used one as the app's label.
      [
        '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21',
        { name: '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21' },
        false
      ]
    ])('%s for %j is %s', (pattern, app, expected) => {
      expect(appMatches(pattern, app)).toBe(expected)
    })
  })

  describe('permissionMatches', () => {
    it.each<[string, string, boolean]>([
      ['*.ReadWrite.All', 'Directory.ReadWrite.All', true],
      ['*.readwrite.all', 'Directory.ReadWrite.All', true],
      ['*.ReadWrite.All', 'User.Read', false],
      // The whole name must match, and * crosses dots.
      ['Directory.ReadWrite', 'Directory.ReadWrite.All', false],
      ['Mail*', 'Mail.Send.Shared', true],
      ['Mail.Send', 'MailXSend', false],
      ['*', 'User.Read', true]
    ])('%s against %s is %s', (pattern, name, expected) => {
      expect(
        permissionMatches(pattern, subject(name, 'delegated', OTHER))
      ).toBe(expected)
    })

    it('compares a GUID pattern with the permission id, not the name', () => {
      const directory = subject('Directory.ReadWrite.All', 'application', OTHER)
      expect(
        permissionMatches('19DBC75E-C2E2-444C-A770-EC69D8559FC7', directory)
      ).toBe(true)
      expect(
        permissionMatches('c5366453-9fb0-48a5-a156-24f0c49a4b84', directory)
      ).toBe(false)
    })
  })

  describe('findDenial', () => {
    it('denies every *.ReadWrite.All, of either type and any app', () => {
      const denial = findDenial(
        policy,
        subject('Directory.ReadWrite.All', 'application', OTHER),
        catalog
      )
      expect(denial?.permission).toBe('*.ReadWrite.All')
      expect(
        findDenial(
          policy,
          subject('Directory.ReadWrite.All', 'delegated', HR_SYNC),
          catalog
        )?.location
      ).toEqual(at(20, 5))
    })

    it('does not deny a permission no pattern matches', () => {
      expect(
        findDenial(policy, subject('User.Read', 'delegated', OTHER), catalog)
      ).toBeUndefined()
    })

    it('limits a deny entry to its type and app', () => {
      expect(
        findDenial(
          policy,
          subject('Mail.Send', 'application', HR_SYNC),
          catalog
        )?.reason
      ).toBe('Use Mail.Send with an application access policy instead')
      expect(
        findDenial(policy, subject('Mail.Send', 'delegated', HR_SYNC), catalog)
      ).toBeUndefined()
      expect(
        findDenial(policy, subject('Mail.Send', 'application', OTHER), catalog)
      ).toBeUndefined()
    })

    it("adds an app's own deny list for that app only", () => {
      expect(
        findDenial(
          policy,
          subject('Reports.Read.All', 'application', LEGACY),
          catalog
        )?.location
      ).toEqual(at(37, 9))
      expect(
        findDenial(
          policy,
          subject('Reports.Read.All', 'application', OTHER),
          catalog
        )
      ).toBeUndefined()
    })

    it('applies a bare pattern to Microsoft Graph only', () => {
      expect(
        findDenial(
          policy,
          subject(
            'Sites.ReadWrite.All',
            'application',
            OTHER,
            SHAREPOINT_APP_ID
          ),
          catalog
        )
      ).toBeUndefined()
    })
  })

  describe('findApproval', () => {
    it('finds an approval by app name, exact permission name and type', () => {
      expect(
        findApproval(
          policy,
          subject('user.read.all', 'application', HR_SYNC),
          catalog
        )?.reference
      ).toBe('SEC-1234')
    })

    it('does not take an approval for the other type', () => {
      expect(
        findApproval(
          policy,
          subject('User.Read.All', 'delegated', HR_SYNC),
          catalog
        )
      ).toBeUndefined()
    })

    it('does not take an approval for another app', () => {
      expect(
        findApproval(
          policy,
          subject('User.Read.All', 'application', OTHER),
          catalog
        )
      ).toBeUndefined()
    })

    it('finds an approval by appId for an API named by display name', () => {
      const exchange = subject(
        'full_access_as_app',
        'application',
        { appId: HR_SYNC.appId },
        EXCHANGE_APP_ID
      )
      expect(findApproval(policy, exchange, catalog)?.approvedBy).toEqual([
        'alice@contoso.com',
        'bob@contoso.com'
      ])
      // The same name on Microsoft Graph is another permission.
      expect(
        findApproval(
          policy,
          { ...exchange, resourceAppId: MICROSOFT_GRAPH_APP_ID },
          catalog
        )
      ).toBeUndefined()
    })

    it('matches an approval given by GUID with the permission id', () => {
      const byId = parsePolicy(
        [
          'approvals:',
          "  - app: '*'",
          '    permission: 5B567255-7703-4780-807C-7BE8301AE99B',
          '    type: application',
          '    approved-by: alice@contoso.com'
        ].join('\n'),
        PATH
      )
      const groups = subject('Group.Read.All', 'application', OTHER)
      expect(findApproval(byId, groups, catalog)?.permission).toBe(
        '5B567255-7703-4780-807C-7BE8301AE99B'
      )
      // A declaration by GUID that the catalog could not name still matches by id.
      expect(
        findApproval(
          byId,
          {
            app: OTHER,
            resourceAppId: MICROSOFT_GRAPH_APP_ID,
            type: 'application',
            id: '5b567255-7703-4780-807c-7be8301ae99b'
          },
          catalog
        )
      ).toBeDefined()
      expect(
        findApproval(
          byId,
          subject('Group.Read.All', 'delegated', OTHER),
          catalog
        )
      ).toBeUndefined()
    })

    it('prefers the approval that is valid longest, no expiry longest of all', () => {
      const entry = (expires: string): string[] => [
        '  - app: Contoso HR sync',
        '    permission: User.Read.All',
        '    type: application',
        '    approved-by: alice@contoso.com',
        ...(expires === '' ? [] : [`    expires: ${expires}`])
      ]
      const renewed = parsePolicy(
        ['approvals:', ...entry('2025-01-31'), ...entry('2027-01-31')].join(
          '\n'
        ),
        PATH
      )
      const user = subject('User.Read.All', 'application', HR_SYNC)
      expect(findApproval(renewed, user, catalog)?.expires).toBe('2027-01-31')
      const permanent = parsePolicy(
        ['approvals:', ...entry('2027-01-31'), ...entry('')].join('\n'),
        PATH
      )
      expect(findApproval(permanent, user, catalog)?.location.line).toBe(7)
    })
  })

  describe('findTier', () => {
    it("takes the app's own tier before the top-level one", () => {
      const sites = (app: AppReference) =>
        findTier(policy, subject('Sites.Selected', 'application', app), catalog)
      expect(sites(LEGACY)?.tier).toBe('medium')
      expect(sites(OTHER)?.tier).toBe('low')
    })

    it('keeps the catalog tier where no entry matches the type or API', () => {
      expect(
        findTier(policy, subject('Sites.Selected', 'delegated', OTHER), catalog)
      ).toBeUndefined()
      expect(
        findTier(
          policy,
          subject('AllSites.Read', 'delegated', OTHER, SHAREPOINT_APP_ID),
          catalog
        )?.tier
      ).toBe('high')
    })

    it('takes the first matching entry of a list', () => {
      const ordered = parsePolicy(
        [
          'tiers:',
          '  - permission: Mail.Send',
          '    tier: critical',
          "  - permission: 'Mail.*'",
          '    tier: low'
        ].join('\n'),
        PATH
      )
      const tierOf = (name: string) =>
        findTier(ordered, subject(name, 'application', OTHER), catalog)?.tier
      expect(tierOf('Mail.Send')).toBe('critical')
      expect(tierOf('Mail.Read')).toBe('low')
    })
  })

  describe('appSettings', () => {
    it("gives an app's own settings, else the top-level ones", () => {
      expect(appSettings(policy, LEGACY)).toEqual({
        failOnTier: 'critical',
        unknownPermissions: 'warning'
      })
      expect(appSettings(policy, HR_SYNC)).toEqual({
        failOnTier: 'high',
        unknownPermissions: 'error'
      })
    })

    it('falls back setting by setting, and leaves unset ones undefined', () => {
      const partial = parsePolicy(
        'apps:\n  - app: Legacy reporting\n    fail-on-tier: none\n',
        PATH
      )
      expect(appSettings(partial, LEGACY)).toEqual({ failOnTier: 'none' })
      expect(appSettings(partial, OTHER)).toEqual({})
    })
  })

  describe('checkPolicyResources', () => {
    it('accepts APIs given by appId or by a name the catalog knows', () => {
      expect(() => checkPolicyResources(policy, catalog)).not.toThrow()
    })

    it('rejects an API name the catalog does not know, at its entry', () => {
      const misspelt = parsePolicy(
        [
          'tiers:',
          '  - permission: Sites.Selected',
          '    tier: low',
          'apps:',
          '  - app: Legacy reporting',
          '    deny:',
          '      - permission: full_access_as_app',
          '        resource: Exchange Onlin'
        ].join('\n'),
        PATH
      )
      expect(() => checkPolicyResources(misspelt, catalog)).toThrow(
        new ConfigError(
          `${PATH}:7:9: resource "Exchange Onlin" is neither an appId nor the name of an API the catalog knows; give the API's appId`
        )
      )
    })
  })
})
