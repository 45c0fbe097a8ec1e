import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError
} from 'jsonc-parser'
import type { AppReference, Declaration, PermissionType } from '../model.js'
import {
  blankByteOrderMark,
  LineIndex,
  type ManifestProblem,
  type ManifestReader,
  type ReadResult
} from './reader.js'

/** `resourceAccess[].type` values and the permission type each stands for. */
const ACCESS_TYPES: Record<string, PermissionType> = {
  Scope: 'delegated',
  Role: 'application'
}

/** Finds the value node of a property of a JSON object node. */
function propertyValue(
  node: JsonNode | undefined,
  name: string
): JsonNode | undefined {
  if (node?.type !== 'object') return undefined
  const property = node.children?.find(
    (child) => child.children?.[0]?.value === name
  )
  return property?.children?.[1]
}

function stringValue(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined
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

  read(path, rawText): ReadResult {
    const text = blankByteOrderMark(rawText)
    const lines = new LineIndex(path, rawText)
    const errors: ParseError[] = []
    const root = parseTree(text, errors, {
      allowTrailingComma: true,
      disallowComments: false
    })
    const firstError = errors[0]
    if (firstError !== undefined || root === undefined) {
      const offset = firstError?.offset ?? 0
      const reason = firstError
        ? printParseErrorCode(firstError.error)
        : 'empty file'
      return {
        declarations: [],
        problems: [
          {
            message: `JSON syntax error: ${reason}`,
            location: lines.locate(offset)
          }
        ]
      }
    }

    const declarations: Declaration[] = []
    const problems: ManifestProblem[] = []
    const problem = (node: JsonNode, message: string): void => {
      problems.push({ message, location: lines.locate(node.offset) })
    }

    const readApplication = (application: JsonNode): void => {
      const app: AppReference = {
        name: stringValue(
          propertyValue(application, 'displayName') ??
            propertyValue(application, 'name')
        ),
        appId: stringValue(propertyValue(application, 'appId'))
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
        if (resourceAppId === undefined) {
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
        for (const access of accessList.children ?? []) {
          const idNode = propertyValue(access, 'id')
          const typeNode = propertyValue(access, 'type')
          const id = stringValue(idNode)
          const type = ACCESS_TYPES[stringValue(typeNode) ?? '']
          if (idNode === undefined || id === undefined) {
            problem(
              idNode ?? access,
              'each "resourceAccess" entry needs an "id" string'
            )
          } else if (type === undefined) {
            problem(
              typeNode ?? access,
              '"type" must be "Scope" (delegated) or "Role" (application)'
            )
          } else {
            declarations.push({
              app,
              resourceAppId,
              reference: id,
              referenceKind: 'id',
              type,
              kind: 'required',
              format: 'entra-app-manifest',
              location: lines.locate(idNode.offset + 1)
            })
          }
        }
      }
    }

    const applications =
      root.type === 'array'
        ? root.children
        : (propertyValue(root, 'value')?.children ?? [root])
    for (const application of applications ?? []) readApplication(application)
    return { declarations, problems }
  }
} satisfies ManifestReader
