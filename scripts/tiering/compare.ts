/**
 * Compares the project's tiers with two public classifications: the EntraOps tiering of
 * Graph application permissions, and the privilegeLevel in Microsoft's Graph permissions
 * metadata. Writes docs/tiers-comparison.md: the agreement, and every permission where the
 * project deliberately differs, grouped by kind of difference with the reason for each kind.
 */
import { join } from 'node:path'
import type { Tier } from '../../src/catalog/tiers.js'
import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../../src/model.js'
import { readJson } from '../catalog-sources.js'
import type { ClassifiedPermission } from './apply.js'

const ENTRAOPS_FILE = 'tiering/entraops/Classification_AppRoles.json'
const PERMISSIONS_FILE = 'api-permissions/permissions.json'

/** The project's tiers that count as agreeing with each EntraOps tier level. */
const ENTRAOPS_MATCHES: Record<string, readonly Tier[]> = {
  ControlPlane: ['critical'],
  ManagementPlane: ['high'],
  UserAccess: ['medium', 'low']
}

/** The project's tiers that count as agreeing with each privilegeLevel (1 least, 5 most). */
const LEVEL_MATCHES: Record<string, readonly Tier[]> = {
  '1': ['low'],
  '2': ['low', 'medium'],
  '3': ['medium', 'high'],
  '4': ['high', 'critical'],
  '5': ['critical']
}

/**
 * Why the project differs, per kind of difference ("ours|theirs"). Every kind that occurs
 * must be explained here: the build fails on one that is not.
 */
export const DIFFERENCE_REASONS: Record<string, string> = {
  'EntraOps|critical|UserAccess':
    'EntraOps lists this delegated permission among the defaults every member has. The ' +
    'project rates what an app can do with it: act in the directory with all of the signed-in ' +
    "user's rights, so in an administrator's session it reaches everything that administrator can.",
  'EntraOps|high|ControlPlane':
    'EntraOps puts in the control plane everything that administers identities, devices or ' +
    'security tooling. The project keeps critical for direct paths to Global Administrator or to ' +
    'granting permissions, roles and credentials; these permissions change a great deal ' +
    'tenant-wide (hence high) but none of them can by itself grant roles, permissions or sign-in ' +
    'methods, and role-assignable groups are protected from plain group writes.',
  'EntraOps|high|UserAccess':
    "EntraOps treats these as ordinary user access. The project rates reading every user's " +
    'registered sign-in methods as sensitive (they are what an attacker needs for phishing and ' +
    'account recovery), and creating groups, agents or guest invitations without a signed-in ' +
    'user as tenant-wide writes.',
  'EntraOps|low|ManagementPlane':
    'The app reads chat membership only in chats where it is installed, which the project ' +
    'rates as limited reach.',
  'EntraOps|medium|ControlPlane':
    'These either act only on objects the app manages (`.ManagedBy`) or read configuration ' +
    'without changing it. The project rates control-plane reads as medium: they reveal how the ' +
    'tenant is protected but cannot change it.',
  'EntraOps|medium|ManagementPlane':
    'EntraOps assigns the management plane by which workload a permission administers, ' +
    'reads included. The project rates by what the app can do: reading configuration or ' +
    'ordinary directory data is medium; reading content (mail, files, chats, logs) is high and ' +
    'agrees with EntraOps.',
  'privilegeLevel|critical|3':
    'Microsoft rates these like ordinary tenant-wide writes. Each is a known path to tenant ' +
    'takeover: granting roles or permissions, adding credentials to apps, resetting sign-in ' +
    'methods, federating domains, or switching off sign-in protections. Delegated variants are ' +
    "critical too: in an administrator's session the app can do all of it.",
  'privilegeLevel|high|2':
    'Microsoft rates these low. The project counts any tenant-wide write without a signed-in ' +
    "user, any delegated write that reaches beyond the signed-in user's own data, and any read " +
    'of messages, meetings or audit content as high.',
  'privilegeLevel|low|3':
    "These only read the signed-in user's own basic data, or objects the app owns or where it " +
    'is installed; the project rates that as low whatever the resource.',
  'privilegeLevel|medium|1':
    'Microsoft rates these as least privileged. The project rates reading audit activity or ' +
    "tenant-wide configuration as medium, since it reveals more than the signed-in user's own " +
    'basic data.',
  'privilegeLevel|medium|4':
    'These read configuration or backup metadata without changing anything; the project ' +
    'keeps high and critical for writes and for reading content.'
}

/** One external verdict for one permission. */
interface ExternalTier {
  name: string
  type: PermissionType
  theirs: string
}

function entraOpsTiers(dataDir: string): ExternalTier[] {
  const levels = readJson(join(dataDir, ENTRAOPS_FILE)) as {
    EAMTierLevelName: string
    TierLevelDefinition: {
      ResourceAppId: string
      ResourceScope: string
      RoleDefinitionActions: string[]
    }[]
  }[]
  const found = new Map<string, ExternalTier>()
  for (const level of levels)
    for (const group of level.TierLevelDefinition) {
      if (group.ResourceAppId !== MICROSOFT_GRAPH_APP_ID) continue
      const types: PermissionType[] =
        group.ResourceScope === 'Delegation'
          ? ['delegated']
          : group.ResourceScope === 'All'
            ? ['delegated', 'application']
            : ['application']
      for (const name of group.RoleDefinitionActions)
        for (const type of types) {
          const key = `${type}|${name}`
          // A name listed at two levels keeps the more privileged (first) one.
          if (!found.has(key))
            found.set(key, { name, type, theirs: level.EAMTierLevelName })
        }
    }
  return [...found.values()]
}

