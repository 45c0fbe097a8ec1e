import {
  isGuid,
  MICROSOFT_GRAPH_APP_ID,
  type AppReference,
  type Declaration
} from '../model.js'
import {
  nodeLocation,
  parseJson,
  propertyValue,
  stringValue,
  valueAtPath,
  type JsonNode
} from './json-nodes.js'
import type { ManifestProblem, ManifestReader, ReadResult } from './reader.js'

/**
 * A value filled in before the app is packaged: by Teams Toolkit at provisioning
 * (`${{AAD_APP_CLIENT_ID}}`), or by hand where Microsoft's samples write `<<APP-ID>>`.
 */
const PLACEHOLDER = /\$?\{\{[^{}]*\}\}|<<[^<>]*>>/

/** The `$schema` of Teams app manifests (and of the unified Microsoft 365 app manifest). */
const TEAMS_SCHEMA = /json-schemas\/teams\/|MicrosoftTeams\.schema\.json/i

/** True for `manifest.json` and its variants: `manifest.local.json`, `manifest.template.json`. */
function isManifestName(path: string): boolean {
  const parts = (path.split('/').pop() ?? '').toLowerCase().split('.')
  return parts[0] === 'manifest' && parts.length >= 2 && parts.at(-1) === 'json'
}

/**
 * True when the JSON is a Teams app manifest: its `$schema` is Microsoft's Teams schema, or
 * it has `manifestVersion` and `id` with `developer` or `name`. Web app manifests and
 * browser extension manifests (`manifest_version`) share the file name but not these keys.
 */
function isTeamsManifest(root: JsonNode | undefined): boolean {
  const schema = stringValue(propertyValue(root, '$schema'))
  if (schema !== undefined && TEAMS_SCHEMA.test(schema)) return true
  return (
    propertyValue(root, 'manifestVersion') !== undefined &&
    propertyValue(root, 'id') !== undefined &&
    (propertyValue(root, 'developer') !== undefined ||
      propertyValue(root, 'name') !== undefined)
  )
}

/**
 * Reads the resource-specific consent (RSC) permissions a Teams app manifest asks for:
 * `authorization.permissions.resourceSpecific` (manifest 1.12 and later, and the unified
 * Microsoft 365 app manifest) and `webApplicationInfo.applicationPermissions` (earlier
 * manifests). They are Microsoft Graph permissions that a team, chat or meeting owner grants
 * to the app where it is installed.
 *
 * Application RSC permissions are checked against the catalog's list. Delegated ones are
 * not in it, so each is reported as unresolved rather than as an unknown permission, which
 * it is not. `webApplicationInfo.id` gives the Entra app's client id.
 */
export const teamsAppManifestReader = {
  id: 'teams-app-manifest',
  format: 'Teams app manifest',

  considers(path) {
    return isManifestName(path)
  },

  // A manifest.json that is not a Teams manifest is none of this tool's business.
  accepts(path, text) {
    if (!this.considers(path)) return false
    const { root } = parseJson(path, text)
    // A file too broken to parse still counts when its opening names the Teams schema.
    return root === undefined
      ? TEAMS_SCHEMA.test(text.slice(0, 1000))
      : isTeamsManifest(root)
  },

  read(path, rawText): ReadResult {
    const { root, lines, problem: syntaxProblem } = parseJson(path, rawText)
    if (root === undefined)
      return {
        declarations: [],
        problems: syntaxProblem === undefined ? [] : [syntaxProblem]
      }
    const declarations: Declaration[] = []
    const problems: ManifestProblem[] = []
    const unresolved: ManifestProblem[] = []
    const problem = (node: JsonNode, message: string): void => {
      problems.push({ message, location: nodeLocation(lines, node) })
    }

    const nameNode = propertyValue(root, 'name')
    const webApplicationInfo = propertyValue(root, 'webApplicationInfo')
    const clientIdNode = propertyValue(webApplicationInfo, 'id')
    const clientId = stringValue(clientIdNode)
    if (
      clientIdNode !== undefined &&
      (clientId === undefined ||
        (!isGuid(clientId) && !PLACEHOLDER.test(clientId)))
    )
      problem(
        clientIdNode,
        '"webApplicationInfo.id" must be the Entra app\'s client id (a GUID)'
      )
    const app: AppReference = {
      name:
        stringValue(propertyValue(nameNode, 'short')) ?? stringValue(nameNode),
      appId: clientId !== undefined && isGuid(clientId) ? clientId : undefined
    }

    /** Declares one application RSC permission given by name. */
    const declare = (node: JsonNode, name: string): void => {
      declarations.push({
        app,
        resourceAppId: MICROSOFT_GRAPH_APP_ID,
        reference: name,
        referenceKind: 'name',
        type: 'application',
        kind: 'required',
        resourceSpecific: true,
        format: 'teams-app-manifest',
        location: nodeLocation(lines, node)
      })
    }
    /** The permission name of an entry, reporting what is wrong with it. */
    const permissionName = (
      node: JsonNode | undefined,
      owner: JsonNode,
      where: string
    ): string | undefined => {
      const name = stringValue(node)
      if (node === undefined || name === undefined || name === '') {
        problem(node ?? owner, `each ${where} entry needs a permission name`)
        return undefined
      }
      if (PLACEHOLDER.test(name)) {
        unresolved.push({
          message: `the permission ${JSON.stringify(name)} is a placeholder filled in when the app is provisioned, so it is not checked`,
          location: nodeLocation(lines, node)
        })
        return undefined
      }
      return name
    }

    const resourceSpecific = valueAtPath(root, [
      'authorization',
      'permissions',
      'resourceSpecific'
    ])
    if (resourceSpecific !== undefined && resourceSpecific.type !== 'array')
      problem(
        resourceSpecific,
        '"authorization.permissions.resourceSpecific" must be an array'
      )
    for (const entry of resourceSpecific?.children ?? []) {
      const where = '"resourceSpecific"'
      const nameOfEntry = propertyValue(entry, 'name')
      const name = permissionName(nameOfEntry, entry, where)
      if (nameOfEntry === undefined || name === undefined) continue
      const typeNode = propertyValue(entry, 'type')
      const type = stringValue(typeNode)
      if (type === 'Application') declare(nameOfEntry, name)
      else if (type === 'Delegated')
        unresolved.push({
          message: `the delegated resource-specific permission ${JSON.stringify(name)} is not checked: the bundled catalog lists only application resource-specific permissions`,
          location: nodeLocation(lines, nameOfEntry)
        })
      else
        problem(
          typeNode ?? entry,
          '"type" must be "Application" or "Delegated"'
        )
    }

    // Manifests before 1.12 list application RSC permissions by name here.
    const legacy = propertyValue(webApplicationInfo, 'applicationPermissions')
    if (legacy !== undefined && legacy.type !== 'array')
      problem(
        legacy,
        '"webApplicationInfo.applicationPermissions" must be an array of permission names'
      )
    for (const entry of legacy?.children ?? []) {
      const name = permissionName(entry, entry, '"applicationPermissions"')
      if (name !== undefined) declare(entry, name)
    }
    return { declarations, problems, unresolved }
  }
} satisfies ManifestReader
