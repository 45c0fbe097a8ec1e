/**
 * Measures how fast the scan is on a large generated repository, against the floor of
 * merely listing and reading the same files:
 *
 *   npm run bench                          # 10,000 files, median of 3 runs
 *   npm run bench -- --files 2000 --runs 5
 *   npm run bench -- --keep                # keep the generated tree and print its path
 *
 * The tree is generated from a fixed seed, so every run measures the same files. Each
 * measurement runs in a fresh process (scripts/bench-worker.ts) so its peak memory is its
 * own. Files are read from a warm OS cache: they were just written.
 */
import { execFile } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import graphCatalog from '../catalog/microsoft-graph.json' with { type: 'json' }
import {
  isGuid,
  MICROSOFT_GRAPH_APP_ID,
  type PermissionType
} from '../src/model.js'
import type { Measurement, WorkerReport } from './bench-worker.js'

const SEED = 20240601
/** Share of manifests given a syntax error. */
const MALFORMED_SHARE = 0.03
const WORKER = fileURLToPath(new URL('./bench-worker.js', import.meta.url))

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same tree. */
class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A random GUID: in no catalog, so it stands for an unknown permission or app. */
  guid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16))
    return [8, 4, 4, 4, 12]
      .map((length, part) => {
        const start = [0, 8, 12, 16, 20][part] as number
        return hex.slice(start, start + length).join('')
      })
      .join('-')
  }
}

/** One file of the generated tree, by path below its format's folder. */
interface GeneratedFile {
  path: string
  text: string
}

/** A generated file and the files that go with it (the rest of a Terraform module). */
interface GeneratedUnit extends GeneratedFile {
  companions?: GeneratedFile[]
}

/** A kind of file the tree holds. Adding a format to the benchmark is adding one of these. */
interface FileKind {
  /** The kind's folder in the tree and its name in the report. */
  format: string
  /** Relative share of the tree's files. */
  weight: number
  /** True when the scan must read the file as a manifest; false when it must skip it. */
  manifest: boolean
  /** Generates the file numbered `index` in the tree (unique, for unique paths). */
  generate(rng: Random, index: number): GeneratedUnit
  /**
   * Returns the text with a syntax error, so always changed; kinds without it are never
   * malformed.
   */
  breakSyntax?(rng: Random, text: string): string
}

interface Permission {
  name: string
  id: string
}

/** Real Microsoft Graph permissions, by type, so most declarations resolve. */
const GRAPH: Record<PermissionType, Permission[]> = {
  delegated: graphCatalog.permissions.filter((p) => p.type === 'delegated'),
  application: graphCatalog.permissions.filter((p) => p.type === 'application')
}
const PERMISSION_TYPES: readonly PermissionType[] = ['delegated', 'application']
const OTHER_TYPE: Record<PermissionType, PermissionType> = {
  delegated: 'application',
  application: 'delegated'
}
const ACCESS_TYPE: Record<PermissionType, string> = {
  delegated: 'Scope',
  application: 'Role'
}

/** APIs other than Microsoft Graph, which the catalog cannot verify. */
const OTHER_APIS = [
  {
    // SharePoint Online
    resourceAppId: '00000003-0000-0ff1-ce00-000000000000',
    type: 'application',
    name: 'Sites.FullControl.All',
    id: '678536fe-1083-478a-9c59-b99265e6b0d3'
  },
  {
    // Exchange Online
    resourceAppId: '00000002-0000-0ff1-ce00-000000000000',
    type: 'application',
    name: 'full_access_as_app',
    id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40'
  },
  {
    // Power BI
    resourceAppId: '00000009-0000-0000-c000-000000000000',
    type: 'delegated',
    name: 'Dataset.Read.All',
    id: '7f33e027-4039-419b-938e-2f8ca153e68e'
  }
] as const

/**
 * How many permissions one app declares: most apps need a handful, a few need hundreds
 * (`large` is the upper range, which differs by format).
 */
