/**
 * Turns public permission data into the project's catalog resources. Only facts are kept:
 * names, GUIDs, types, consent and enabled flags. Descriptions are never read out.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type {
  CatalogResource,
  PermissionFacts
} from '../src/catalog/catalog.js'
import { permissionsFromServicePrincipal } from '../src/catalog/service-principal.js'
import { MICROSOFT_GRAPH_APP_ID } from '../src/model.js'

const GRAPH_DISPLAY_NAME = 'Microsoft Graph'
const SCOPES_FILE = 'graph-sp/GraphDelegateRoles.json'
const APP_ROLES_FILE = 'graph-sp/GraphAppRoles.json'

/** A resource as its source describes it: facts only, before the project classifies it. */
export type SourceResource = Omit<CatalogResource, 'permissions'> & {
  permissions: PermissionFacts[]
}

export const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(path, 'utf8'))

/**
 * Builds the Microsoft Graph resource from a PowerShell dump of the Graph service principal:
 * one file of `Oauth2PermissionScopes`, one of `AppRoles` (PascalCase properties).
 * @param dataDir Folder holding `graph-sp/`; its PROVENANCE.md (here or one level up) dates it.
 */
export function graphResourceFromDump(dataDir: string): SourceResource {
  const servicePrincipal = {
    Oauth2PermissionScopes: readJson(join(dataDir, SCOPES_FILE)),
    AppRoles: readJson(join(dataDir, APP_ROLES_FILE))
  }
  return {
    resourceAppId: MICROSOFT_GRAPH_APP_ID,
    displayName: GRAPH_DISPLAY_NAME,
    source: {
      description:
        'Microsoft Graph service principal (Get-MgServicePrincipal dump)',
      asOf: snapshotDate(dataDir) ?? today()
    },
    complete: true,
    permissions: permissionsFromServicePrincipal(servicePrincipal)
  }
}

/**
 * Builds the Microsoft Graph resource from Graph's own JSON for its service principal, as
 * returned by `GET /v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')
 * ?$select=appRoles,oauth2PermissionScopes` (camelCase properties).
 */
export function graphResourceFromGraphJson(
  file: string,
  asOf: string = today()
): SourceResource {
  return {
    resourceAppId: MICROSOFT_GRAPH_APP_ID,
    displayName: GRAPH_DISPLAY_NAME,
    source: {
      description: 'Microsoft Graph service principal (Graph API)',
      asOf
    },
    complete: true,
    permissions: permissionsFromServicePrincipal(readJson(file))
  }
}

/**
 * The newest "last commit" date PROVENANCE.md gives for the named data files, so a rebuild
 * from the same data always produces the same catalog.
 * @param files Paths relative to the data folder, as PROVENANCE.md lists them.
 */
export function snapshotDate(
  dataDir: string,
  files: readonly string[] = [SCOPES_FILE, APP_ROLES_FILE]
): string | undefined {
  const provenance = [
    join(dataDir, 'PROVENANCE.md'),
    join(dataDir, '..', 'PROVENANCE.md')
  ]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))[0]
  if (provenance === undefined) return undefined
  const dates = provenance
    .split('\n')
    .filter((row) => files.some((file) => row.includes(file)))
    // The last commit touching the file, else the snapshot's commit ("same" has no date).
    .map((row) => {
      const [, , , , snapshot, lastCommit] = row.split('|')
      const date = /\d{4}-\d{2}-\d{2}/
      return lastCommit?.match(date)?.[0] ?? snapshot?.match(date)?.[0]
    })
    .filter((date): date is string => date !== undefined)
  return dates.sort().at(-1)
}

export const today = (): string => new Date().toISOString().slice(0, 10)
