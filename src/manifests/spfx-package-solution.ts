import type { AppReference, Declaration } from '../model.js'
import {
  nodeLocation,
  parseJson,
  propertyValue,
  stringValue,
  type JsonNode
} from './json-nodes.js'
import type { ManifestProblem, ManifestReader, ReadResult } from './reader.js'

/**
 * Reads the API permissions a SharePoint Framework solution requests in
 * `config/package-solution.json`:
 *
 *     "solution": {
 *       "name": "react-graph-calendar-client-side-solution",
 *       "webApiPermissionRequests": [
 *         { "resource": "Microsoft Graph", "scope": "Calendars.Read" }
 *       ]
 *     }
 *
 * `resource` is the API's display name or appId, `scope` one delegated permission. A
 * SharePoint administrator approves them for the tenant when the package is deployed.
 */
export const spfxPackageSolutionReader = {
  id: 'spfx-package-solution',
  format: 'SharePoint Framework package-solution.json',

  considers(path) {
    return /package-solution\.json$/i.test(path)
  },

  accepts(path) {
    return this.considers(path)
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
    const problem = (node: JsonNode, message: string): void => {
      problems.push({ message, location: nodeLocation(lines, node) })
    }

    const solution = propertyValue(root, 'solution')
    if (solution?.type !== 'object') {
      problem(solution ?? root, '"solution" must be an object')
      return { declarations, problems }
    }
    const app: AppReference = {
      name: stringValue(propertyValue(solution, 'name'))
    }
    const requests = propertyValue(solution, 'webApiPermissionRequests')
    if (requests === undefined || requests.type === 'null')
      return { declarations, problems }
    if (requests.type !== 'array') {
      problem(requests, '"webApiPermissionRequests" must be an array')
      return { declarations, problems }
    }
    for (const request of requests.children ?? []) {
      if (request.type !== 'object') {
        problem(
          request,
          'each "webApiPermissionRequests" entry must be an object with "resource" and "scope"'
        )
        continue
      }
      const resourceNode = propertyValue(request, 'resource')
      const scopeNode = propertyValue(request, 'scope')
      const resource = stringValue(resourceNode)
      const scope = stringValue(scopeNode)
      if (resource === undefined || resource === '') {
        problem(
          resourceNode ?? request,
          'each "webApiPermissionRequests" entry needs a "resource" string: the API\'s display name or appId'
        )
        continue
      }
      if (scopeNode === undefined || scope === undefined || scope === '') {
        problem(
          scopeNode ?? request,
          'each "webApiPermissionRequests" entry needs a "scope" string: the name of one delegated permission'
        )
        continue
      }
      declarations.push({
        app,
        resourceAppId: resource,
        reference: scope,
        referenceKind: 'name',
        // SPFx calls APIs as the signed-in user: every request is a delegated scope.
        type: 'delegated',
        kind: 'required',
        format: 'spfx-package-solution',
        location: nodeLocation(lines, scopeNode)
      })
    }
    return { declarations, problems }
  }
} satisfies ManifestReader