function permissionCount(rng: Random, large: [number, number]): number {
  const roll = rng.next()
  if (roll < 0.7) return rng.int(1, 5)
  if (roll < 0.92) return rng.int(6, 40)
  return rng.int(...large)
}

/** A Graph permission reference, sometimes deliberately wrong. */
interface Access {
  /** The name or GUID as the file writes it. */
  reference: string
  type: PermissionType
  /** The permission's name, for a comment next to a GUID. */
  note?: string
}

/** A declaration for a manifest that references permissions by name or GUID. */
function accessByNameOrId(rng: Random): Access {
  const type = rng.pick(PERMISSION_TYPES)
  const permission = rng.pick(GRAPH[type])
  const roll = rng.next()
  if (roll < 0.005) return { reference: `${permission.name}s`, type } // a typo
  if (roll < 0.015) return { reference: rng.guid(), type } // an unknown GUID
  if (roll < 0.035) {
    // A GUID declared as the wrong type.
    const other = rng.pick(GRAPH[OTHER_TYPE[type]])
    return { reference: other.id, type, note: other.name }
  }
  return rng.chance(0.2)
    ? { reference: permission.id, type, note: permission.name }
    : { reference: permission.name, type }
}

/** A declaration for a manifest that references permissions by GUID only. */
function accessById(rng: Random): Access {
  const access = accessByNameOrId(rng)
  if (isGuid(access.reference)) return access
  const permission = GRAPH[access.type].find((p) => p.name === access.reference)
  // A name the catalog lacks (a typo) becomes an unknown GUID.
  return permission === undefined
    ? { reference: rng.guid(), type: access.type }
    : { reference: permission.id, type: access.type, note: permission.name }
}

/** Lines of a YAML list under `key`, in flow style when short and without comments. */
function yamlList(key: string, accesses: Access[], indent: string): string[] {
  if (accesses.length === 0) return []
  if (accesses.length <= 3 && accesses.every((a) => a.note === undefined))
    return [`${indent}${key}: [${accesses.map((a) => a.reference).join(', ')}]`]
  return [
    `${indent}${key}:`,
    ...accesses.map(
      (a) =>
        `${indent}  - ${a.reference}${a.note === undefined ? '' : ` # ${a.note}`}`
    )
  ]
}

/** One app of a graph-permissions manifest. */
function yamlApp(rng: Random, label: string): string[] {
  const accesses = Array.from({ length: permissionCount(rng, [40, 120]) }, () =>
    accessByNameOrId(rng)
  )
  const lines = [`  - name: Contoso app ${label}`]
  if (rng.chance(0.8)) lines.push(`    appId: ${rng.guid()}`)
  for (const type of PERMISSION_TYPES)
    lines.push(
      ...yamlList(
        type,
        accesses.filter((a) => a.type === type),
        '    '
      )
    )
  if (rng.chance(0.1)) {
    const api = rng.pick(OTHER_APIS)
    lines.push(
      '    resources:',
      `      - resourceAppId: ${rng.chance(0.8) ? api.resourceAppId : rng.guid()}`,
      `        ${api.type}: [${api.name}]`
    )
  }
  return lines
}

const yamlManifests: FileKind = {
  format: 'yaml',
  weight: 35,
  manifest: true,
  generate(rng, index) {
    const appCount = rng.chance(0.08) ? rng.int(3, 8) : rng.int(1, 2)
    const lines = [
      '# Permissions the apps in this folder are expected to hold.',
      'version: 1',
      'apps:'
    ]
    for (let app = 0; app < appCount; app++)
      lines.push(...yamlApp(rng, `${index}-${app}`))
    const team = `team-${index % 40}`
    return {
      path: rng.chance(0.5)
        ? `${team}/svc-${index}/.github/graph-permissions.yml`
        : `${team}/deploy/svc-${index}.graph-permissions.yml`,
      text: `${lines.join('\n')}\n`
    }
  },
  breakSyntax(rng, text) {
    // A flow sequence left open: the parser runs into the next key.
    const lines = text.split('\n')
    lines.splice(rng.int(3, lines.length - 1), 0, '    delegated: [User.Read,')
    return lines.join('\n')
  }
}

