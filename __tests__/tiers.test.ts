import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { TIERS } from '../src/catalog/tiers.js'
import { MICROSOFT_GRAPH_APP_ID } from '../src/model.js'
import {
  classifyResource,
  readTieringInputs,
  reviewKey
} from '../scripts/tiering/apply.js'
import { classifyByName, parseName } from '../scripts/tiering/classify.js'
import {
  coversByName,
  deriveImplications
} from '../scripts/tiering/implications.js'

const catalog = loadBundledCatalog()
const GRAPH = MICROSOFT_GRAPH_APP_ID

describe('tiers in the bundled catalog', () => {
  const everything = [
    ...catalog.entries(),
    ...catalog.resourceSpecificEntries()
  ]

  it('gives every entry of every resource a tier and a one-line rationale', () => {
    expect(everything.length).toBeGreaterThan(1523)
    for (const entry of everything) {
      expect(TIERS).toContain(entry.tier)
      expect(entry.rationale).toMatch(/^[A-Z].{10,}\.$/)
      expect(entry.rationale).not.toContain('\n')
    }
  })

  it('has reviewed every tier it ships', () => {
    expect(everything.filter((entry) => entry.review)).toEqual([])
  })

  it('rates the same name differently per type where the reach differs', () => {
    const tier = (type: 'delegated' | 'application', name: string) =>
      catalog.findByName(GRAPH, type, name)?.tier
    expect([
      tier('delegated', 'Mail.Read'),
      tier('application', 'Mail.Read')
    ]).toEqual(['medium', 'high'])
    expect(tier('application', 'RoleManagement.ReadWrite.Directory')).toBe(
      'critical'
    )
    expect(tier('application', 'AppRoleAssignment.ReadWrite.All')).toBe(
      'critical'
    )
    expect(tier('application', 'Application.ReadWrite.All')).toBe('critical')
    expect(tier('application', 'Directory.ReadWrite.All')).toBe('critical')
    expect(tier('delegated', 'User.Read')).toBe('low')
  })

  it('records what each permission covers', () => {
    const implies = (type: 'delegated' | 'application', name: string) =>
      catalog.findByName(GRAPH, type, name)?.implies
    expect(implies('application', 'User.ReadWrite.All')).toEqual(
      expect.arrayContaining(['User.Read.All', 'User.ReadBasic.All'])
    )
    expect(implies('application', 'Sites.FullControl.All')).toEqual(
      expect.arrayContaining([
        'Sites.Manage.All',
        'Sites.ReadWrite.All',
        'Sites.Read.All'
      ])
    )
    expect(implies('application', 'Directory.Read.All')).toContain(
      'User.Read.All'
    )
    expect(implies('delegated', 'Mail.ReadWrite')).toEqual(
      expect.arrayContaining(['Mail.Read', 'Mail.ReadBasic'])
    )
    expect(implies('delegated', 'Mail.Read')).not.toContain('Mail.Send')
  })
})

