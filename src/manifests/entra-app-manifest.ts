import {
  isGuid,
  looksLikeBrokenGuid,
  type AppReference,
  type Declaration,
  RESOURCE_ACCESS_TYPES
} from '../model.js'
import {
  nodeLocation,
  parseJson,
  propertyValue,
  stringValue,
  type JsonNode
} from './json-nodes.js'
import type { ManifestProblem, ManifestReader, ReadResult } from './reader.js'

/** How a file in the Entra application manifest shape writes its values. */
export interface AppManifestDialect {
  /** Format id recorded on each declaration. */
  format: string
  /**
   * Whether `resourceAppId` may name an API ("Microsoft Graph") and `resourceAccess[].id` a
   * permission ("User.Read"). Entra ID itself takes GUIDs only; Teams Toolkit maps names to
   * GUIDs when it provisions the app.
   */
  acceptsNames: boolean
  /**
   * Matches a value filled in when the app is provisioned (`${{AAD_APP_CLIENT_ID}}`).
   * Permissions given that way are reported as unresolved; undefined where the format has
   * no placeholders.
   */
  placeholder?: RegExp
}

/**
 * Reads `requiredResourceAccess` from a file in the Entra application manifest shape: one
 * application, a JSON array of them, or a Graph `{"value": [...]}` response.
 * @param path Repo-relative path, for locations.
 * @param rawText The file's text.
 * @param dialect What the format allows beyond GUIDs.
 */
export function readAppManifest(
  path: string,
  rawText: string,
  dialect: AppManifestDialect
): ReadResult {
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
    problems.push({ message, location: lines.locate(node.offset) })
  }
  const isPlaceholder = (value: string): boolean =>
    dialect.placeholder?.test(value) === true
  /** Reports a placeholder where part of a permission should be; true when it is one. */
  const reportPlaceholder = (
    node: JsonNode,
    value: string,
    field: string
  ): boolean => {
    if (!isPlaceholder(value)) return false
    unresolved.push({
      message: `"${field}" is ${JSON.stringify(value)}, a placeholder filled in when the app is provisioned, so ${field === 'resourceAppId' ? 'the permissions under it are' : 'the permission is'} not checked`,
      location: nodeLocation(lines, node)
    })
    return true
  }

  const readApplication = (application: JsonNode): void => {
    const appId = stringValue(propertyValue(application, 'appId'))
    const app: AppReference = {
      name: stringValue(
        propertyValue(application, 'displayName') ??
          propertyValue(application, 'name')
      ),
      appId: appId !== undefined && isPlaceholder(appId) ? undefined : appId
    }
    const required = propertyValue(application, 'requiredResourceAccess')
    if (required === undefined || required.type === 'null') return
    if (required.type !== 'array') {
      problem(required, '"requiredResourceAccess" must be an array')
      return
    }
    for (const resource of required.children ?? []) {
      const resourceAppIdNode = propertyValue(resource, 'resourceAppId')
      const resourceAppId = stringValue(resourceAppIdNode)
      if (resourceAppIdNode === undefined || resourceAppId === undefined) {
        problem(
          resourceAppIdNode ?? resource,
          'each "requiredResourceAccess" entry needs a "resourceAppId" string'
        )
        continue
      }
      const accessList = propertyValue(resource, 'resourceAccess')
      if (accessList?.type !== 'array') {
        problem(accessList ?? resource, '"resourceAccess" must be an array')
        continue
      }
      // Nothing under a resource given by placeholder can be checked: one notice for all.
      if (reportPlaceholder(resourceAppIdNode, resourceAppId, 'resourceAppId'))
        continue
      for (const access of accessList.children ?? []) {
        const idNode = propertyValue(access, 'id')
        const typeNode = propertyValue(access, 'type')
        const id = stringValue(idNode)
        const typeName = stringValue(typeNode)
        const type = RESOURCE_ACCESS_TYPES.get(typeName ?? '')
        if (idNode === undefined || id === undefined) {
          problem(
            idNode ?? access,
            'each "resourceAccess" entry needs an "id" string'
          )
          continue
        }
        if (
          reportPlaceholder(idNode, id, 'id') ||
          (typeNode !== undefined &&
            typeName !== undefined &&
            reportPlaceholder(typeNode, typeName, 'type'))
        )
          continue
        if (type === undefined) {
          problem(
            typeNode ?? access,
            '"type" must be "Scope" (delegated) or "Role" (application)'
          )
          continue
        }
        declarations.push({
          app,
          resourceAppId,
          reference: id,
          // A damaged GUID is still meant as an id: invalid-guid, not unknown-permission.
          referenceKind:
            dialect.acceptsNames && !isGuid(id) && !looksLikeBrokenGuid(id)
              ? 'name'
              : 'id',
          type,
          kind: 'required',
          format: dialect.format,
          location: nodeLocation(lines, idNode)
        })
      }
    }
  }

  const applications =
    root.type === 'array'
      ? root.children
      : (propertyValue(root, 'value')?.children ?? [root])
  for (const application of applications ?? []) readApplication(application)
  return { declarations, problems, unresolved }
}

/**
 * Reads `requiredResourceAccess` from an Entra ID application manifest: the Microsoft Graph
 * app manifest and the older Azure AD Graph manifest keep it in the same shape. Also takes a
 * list of applications (a JSON array, or a Graph `{"value": [...]}` response). Comments and
 * trailing commas are tolerated, as the Entra admin center's editor tolerates them.
 */
export const entraAppManifestReader = {
  id: 'entra-app-manifest',
  format: 'Entra ID application manifest',

  considers(path) {
    return /\.jsonc?$/i.test(path)
  },

  // Any JSON that carries requiredResourceAccess is an app manifest, whatever its name.
  accepts(path, text) {
    return this.considers(path) && text.includes('"requiredResourceAccess"')
  },

  read(path, text): ReadResult {
    return readAppManifest(path, text, {
      format: 'entra-app-manifest',
      acceptsNames: false
    })
  }
} satisfies ManifestReader