/** An app as an Entra app manifest holds it, whichever shape the file uses. */
interface EntraApp {
  appId: string
  name: string
  requiredResourceAccess: { resourceAppId: string; resourceAccess: Access[] }[]
}

function entraApp(rng: Random, label: string): EntraApp {
  const graphAccess = Array.from(
    { length: permissionCount(rng, [100, 400]) },
    () => accessById(rng)
  )
  const app: EntraApp = {
    appId: rng.guid(),
    name: `Contoso app ${label}`,
    requiredResourceAccess: [
      { resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: graphAccess }
    ]
  }
  if (rng.chance(0.1)) {
    const api = rng.pick(OTHER_APIS)
    app.requiredResourceAccess.push({
      resourceAppId: rng.chance(0.8) ? api.resourceAppId : rng.guid(),
      resourceAccess: [{ reference: api.id, type: api.type, note: api.name }]
    })
  }
  return app
}

const entryOf = (access: Access): { id: string; type: string } => ({
  id: access.reference,
  type: ACCESS_TYPE[access.type]
})

/** The Microsoft Graph app manifest: displayName, tabs, strict JSON. */
function currentManifest(rng: Random, app: EntraApp): object {
  return {
    id: rng.guid(),
    appId: app.appId,
    displayName: app.name,
    signInAudience: 'AzureADMyOrg',
    identifierUris: [`api://${app.appId}`],
    web: {
      redirectUris: [`https://${app.appId.slice(0, 8)}.contoso.com/auth`]
    },
    requiredResourceAccess: app.requiredResourceAccess.map((resource) => ({
      resourceAppId: resource.resourceAppId,
      resourceAccess: resource.resourceAccess.map(entryOf)
    }))
  }
}

/** The Azure AD Graph manifest as the classic blade exported it: comments, trailing commas. */
function legacyManifestLines(app: EntraApp, indent: string): string[] {
  const lines = [
    '{',
    `  "appId": "${app.appId}",`,
    `  "name": "${app.name}",`,
    '  "oauth2AllowImplicitFlow": false,',
    `  "replyUrls": ["https://${app.appId.slice(0, 8)}.contoso.com/"],`,
    '  // Reviewed by the identity team.',
    '  "requiredResourceAccess": ['
  ]
  for (const resource of app.requiredResourceAccess) {
    lines.push(
      '    {',
      `      "resourceAppId": "${resource.resourceAppId}",`,
      '      "resourceAccess": ['
    )
    for (const access of resource.resourceAccess) {
      const note = access.note === undefined ? '' : ` // ${access.note}`
      lines.push(`        ${JSON.stringify(entryOf(access))},${note}`)
    }
    lines.push('      ],', '    },')
  }
  lines.push('  ],', '}')
  return lines.map((line) => indent + line)
}

const entraManifests: FileKind = {
  format: 'entra',
  weight: 35,
  manifest: true,
  generate(rng, index) {
    // Some files hold several apps: a Graph list response, or a JSON array.
    const apps = Array.from(
      { length: rng.chance(0.1) ? rng.int(2, 4) : 1 },
      (_, app) => entraApp(rng, `${index}-${app}`)
    )
    const team = `team-${index % 40}`
    if (rng.chance(0.4)) {
      const bodies = apps.map((app) =>
        legacyManifestLines(app, apps.length === 1 ? '' : '  ')
      )
      const body =
        bodies.length === 1
          ? (bodies[0] as string[])
          : [
              '[',
              ...bodies.flatMap((lines) => [
                ...lines.slice(0, -1),
                `${lines.at(-1)},`
              ]),
              ']'
            ]
      return {
        path: `${team}/legacy/app-${index}.json`,
        text: [
          '// Exported from the classic app registrations blade.',
          ...body,
          ''
        ].join('\n')
      }
    }
    const manifests = apps.map((app) => currentManifest(rng, app))
    const document =
      manifests.length === 1 ? manifests[0] : { value: manifests }
    return {
      path: rng.chance(0.5)
        ? `${team}/apps/app-${index}.manifest.json`
        : `${team}/infra/entra/app-${index}/manifest.json`,
      text: `${JSON.stringify(document, null, '\t')}\n`
    }
  },
  breakSyntax(rng, text) {
    // Cut short, as by a bad merge; the cut keeps "requiredResourceAccess" so the file is
    // still taken for a manifest.
    const start = text.indexOf('"requiredResourceAccess"') + 30
    return text.slice(0, rng.int(start, text.length - 3))
  }
}