function privilegeLevels(dataDir: string): ExternalTier[] {
  const { permissions } = readJson(join(dataDir, PERMISSIONS_FILE)) as {
    permissions: Record<
      string,
      { schemes?: Record<string, { privilegeLevel?: number }> }
    >
  }
  const schemes: [string, PermissionType][] = [
    ['DelegatedWork', 'delegated'],
    ['Application', 'application']
  ]
  return Object.entries(permissions).flatMap(([name, permission]) =>
    schemes.flatMap(([scheme, type]) => {
      const level = permission.schemes?.[scheme]?.privilegeLevel
      return level === undefined ? [] : [{ name, type, theirs: String(level) }]
    })
  )
}

/** The comparison against one external classification. */
interface Comparison {
  compared: number
  agreeing: number
  /** "ours|theirs" -> the permissions with that difference. */
  differences: Map<string, ClassifiedPermission[]>
  matrix: Map<string, number>
}

function compare(
  ours: readonly ClassifiedPermission[],
  external: readonly ExternalTier[],
  matches: Record<string, readonly Tier[]>
): Comparison {
  const byKey = new Map(ours.map((p) => [`${p.type}|${p.name}`, p]))
  const result: Comparison = {
    compared: 0,
    agreeing: 0,
    differences: new Map(),
    matrix: new Map()
  }
  for (const { name, type, theirs } of external) {
    const permission = byKey.get(`${type}|${name}`)
    if (permission === undefined) continue
    result.compared += 1
    const cell = `${permission.tier}|${theirs}`
    result.matrix.set(cell, (result.matrix.get(cell) ?? 0) + 1)
    if (matches[theirs]?.includes(permission.tier)) {
      result.agreeing += 1
      continue
    }
    const list = result.differences.get(cell) ?? []
    list.push(permission)
    result.differences.set(cell, list)
  }
  return result
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`

function renderComparison(
  title: string,
  comparison: Comparison,
  columns: readonly string[],
  label: (theirs: string) => string
): string[] {
  const tiers: Tier[] = ['critical', 'high', 'medium', 'low']
  const lines = [
    `## ${title}`,
    '',
    `${comparison.agreeing} of ${comparison.compared} permissions agree ` +
      `(${percent(comparison.agreeing, comparison.compared)}).`,
    '',
    `| ours \\ theirs | ${columns.map(label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...tiers.map(
      (tier) =>
        `| ${tier} | ${columns.map((c) => comparison.matrix.get(`${tier}|${c}`) ?? 0).join(' | ')} |`
    ),
    ''
  ]
  const kinds = [...comparison.differences.keys()].sort()
  for (const kind of kinds) {
    const [ours = '', theirs = ''] = kind.split('|')
    const permissions = (comparison.differences.get(kind) ?? []).sort(
      (a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type)
    )
    const reason = DIFFERENCE_REASONS[`${title}|${kind}`]
    if (reason === undefined)
      throw new Error(
        `docs/tiers-comparison.md: no reason is written for "${title}|${kind}" ` +
          `(${permissions.length} permissions, e.g. ${permissions[0]?.name}); ` +
          'add one to DIFFERENCE_REASONS in scripts/tiering/compare.ts'
      )
    lines.push(
      `### Ours ${ours}, theirs ${label(theirs)} (${permissions.length})`,
      '',
      reason,
      '',
      '| permission | type | our rationale |',
      '| --- | --- | --- |',
      ...permissions.map(
        (p) => `| \`${p.name}\` | ${p.type} | ${p.rationale} |`
      ),
      ''
    )
  }
  return lines
}

/**
 * Renders docs/tiers-comparison.md for the Microsoft Graph permissions.
 * @param graph Every classified Microsoft Graph permission.
 */
export function renderTierComparison(
  dataDir: string,
  graph: readonly ClassifiedPermission[],
  asOf: string
): string {
  const counts = (type: PermissionType, tier: Tier): number =>
    graph.filter((p) => p.type === type && p.tier === tier).length
  const tiers: Tier[] = ['critical', 'high', 'medium', 'low']
  const overrides = graph.filter((p) => p.basis === 'override').length
  return [
    '# How the tiers compare',
    '',
    `Generated by \`npm run catalog:build\` from the catalog as of ${asOf}; do not edit by hand.`,
    'The tier definitions and the rules behind them are in [tiers.md](tiers.md).',
    '',
    '## Microsoft Graph permissions per tier',
    '',
    '| tier | delegated | application |',
    '| --- | ---: | ---: |',
    ...tiers.map(
      (tier) =>
        `| ${tier} | ${counts('delegated', tier)} | ${counts('application', tier)} |`
    ),
    '',
    `${graph.length - overrides} tiers come from the naming rules, ${overrides} from reviewed overrides.`,
    '',
    ...renderComparison(
      'EntraOps',
      compare(graph, entraOpsTiers(dataDir), ENTRAOPS_MATCHES),
      ['ControlPlane', 'ManagementPlane', 'UserAccess'],
      (theirs) => theirs
    ),
    ...renderComparison(
      'privilegeLevel',
      compare(graph, privilegeLevels(dataDir), LEVEL_MATCHES),
      ['4', '3', '2', '1'],
      (theirs) => `level ${theirs}`
    )
  ].join('\n')
}
