import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type YAMLMap
} from 'yaml'
import {
  isGuid,
  looksLikeBrokenGuid,
  MICROSOFT_GRAPH_APP_ID,
  type AppReference,
  type Declaration,
  type PermissionType
} from '../model.js'
import {
  blankByteOrderMark,
  LineIndex,
  type ManifestProblem,
  type ManifestReader,
  type ReadResult
} from './reader.js'

/** The file names this reader picks up when walking a repository. */
const MANIFEST_NAME = /(^|[./])graph-permissions\.ya?ml$/i

const PERMISSION_TYPES: readonly PermissionType[] = ['delegated', 'application']
const APP_KEYS = ['name', 'appId', 'delegated', 'application', 'resources']
const RESOURCE_KEYS = ['resourceAppId', 'name', 'delegated', 'application']

/**
 * Reads the project's own declared-permissions manifest (`.github/graph-permissions.yml`,
 * described by schema/graph-permissions.schema.json):
 *
 *     version: 1
 *     apps:
 *       - name: HR sync
 *         appId: 00000000-0000-0000-0000-000000000000
 *         delegated: [User.Read]           # Microsoft Graph
 *         application: [User.Read.All]
 *         resources:                       # other APIs
 *           - resourceAppId: 00000002-0000-0ff1-ce00-000000000000
 *             application: [full_access_as_app]
 *
 * Permissions are names or GUIDs. Anything the schema does not allow becomes a problem at
 * its own line; a typo in a key must not silently drop the permissions under it.
 */
export const yamlManifestReader = {
  id: 'yaml-manifest',
  format: 'graph-permissions manifest',

  considers(path) {
    return MANIFEST_NAME.test(path)
  },

  // A YAML file named on the command line is read as a manifest whatever its name.
  accepts(path) {
    return /\.ya?ml$/i.test(path)
  },

  read(path, rawText): ReadResult {
    const text = blankByteOrderMark(rawText)
    const lines = new LineIndex(path, rawText)
    const declarations: Declaration[] = []
    const problems: ManifestProblem[] = []
    const problem = (
      node: YamlNode | null | undefined,
      message: string
    ): void => {
      problems.push({ message, location: lines.locate(node?.range?.[0] ?? 0) })
    }

    const document = parseDocument(text, { prettyErrors: false })
    const syntaxError = document.errors[0]
    if (syntaxError !== undefined) {
      problems.push({
        message: `YAML syntax error: ${syntaxError.message.split('\n')[0]}`,
        location: lines.locate(syntaxError.pos[0])
      })
      return { declarations, problems }
    }

    /** The scalar string under a key, reporting a non-string value. */
    const stringAt = (map: YAMLMap, key: string): string | undefined => {
      const node = map.get(key, true)
      if (node === undefined) return undefined
      if (isScalar(node) && typeof node.value === 'string') return node.value
      problem(node, `"${key}" must be a string`)
      return undefined
    }

    /** Reports keys a map may not have, naming the ones it may. */
    const checkKeys = (
      map: YAMLMap,
      allowed: readonly string[],
      where: string
    ): void => {
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined
        if (key === undefined || !allowed.includes(key))
          problem(
            pair.key as YamlNode,
            `unknown key ${JSON.stringify(key ?? '?')} in ${where}; expected one of: ${allowed.join(', ')}`
          )
      }
    }

    const readPermissions = (
      owner: YAMLMap,
      app: AppReference,
      resourceAppId: string
    ): void => {
      for (const type of PERMISSION_TYPES) {
        const list = owner.get(type, true)
        if (list === undefined || (isScalar(list) && list.value === null))
          continue
        if (!isSeq(list)) {
          problem(list, `"${type}" must be a list of permission names or GUIDs`)
          continue
        }
        for (const item of list.items) {
          if (
            !isScalar(item) ||
            typeof item.value !== 'string' ||
            item.value === ''
          ) {
            problem(
              item as YamlNode,
              `each "${type}" entry must be a permission name or GUID`
            )
            continue
          }
          declarations.push({
            app,
            resourceAppId,
            reference: item.value,
            // A damaged GUID is still meant as an id: invalid-guid, not unknown-permission.
            referenceKind:
              isGuid(item.value) || looksLikeBrokenGuid(item.value)
                ? 'id'
                : 'name',
            type,
            kind: 'required',
            format: 'yaml-manifest',
            location: lines.locate(item.range?.[0] ?? 0)
          })
        }
      }
    }

    const readApp = (node: unknown, index: number): void => {
      if (!isMap(node)) {
        problem(
          node as YamlNode,
          `apps[${index}] must be a mapping with the app's permissions`
        )
        return
      }
      checkKeys(node, APP_KEYS, `apps[${index}]`)
      const appId = stringAt(node, 'appId')
      if (appId !== undefined && !isGuid(appId))
        problem(node.get('appId', true), `"appId" must be a GUID`)
      const app: AppReference = {
        name: stringAt(node, 'name') ?? `apps[${index}]`,
        appId
      }
      readPermissions(node, app, MICROSOFT_GRAPH_APP_ID)
      const resources = node.get('resources', true)
      if (resources === undefined) return
      if (!isSeq(resources)) {
        problem(resources, '"resources" must be a list')
        return
      }
      resources.items.forEach((resource, resourceIndex) => {
        const where = `apps[${index}].resources[${resourceIndex}]`
        if (!isMap(resource)) {
          problem(resource as YamlNode, `${where} must be a mapping`)
          return
        }
        checkKeys(resource, RESOURCE_KEYS, where)
        const resourceAppId = stringAt(resource, 'resourceAppId')
        if (resourceAppId === undefined) {
          problem(resource, `${where} needs a "resourceAppId"`)
          return
        }
        readPermissions(resource, app, resourceAppId)
      })
    }

    const root = document.contents
    if (!isMap(root)) {
      problem(
        root,
        'the manifest must be a mapping with "version: 1" and an "apps" list'
      )
      return { declarations, problems }
    }
    checkKeys(root, ['version', 'apps'], 'the manifest')
    const version: unknown = root.get('version', true)
    if (version !== undefined && !(isScalar(version) && version.value === 1))
      problem(version as YamlNode, 'only "version: 1" is supported')
    const apps = root.get('apps', true)
    if (!isSeq(apps)) {
      problem(apps ?? root, '"apps" must be a list of apps')
      return { declarations, problems }
    }
    apps.items.forEach(readApp)
    return { declarations, problems }
  }
} satisfies ManifestReader