/** Filler prose for files of no interest. */
const PROSE =
  'This service syncs the Contoso directory with the HR system every night and reports the changes to the owners.'

const unrelatedFiles: FileKind = {
  format: 'unrelated',
  weight: 10,
  manifest: false,
  generate(rng, index) {
    const repo = `repo-${index}`
    const paragraphs = Array.from({ length: rng.int(2, 40) }, () => PROSE)
    return rng.pick<() => GeneratedFile>([
      () => ({
        path: `${repo}/package.json`,
        text: JSON.stringify(
          { name: repo, version: '1.0.0', scripts: { test: 'jest' } },
          null,
          2
        )
      }),
      () => ({
        path: `${repo}/appsettings.json`,
        text: JSON.stringify(
          {
            AzureAd: { TenantId: rng.guid(), ClientId: rng.guid() },
            Notes: paragraphs
          },
          null,
          2
        )
      }),
      () => ({
        path: `${repo}/README.md`,
        text: `# ${repo}\n\n${paragraphs.join('\n\n')}\n`
      }),
      () => ({
        path: `${repo}/.github/workflows/ci.yml`,
        text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
      })
    ])()
  }
}

/** A Graph permission by name of the given type, for formats that name permissions. */
function graphName(rng: Random, type: PermissionType): string {
  return rng.pick(GRAPH[type]).name
}

/**
 * Terraform (azuread) modules: literal GUIDs in main.tf, as provider examples write them, or
 * names looked up through data sources in data.tf and listed in locals.tf, as split
 * modules do.
 */
const terraformFiles: FileKind = {
  format: 'terraform',
  weight: 8,
  manifest: true,
  generate(rng, index) {
    const accesses = Array.from(
      { length: permissionCount(rng, [40, 150]) },
      () => accessById(rng)
    )
    const folder = `team-${index % 40}/infra/app-${index}`
    const graphAppId =
      'data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]'
    const dataSources = [
      'data "azuread_application_published_app_ids" "well_known" {}',
      '',
      'data "azuread_service_principal" "msgraph" {',
      `  client_id = ${graphAppId}`,
      '}',
      ''
    ].join('\n')
    const application = (body: string[]): string =>
      [
        `resource "azuread_application" "app_${index}" {`,
        `  display_name = "Contoso app ${index}"`,
        '',
        '  required_resource_access {',
        `    resource_app_id = ${graphAppId}`,
        '',
        ...body,
        '  }',
        '}',
        ''
      ].join('\n')
    const named = accesses.filter((access) => access.note !== undefined)
    if (rng.chance(0.5) || named.length === 0) {
      const entries = accesses.map((access) =>
        [
          '    resource_access {',
          `      id   = "${access.reference}"${access.note === undefined ? '' : ` # ${access.note}`}`,
          `      type = "${ACCESS_TYPE[access.type]}"`,
          '    }'
        ].join('\n')
      )
      return {
        path: `${folder}/main.tf`,
        text: `${dataSources}\n${application([entries.join('\n\n')])}`
      }
    }
    const list = (type: PermissionType): string =>
      named
        .filter((access) => access.type === type)
        .map((access) => `    "${access.note ?? ''}",`)
        .join('\n')
    const dynamicOver = (type: PermissionType): string[] => [
      '    dynamic "resource_access" {',
      `      for_each = local.${type}_permissions`,
      '      content {',
      `        id   = data.azuread_service_principal.msgraph.${type === 'application' ? 'app_role_ids' : 'oauth2_permission_scope_ids'}[resource_access.value]`,
      `        type = "${ACCESS_TYPE[type]}"`,
      '      }',
      '    }'
    ]
    return {
      path: `${folder}/main.tf`,
      text: application([
        ...dynamicOver('delegated'),
        '',
        ...dynamicOver('application')
      ]),
      companions: [
        { path: `${folder}/data.tf`, text: dataSources },
        {
          path: `${folder}/locals.tf`,
          text: [
            'locals {',
            '  delegated_permissions = [',
            list('delegated'),
            '  ]',
            '  application_permissions = [',
            list('application'),
            '  ]',
            '}',
            ''
          ].join('\n')
        }
      ]
    }
  },
  breakSyntax(rng, text) {
    // A block left open by a bad merge.
    const at = text.indexOf('required_resource_access {')
    return `${text.slice(0, at)}required_resource_access {\n  {\n${text.slice(at)}`
  }
}