describe('naming rules', () => {
  const tierOf = (
    name: string,
    type: 'delegated' | 'application',
    resourceSpecific = false
  ) => classifyByName({ name, type, resourceSpecific })

  it('splits names into resource, family, operation and constraint', () => {
    expect(parseName('UserAuthMethod-Phone.ReadWrite.All')).toEqual({
      resource: 'UserAuthMethod-Phone',
      family: 'UserAuthMethod',
      operation: 'ReadWrite',
      constraint: 'All'
    })
    expect(parseName('openid')).toEqual({
      resource: 'openid',
      family: 'openid',
      operation: '',
      constraint: ''
    })
  })

  it('applies each rule', () => {
    expect(tierOf('openid', 'delegated')).toMatchObject({
      tier: 'low',
      basis: 'sign-in'
    })
    expect(tierOf('Widget.ReadWrite.All', 'application')).toMatchObject({
      tier: 'high',
      basis: 'application-write'
    })
    expect(tierOf('Widget.Read.All', 'application')).toMatchObject({
      tier: 'medium',
      basis: 'application-read'
    })
    expect(tierOf('Chat.Read.All', 'application')).toMatchObject({
      tier: 'high',
      basis: 'application-sensitive-read'
    })
    expect(tierOf('Widget.ReadWrite.OwnedBy', 'application')).toMatchObject({
      tier: 'medium',
      basis: 'application-limited'
    })
    expect(tierOf('Widget.ReadWrite.All', 'delegated')).toMatchObject({
      tier: 'high',
      basis: 'delegated-tenant-write'
    })
    expect(tierOf('Files.Read.All', 'delegated')).toMatchObject({
      tier: 'high',
      basis: 'delegated-tenant-sensitive-read'
    })
    expect(tierOf('Widget.Read.All', 'delegated')).toMatchObject({
      tier: 'medium'
    })
    expect(tierOf('Widget.ReadWrite', 'delegated')).toMatchObject({
      tier: 'medium',
      basis: 'delegated-own-write'
    })
    expect(tierOf('Mail.Read', 'delegated')).toMatchObject({
      tier: 'medium',
      basis: 'delegated-own-sensitive-read'
    })
    expect(tierOf('Widget.Read', 'delegated')).toMatchObject({
      tier: 'low',
      basis: 'delegated-own-read'
    })
    expect(tierOf('Files.ReadWrite.AppFolder', 'delegated')).toMatchObject({
      tier: 'low'
    })
    expect(
      tierOf('ChannelMessage.Read.Group', 'application', true)
    ).toMatchObject({
      tier: 'medium',
      basis: 'resource-specific'
    })
  })

  it('derives "covers" from access level and reach', () => {
    expect(coversByName('X.ReadWrite.All', 'X.Read.All', 'application')).toBe(
      true
    )
    expect(coversByName('X.Read.All', 'X.ReadBasic.All', 'application')).toBe(
      true
    )
    expect(coversByName('X.Read.All', 'X.ReadWrite.All', 'application')).toBe(
      false
    )
    expect(coversByName('X.Read.All', 'X.Read', 'delegated')).toBe(true)
    expect(coversByName('X.Read', 'X.Read.All', 'delegated')).toBe(false)
    expect(coversByName('X.Read', 'X.Read.All', 'application')).toBe(true)
    expect(coversByName('X.Read.Shared', 'X.Read', 'delegated')).toBe(true)
    expect(coversByName('Y.Read.All', 'X.Read.All', 'application')).toBe(false)
    const derived = deriveImplications(
      ['A.ReadWrite.All', 'A.Read.All', 'B.Read.All'],
      'application',
      { 'A.Read.All': ['B.Read.All'] }
    )
    // Curated and derived relations chain: ReadWrite.All covers Read.All covers B.
    expect(derived.get('A.ReadWrite.All')).toEqual(['A.Read.All', 'B.Read.All'])
  })

  it('flags a permission nobody has reviewed and takes reviewed overrides', () => {
    const inputs = readTieringInputs('tiering')
    const { resource, verdicts } = classifyResource(
      {
        resourceAppId: GRAPH,
        displayName: 'Microsoft Graph',
        source: { description: 'test', asOf: '2026-01-01' },
        complete: true,
        permissions: [
          {
            name: 'Brand.Read.All',
            id: '11111111-1111-1111-1111-111111111111',
            type: 'application',
            adminConsentRequired: true,
            enabled: true
          },
          {
            name: 'Directory.ReadWrite.All',
            id: '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
            type: 'application',
            adminConsentRequired: true,
            enabled: true
          }
        ]
      },
      inputs
    )
    expect(
      inputs.reviewed.has(
        reviewKey(GRAPH, 'application', 'Directory.ReadWrite.All')
      )
    ).toBe(true)
    expect(resource.permissions.map((p) => [p.name, p.tier, p.review])).toEqual(
      [
        ['Brand.Read.All', 'medium', true],
        ['Directory.ReadWrite.All', 'critical', undefined]
      ]
    )
    expect(verdicts.map((v) => v.basis)).toEqual([
      'application-read',
      'override'
    ])
  })

  it('requires a rationale for every override', () => {
    for (const override of readTieringInputs('tiering').overrides)
      expect(override.rationale.length).toBeGreaterThan(20)
  })
})
