/**
 * Readers for the catalog's secondary sources: permissions of other Microsoft APIs, Teams
 * resource-specific consent permissions, and names of Microsoft's first-party apps. Facts
 * only: names, GUIDs, types, flags. Descriptions are never read out.
 */
import { join } from 'node:path'
import type { PermissionFacts } from '../src/catalog/catalog.js'
import { isGuid, MICROSOFT_GRAPH_APP_ID } from '../src/model.js'
import {
  readJson,
  snapshotDate,
  today,
  type SourceResource
} from './catalog-sources.js'

const OTHER_RESOURCES_FILE = 'other-resources/resource-permissions.json'
const PERMISSIONS_FILE = 'api-permissions/permissions.json'
const PROVISIONING_FILE = 'api-permissions/provisioningInfo.json'
const FIRST_PARTY_FILE = 'first-party-apps/MicrosoftApps.json'

type JsonObject = Record<string, unknown>
const asObject = (value: unknown): JsonObject =>
  typeof value === 'object' && value !== null ? (value as JsonObject) : {}
const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : []

const byName = (a: PermissionFacts, b: PermissionFacts): number =>
  a.type.localeCompare(b.type) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * The permissions of other Microsoft APIs (Exchange Online, SharePoint Online, Power BI,
 * ...). The source lists only some of each API's permissions, so each resource is marked
 * incomplete, and it gives no consent facts: application permissions always need admin
 * consent; for delegated ones the flag stays unknown (null).
 */
export function otherResourcesFromData(dataDir: string): SourceResource[] {
  const data = asObject(readJson(join(dataDir, OTHER_RESOURCES_FILE)))
  const asOf = snapshotDate(dataDir, [OTHER_RESOURCES_FILE]) ?? today()
  const names = new Map(
    asArray(data.resources).map((r) => [
      String(asObject(r).appId).toLowerCase(),
      String(asObject(r).displayName)
    ])
  )
  const permissions = new Map<string, Map<string, PermissionFacts>>()
  for (const raw of asArray(data.permissions)) {
    const p = asObject(raw)
    const resourceAppId = String(p.resourceAppId).toLowerCase()
    const type = p.type === 'Application' ? 'application' : 'delegated'
    const id = String(p.id).toLowerCase()
    if (resourceAppId === MICROSOFT_GRAPH_APP_ID || !isGuid(id)) continue
    const list =
      permissions.get(resourceAppId) ?? new Map<string, PermissionFacts>()
    // The source repeats a few entries; one per (type, id) is kept.
    list.set(`${type}|${id}`, {
      name: String(p.value),
      id,
      type,
      adminConsentRequired: type === 'application' ? true : null,
      enabled: true
    })
    permissions.set(resourceAppId, list)
  }
  return [...permissions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([resourceAppId, list]) => ({
      resourceAppId,
      displayName: names.get(resourceAppId) ?? resourceAppId,
      source: {
        description: "Partial list of the API's permissions (ScubaGear)",
        asOf
      },
      complete: false,
      permissions: [...list.values()].sort(byName)
    }))
}

/**
 * Teams resource-specific consent (RSC) permissions: the names with
 * `authorizationType: RSC` in the Graph permissions metadata, their GUIDs from the
 * provisioning data. They belong to Microsoft Graph and are application permissions
 * granted per team, chat or user by its owner.
 */
export function resourceSpecificFromData(dataDir: string): SourceResource {
  const permissions = asObject(
    asObject(readJson(join(dataDir, PERMISSIONS_FILE))).permissions
  )
  const deployments = asObject(
    asObject(readJson(join(dataDir, PROVISIONING_FILE))).permissionDeployments
  )
  const facts: PermissionFacts[] = []
  for (const [name, raw] of Object.entries(permissions)) {
    const permission = asObject(raw)
    if (permission.authorizationType !== 'RSC') continue
    const scheme = asObject(asObject(permission.schemes).Application)
    const deployment = asArray(deployments[name])
      .map(asObject)
      .find((d) => d.scheme === 'Application' && typeof d.id === 'string')
    if (deployment === undefined) continue
    facts.push({
      name,
      id: String(deployment.id).toLowerCase(),
      type: 'application',
      adminConsentRequired: scheme.requiresAdminConsent === true,
      enabled: deployment.isEnabled !== false
    })
  }
  return {
    resourceAppId: MICROSOFT_GRAPH_APP_ID,
    displayName: 'Microsoft Graph (Teams resource-specific consent)',
    source: {
      description: 'Microsoft Graph permissions metadata (RSC entries)',
      asOf:
        snapshotDate(dataDir, [PERMISSIONS_FILE, PROVISIONING_FILE]) ?? today()
    },
    complete: true,
    permissions: facts.sort(byName)
  }
}

/** Display names of Microsoft's first-party apps, by lower-cased appId. */
export interface AppNames {
  source: { description: string; asOf: string }
  apps: Record<string, string>
}

/** Reads the first-party app list: appId -> display name (rows without a name are left out). */
export function firstPartyAppsFromData(dataDir: string): AppNames {
  const apps: Record<string, string> = {}
  const rows = asArray(readJson(join(dataDir, FIRST_PARTY_FILE))).map(asObject)
  for (const row of rows) {
    const appId = String(row.AppId).toLowerCase()
    const name =
      typeof row.AppDisplayName === 'string' ? row.AppDisplayName.trim() : ''
    if (isGuid(appId) && name !== '') apps[appId] = name
  }
  const sorted = Object.fromEntries(
    Object.entries(apps).sort(([a], [b]) => (a < b ? -1 : 1))
  )
  return {
    source: {
      description: 'Microsoft first-party app ids and names',
      asOf: snapshotDate(dataDir, [FIRST_PARTY_FILE]) ?? today()
    },
    apps: sorted
  }
}