/** Bicep with the Microsoft Graph extension. */
const bicepFiles: FileKind = {
  format: 'bicep',
  weight: 4,
  manifest: true,
  generate(rng, index) {
    const accesses = Array.from(
      { length: permissionCount(rng, [20, 80]) },
      () => accessById(rng)
    )
    const text = [
      'extension microsoftGraphV1',
      '',
      `resource app 'Microsoft.Graph/applications@v1.0' = {`,
      `  uniqueName: 'contoso-app-${index}'`,
      `  displayName: 'Contoso app ${index}'`,
      '  requiredResourceAccess: [',
      '    {',
      `      resourceAppId: '${MICROSOFT_GRAPH_APP_ID}'`,
      '      resourceAccess: [',
      ...accesses.map(
        (a) =>
          `        { id: '${a.reference}', type: '${ACCESS_TYPE[a.type]}' }${a.note === undefined ? '' : ` // ${a.note}`}`
      ),
      '      ]',
      '    }',
      '  ]',
      '}',
      ''
    ].join('\n')
    return { path: `team-${index % 40}/infra/app-${index}.bicep`, text }
  },
  breakSyntax(_rng, text) {
    return text.replace("type: 'Role' }", "type: 'Role' ")
  }
}

/** SharePoint Framework solutions asking for delegated Graph scopes. */
const spfxFiles: FileKind = {
  format: 'spfx',
  weight: 3,
  manifest: true,
  generate(rng, index) {
    const requests = Array.from({ length: rng.int(1, 6) }, () => ({
      resource: rng.chance(0.7) ? 'Microsoft Graph' : MICROSOFT_GRAPH_APP_ID,
      scope: graphName(rng, 'delegated')
    }))
    const text = JSON.stringify(
      {
        $schema:
          'https://developer.microsoft.com/json-schemas/spfx-build/package-solution.schema.json',
        solution: {
          name: `contoso-webpart-${index}-client-side-solution`,
          id: rng.guid(),
          version: '1.0.0.0',
          includeClientSideAssets: true,
          webApiPermissionRequests: requests
        },
        paths: { zippedPackage: `solution/contoso-webpart-${index}.sppkg` }
      },
      null,
      2
    )
    return {
      path: `webpart-${index}/config/package-solution.json`,
      text: `${text}\n`
    }
  },
  breakSyntax(_rng, text) {
    return text.replace('"solution": {', '"solution": {,')
  }
}

/** Teams app manifests with resource-specific consent, and Teams Toolkit aad.manifest.json. */
const teamsFiles: FileKind = {
  format: 'teams',
  weight: 3,
  manifest: true,
  generate(rng, index) {
    if (rng.chance(0.5)) {
      const text = JSON.stringify(
        {
          $schema:
            'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
          manifestVersion: '1.17',
          version: '1.0.0',
          id: rng.guid(),
          developer: { name: 'Contoso' },
          name: { short: `Contoso bot ${index}` },
          webApplicationInfo: {
            id: rng.guid(),
            resource: `api://contoso.com/${index}`
          },
          authorization: {
            permissions: {
              resourceSpecific: [
                { name: 'ChannelMessage.Read.Group', type: 'Application' },
                { name: 'TeamSettings.Read.Group', type: 'Application' }
              ]
            }
          }
        },
        null,
        2
      )
      return {
        path: `teams-app-${index}/appPackage/manifest.json`,
        text: `${text}\n`
      }
    }
    const text = JSON.stringify(
      {
        id: '${{AAD_APP_OBJECT_ID}}',
        appId: '${{AAD_APP_CLIENT_ID}}',
        name: `contoso-tab-${index}`,
        signInAudience: 'AzureADMyOrg',
        requiredResourceAccess: [
          {
            resourceAppId: 'Microsoft Graph',
            resourceAccess: Array.from({ length: rng.int(1, 5) }, () => ({
              id: graphName(rng, 'delegated'),
              type: 'Scope'
            }))
          }
        ]
      },
      null,
      2
    )
    return { path: `teams-app-${index}/aad.manifest.json`, text: `${text}\n` }
  },
  breakSyntax(_rng, text) {
    return text.replace('{', '{{')
  }
}

/** Source files that request scopes through MSAL or the Graph SDK. */
const codeFiles: FileKind = {
  format: 'code',
  weight: 6,
  manifest: true,
  generate(rng, index) {
    const scopes = Array.from({ length: rng.int(1, 4) }, () =>
      rng.chance(0.3)
        ? `https://graph.microsoft.com/${graphName(rng, 'delegated')}`
        : graphName(rng, 'delegated')
    )
    const quoted = scopes.map((scope) => `'${scope}'`).join(', ')
    const filler = Array.from(
      { length: rng.int(5, 200) },
      (_, line) => `export const value${line} = ${line} * 2 // unrelated code`
    )
    const text = [
      "import { PublicClientApplication } from '@azure/msal-browser'",
      '',
      'const msal = new PublicClientApplication({ auth: { clientId: CLIENT_ID } })',
      '',
      'export async function signIn(): Promise<void> {',
      `  await msal.loginPopup({ scopes: [${quoted}] })`,
      '}',
      '',
      ...filler,
      ''
    ].join('\n')
    return { path: `spa-${index}/src/auth/sign-in.ts`, text }
  }
}

/** Every kind of file in the tree; each gets its own top-level folder. */
const FILE_KINDS: readonly FileKind[] = [
  yamlManifests,
  entraManifests,
  terraformFiles,
  bicepFiles,
  spfxFiles,
  teamsFiles,
  codeFiles,
  unrelatedFiles
]

interface KindStats {
  kind: FileKind
  files: number
  bytes: number
  malformed: number
}

/**
 * Writes `count` files below `root` (a few more when the last one comes with companions),
 * in one folder per file kind, and counts them.
 */
function generateTree(root: string, count: number, rng: Random): KindStats[] {
  const stats = FILE_KINDS.map((kind) => ({
    kind,
    files: 0,
    bytes: 0,
    malformed: 0
  }))
  const totalWeight = FILE_KINDS.reduce((sum, kind) => sum + kind.weight, 0)
  const createdFolders = new Set<string>()
  let written = 0
  for (let index = 0; written < count; index++) {
    let roll = rng.next() * totalWeight
    const entry =
      stats.find(({ kind }) => (roll -= kind.weight) < 0) ?? stats.at(-1)
    if (entry === undefined) throw new Error('no file kinds to generate')
    const { kind } = entry
    const {
      path,
      text: wellFormed,
      companions = []
    } = kind.generate(rng, index)
    const text =
      kind.breakSyntax !== undefined && rng.chance(MALFORMED_SHARE)
        ? kind.breakSyntax(rng, wellFormed)
        : wellFormed
    if (text !== wellFormed) entry.malformed += 1
    const file = join(root, kind.format, path)
    const folder = dirname(file)
    if (!createdFolders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      createdFolders.add(folder)
    }
    writeFileSync(file, text)
    entry.files += 1
    entry.bytes += Buffer.byteLength(text)
    for (const companion of companions) {
      writeFileSync(join(root, kind.format, companion.path), companion.text)
      entry.bytes += Buffer.byteLength(companion.text)
    }
    entry.files += companions.length
    written += 1 + companions.length
  }
  return stats
}

const runWorker = promisify(execFile)

/** Runs one measurement in a fresh process. */
async function measureOnce(
  measurement: Measurement,
  root: string
): Promise<WorkerReport> {
  const { stdout } = await runWorker(process.execPath, [
    WORKER,
    measurement,
    root
  ])
  return JSON.parse(stdout) as WorkerReport
}

/**
 * Runs a measurement `runs` times and returns the run with the median wall time (the
 * lower middle one for an even count), so its peak memory is a real run's.
 */
async function measureMedian(
  measurement: Measurement,
  root: string,
  runs: number
): Promise<WorkerReport> {
  const reports: WorkerReport[] = []
  for (let run = 0; run < runs; run++)
    reports.push(await measureOnce(measurement, root))
  reports.sort((a, b) => a.wallMs - b.wallMs)
  return reports[Math.floor((runs - 1) / 2)] as WorkerReport
}

/** Checks the scan read every manifest and skipped every other file. */
function checkScanned(
  report: WorkerReport,
  manifests: number,
  where: string
): void {
  const scanned = report.scan?.filesScanned
  if (scanned !== manifests)
    throw new Error(
      `${where}: the scan read ${scanned} manifests, expected ${manifests}`
    )
}

const integer = (value: number): string =>
  Math.round(value).toLocaleString('en-US')
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1)
const mebibytes = (kibibytes: number): string => (kibibytes / 1024).toFixed(0)

/** Throughput and resource columns of a measurement, as the tables print them. */
function figures(report: WorkerReport): string[] {
  const seconds = report.wallMs / 1000
  return [
    integer(report.files),
    megabytes(report.bytes),
    integer(report.files / seconds),
    (report.bytes / 1e6 / seconds).toFixed(1),
    integer(report.wallMs),
    mebibytes(report.peakRssKiB)
  ]
}
const FIGURE_HEADINGS = [
  'files read',
  'MB',
  'files/s',
  'MB/s',
  'wall ms',
  'peak MiB'
]

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(headings: string[], rows: string[][]): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length))
  )
  for (const row of [headings, ...rows]) {
    const cells = row.map((cell, column) =>
      column === 0
        ? cell.padEnd(widths[0] ?? 0)
        : cell.padStart(widths[column] ?? 0)
    )
    console.log(`  ${cells.join('  ')}`)
  }
  console.log()
}

/** Reads a positive integer option. */
/**
 * The pull-request gate on the whole tree with one manifest changed: commits the tree as
 * the base, changes one YAML manifest in the working tree, and compares the gate's time
 * (head scan plus base side) with a full scan's.
 */
async function measureGate(
  root: string,
  full: WorkerReport,
  runs: number
): Promise<void> {
  const git = async (...args: string[]): Promise<void> => {
    await runWorker(
      'git',
      ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024
      }
    )
  }
  await git('init', '-q')
  await git('add', '-A')
  await git('commit', '-qm', 'base', '--no-verify')
  const manifest = join(
    root,
    'yaml',
    readdirSync(join(root, 'yaml'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('graph-permissions.yml'))
      .sort()[0] ?? ''
  )
  writeFileSync(
    manifest,
    `${readFileSync(manifest, 'utf8')}\n# changed by the benchmark\n`
  )
  const gate = await measureMedian('gate', root, runs)
  console.log(
    `\nPull-request gate with one manifest changed (${integer(gate.files)} changed file), median of ${runs} runs:`
  )
  printTable(
    ['measurement', 'wall ms', 'peak MiB'],
    [
      ['full scan', integer(full.wallMs), mebibytes(full.peakRssKiB)],
      ['gate', integer(gate.wallMs), mebibytes(gate.peakRssKiB)]
    ]
  )
  console.log(
    `  gate / full scan: ${(gate.wallMs / full.wallMs).toFixed(2)}x the wall time`
  )
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `--${name} must be a positive integer, not ${JSON.stringify(text)}`
    )
  return value
}

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false }
  }
})
const fileCount = positiveInteger('files', values.files)
const runs = positiveInteger('runs', values.runs)

const root = mkdtempSync(join(tmpdir(), 'graph-consent-audit-bench-'))
try {
  console.log(
    `graph-consent-audit benchmark: Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs\n`
  )
  const generationStarted = performance.now()
  const stats = generateTree(root, fileCount, new Random(SEED))
  const totalBytes = stats.reduce((sum, entry) => sum + entry.bytes, 0)
  const totalFiles = stats.reduce((sum, entry) => sum + entry.files, 0)
  console.log(
    `Generated ${integer(totalFiles)} files (${megabytes(totalBytes)} MB, seed ${SEED}) in ${integer(performance.now() - generationStarted)} ms:`
  )
  printTable(
    ['format', 'files', 'MB', 'malformed'],
    [
      ...stats.map(({ kind, files, bytes, malformed }) => [
        kind.format,
        integer(files),
        megabytes(bytes),
        kind.breakSyntax === undefined ? '-' : integer(malformed)
      ]),
      [
        'total',
        integer(totalFiles),
        megabytes(totalBytes),
        integer(stats.reduce((sum, entry) => sum + entry.malformed, 0))
      ]
    ]
  )

  const manifestCount = stats
    .filter(({ kind }) => kind.manifest)
    .reduce((sum, { files }) => sum + files, 0)
  const floor = await measureMedian('read-floor', root, runs)
  const full = await measureMedian('full-scan', root, runs)
  checkScanned(full, manifestCount, 'whole tree')
  console.log(
    `Whole tree, median of ${runs} runs, each in a fresh process (the read floor lists\nthe tree and reads the files a scan reads, and does nothing else):`
  )
  printTable(
    ['measurement', ...FIGURE_HEADINGS],
    [
      ['read floor', ...figures(floor)],
      ['full scan', ...figures(full)]
    ]
  )
  console.log(
    `  full scan / read floor: ${(full.wallMs / floor.wallMs).toFixed(1)}x the wall time, ${(full.peakRssKiB / floor.peakRssKiB).toFixed(1)}x the peak memory`
  )
  console.log(
    `  full scan found ${integer(full.scan?.declarations ?? 0)} declarations and ${integer(full.scan?.findings ?? 0)} findings in ${integer(manifestCount)} manifests\n`
  )

  console.log(
    `Full scan of each format's folder alone, median of ${runs} runs:`
  )
  const rows: string[][] = []
  for (const { kind, files } of stats) {
    const report = await measureMedian(
      'full-scan',
      join(root, kind.format),
      runs
    )
    checkScanned(report, kind.manifest ? files : 0, kind.format)
    rows.push([
      kind.format,
      ...figures(report),
      integer(report.scan?.declarations ?? 0)
    ])
  }
  printTable(['format', ...FIGURE_HEADINGS, 'declarations'], rows)
  await measureGate(root, full, runs)
} finally {
  if (values.keep) console.log(`Kept the generated tree: ${root}`)
  else rmSync(root, { recursive: true, force: true })
}
