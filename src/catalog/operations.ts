/*
 * What a permission grants: the Microsoft Graph operations (HTTP method + path) each
 * permission allows, from catalog/microsoft-graph-operations.json. `npm run catalog:build`
 * writes that file with one operation per line, so a refresh reviews line by line:
 *
 *   {
 *     "source": {"description": "...", "asOf": "YYYY-MM-DD"},
 *     "operations": [
 *       ["GET","/users/{id}",[["User.Read","d","d"],["User.Read.All","da","a"]]],
 *       ["POST","/x",[["X.ReadWrite.All","a","a",{"a":["Other.Read.All"]}]]]
 *     ]
 *   }
 *
 * Each operation lists the permissions that allow it, sorted by name:
 * [name, the types it allows the operation as, the types it is least privileged as], where
 * "d" is delegated and "a" application. An optional fourth element names, per type, the
 * permissions of which one is needed as well (the source's "AlsoRequires").
 */
import operationsData from '../../catalog/microsoft-graph-operations.json' with { type: 'json' }
import type { PermissionType } from '../model.js'
import { CatalogSourceError, type CatalogSource } from './catalog.js'
import { DistanceRows, editDistance, MAX_SUGGESTIONS } from './suggest.js'

/** The HTTP methods Microsoft Graph operations use. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** One of HTTP_METHODS. */
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** One permission's standing for one operation. */
export interface OperationGrant {
  permission: string
  /** The types of the permission that allow the operation. */
  allows: PermissionType[]
  /** The types for which the source marks it least privileged for the operation. */
  leastPrivileged: PermissionType[]
  /** Per type, permissions of which one is needed as well. */
  alsoRequires?: Partial<Record<PermissionType, string[]>>
}

/** A Microsoft Graph operation and the permissions that allow it. */
export interface GraphOperation {
  method: HttpMethod
  /** The path as the source spells it: no version prefix, `{...}` placeholders. */
  path: string
  grants: OperationGrant[]
}

/** The contents of an operations file. */
export interface OperationsCatalog {
  source: CatalogSource
  operations: GraphOperation[]
}

/** An operation a permission allows, for listing what the permission grants. */
export interface OperationRef {
  method: HttpMethod
  path: string
  /** True when the permission is the least privileged one for the operation. */
  leastPrivileged: boolean
}

/** The operation a method and path resolve to. */
export interface OperationMatch {
  found: true
  operation: GraphOperation
  /**
   * Other catalog paths that fit the query as well, spelt with different placeholder names
   * (`/drives/{drive-id}/...` next to `/drives/{id}/...`): the source lists some permissions
   * under one spelling only.
   */
  otherPaths: string[]
}

/** Why nothing matched, with what to try instead. */
export interface OperationNotFound {
  found: false
  /** The methods the catalog has for this path, when the path exists but not the method. */
  methods: HttpMethod[]
  /** Up to MAX_SUGGESTIONS catalog paths closest to the query, for this method. */
  suggestions: string[]
}

/** The permissions of one type that allow an operation. */
export interface TypePermissions {
  type: PermissionType
  /** Sorted by name; empty when the source marks none (or none allows the operation). */
  leastPrivileged: string[]
  /** Every permission that allows it: the least privileged first, then the rest by name. */
  allowedBy: string[]
  /** Permissions that need another one as well: name -> the names of which one is needed. */
  alsoRequires: Record<string, string[]>
}

/** The answer to "which permissions allow this operation", per type. */
export type LeastPrivilegeOutcome =
  (OperationMatch & { types: TypePermissions[] }) | OperationNotFound

const PERMISSION_TYPES: readonly PermissionType[] = ['delegated', 'application']
const TYPE_CODE: Record<PermissionType, string> = {
  delegated: 'd',
  application: 'a'
}
const OPERATIONS_FILE = 'catalog/microsoft-graph-operations.json'

const compareText = (a: string, b: string): number =>
  a < b ? -1 : a > b ? 1 : 0

const isNameList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((name) => typeof name === 'string')

const isHttpMethod = (value: unknown): value is HttpMethod =>
  (HTTP_METHODS as readonly unknown[]).includes(value)

/** "da" for both types, "d", "a" or "" (always in that order). */
const typesCode = (types: readonly PermissionType[]): string =>
  PERMISSION_TYPES.filter((type) => types.includes(type))
    .map((type) => TYPE_CODE[type])
    .join('')

const typesFromCode = (code: unknown): PermissionType[] | undefined =>
  typeof code === 'string' && ['', 'd', 'a', 'da'].includes(code)
    ? PERMISSION_TYPES.filter((type) => code.includes(TYPE_CODE[type]))
    : undefined

/**
 * Writes an operations catalog in the format described at the top of this module.
 * @returns The file's contents, ending in a newline.
 */
export function serializeOperationsCatalog(catalog: OperationsCatalog): string {
  const grantEntry = (grant: OperationGrant): unknown[] => {
    const entry: unknown[] = [
      grant.permission,
      typesCode(grant.allows),
      typesCode(grant.leastPrivileged)
    ]
    const { alsoRequires } = grant
    if (alsoRequires !== undefined)
      entry.push(
        Object.fromEntries(
          PERMISSION_TYPES.flatMap((type) => {
            const names = alsoRequires[type]
            return names === undefined ? [] : [[TYPE_CODE[type], names]]
          })
        )
      )
    return entry
  }
  const line = ({ method, path, grants }: GraphOperation): string =>
    `    ${JSON.stringify([method, path, grants.map(grantEntry)])}`
  return [
    '{',
    `  "source": ${JSON.stringify(catalog.source)},`,
    '  "operations": [',
    catalog.operations.map(line).join(',\n'),
    '  ]',
    '}',
    ''
  ].join('\n')
}

/**
 * Checks an operations file's contents and returns them typed, so a hand-edited or
 * truncated file fails loudly at load time instead of giving wrong answers.
 * @param origin Names the file in error messages.
 */
export function parseOperationsCatalog(
  data: unknown,
  origin: string
): OperationsCatalog {
  const fail = (problem: string): never => {
    throw new CatalogSourceError(`${origin}: ${problem}`)
  }
  if (typeof data !== 'object' || data === null) return fail('not an object')
  const { source, operations } = data as Record<string, unknown>
  const { description, asOf } = (source ?? {}) as Record<string, unknown>
  if (typeof description !== 'string' || typeof asOf !== 'string')
    return fail('source must have a description and an asOf date')
  if (!Array.isArray(operations)) return fail('operations must be an array')
  return {
    source: { description, asOf },
    operations: operations.map(
      (entry: unknown, index) =>
        parseOperation(entry) ??
        fail(`operations[${index}] is not a valid operation`)
    )
  }
}

function parseOperation(entry: unknown): GraphOperation | undefined {
  if (!Array.isArray(entry) || entry.length !== 3) return undefined
  const [method, path, grants] = entry as unknown[]
  if (
    !isHttpMethod(method) ||
    typeof path !== 'string' ||
    !path.startsWith('/') ||
    !Array.isArray(grants) ||
    grants.length === 0
  )
    return undefined
  const parsed: OperationGrant[] = []
  for (const grant of grants as unknown[]) {
    const valid = parseGrant(grant)
    if (valid === undefined) return undefined
    parsed.push(valid)
  }
  return { method, path, grants: parsed }
}

function parseGrant(entry: unknown): OperationGrant | undefined {
  if (!Array.isArray(entry) || entry.length < 3 || entry.length > 4)
    return undefined
  const [permission, allowsCode, leastCode, alsoRequires] = entry as unknown[]
  const allows = typesFromCode(allowsCode)
  const leastPrivileged = typesFromCode(leastCode)
  if (
    typeof permission !== 'string' ||
    permission === '' ||
    allows === undefined ||
    allows.length === 0 ||
    leastPrivileged === undefined ||
    !leastPrivileged.every((type) => allows.includes(type))
  )
    return undefined
  const grant: OperationGrant = { permission, allows, leastPrivileged }
  if (entry.length === 3) return grant
  if (typeof alsoRequires !== 'object' || alsoRequires === null)
    return undefined
  const parsed: Partial<Record<PermissionType, string[]>> = {}
  for (const [code, names] of Object.entries(alsoRequires)) {
    const [type, ...more] = typesFromCode(code) ?? []
    if (type === undefined || more.length > 0 || !isNameList(names))
      return undefined
    parsed[type] = names
  }
  grant.alsoRequires = parsed
  return grant
}

/** One segment of a catalog path, prepared for matching. */
type PathSegment =
  | { kind: 'literal'; lower: string }
  | { kind: 'placeholder'; lower: string }
  /** Placeholders inside other text, as in `findrooms(roomlist='{value}')`. */
  | { kind: 'pattern'; lower: string; pattern: RegExp }

interface IndexedOperation {
  operation: GraphOperation
  segments: PathSegment[]
  /** The source spells a few paths with a `?$filter=...` condition. */
  hasQueryText: boolean
}

/** How well a catalog path fits a query; compared field by field, higher first. */
interface MatchRank {
  /** Segments matched by their text, not by a placeholder. */
  literal: number
  /** Placeholders the query names exactly as the catalog does. */
  samePlaceholderNames: number
  /** 1 unless the catalog path carries a query condition. */
  plain: number
  /** `{id}` placeholders, which the source uses for "any object". */
  genericPlaceholders: number
}

const RANK_ORDER: readonly (keyof MatchRank)[] = [
  'literal',
  'samePlaceholderNames',
  'plain',
  'genericPlaceholders'
]

const PLACEHOLDER = /^\{[^{}]*\}$/
const URL_AUTHORITY = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i
const API_VERSION = /^(v1\.0|beta)$/i

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The lower-cased path segments of what a user typed: a full URL, a path with or without
 * its /v1.0 or /beta prefix, with or without a query string or trailing slash.
 */
function querySegments(query: string): string[] {
  const path = query.trim().replace(URL_AUTHORITY, '').split(/[?#]/, 1)[0]
  const segments = (path ?? '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeSegment(segment).toLowerCase())
  if (API_VERSION.test(segments[0] ?? '')) segments.shift()
  return segments
}

function catalogSegment(segment: string): PathSegment {
  const lower = segment.toLowerCase()
  if (PLACEHOLDER.test(segment)) return { kind: 'placeholder', lower }
  if (!segment.includes('{')) return { kind: 'literal', lower }
  const source = lower
    .split(/(\{[^{}]*\})/)
    .map((part, index) =>
      // split() puts the captured placeholders at the odd indexes.
      index % 2 === 1
        ? '.+'
        : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, ' *')
    )
    .join('')
  return { kind: 'pattern', lower, pattern: new RegExp(`^${source}$`) }
}

function rankMatch(
  { segments, hasQueryText }: IndexedOperation,
  query: readonly string[]
): MatchRank | undefined {
  const rank = {
    literal: 0,
    samePlaceholderNames: 0,
    plain: hasQueryText ? 0 : 1,
    genericPlaceholders: 0
  }
  for (const [index, segment] of segments.entries()) {
    const wanted = query[index] ?? ''
    if (segment.kind === 'placeholder') {
      if (wanted === segment.lower) rank.samePlaceholderNames += 1
      if (segment.lower === '{id}') rank.genericPlaceholders += 1
    } else if (
      wanted === segment.lower ||
      (segment.kind === 'pattern' && segment.pattern.test(wanted))
    )
      rank.literal += 1
    else return undefined
  }
  return rank
}

const compareRanks = (a: MatchRank, b: MatchRank): number => {
  for (const field of RANK_ORDER)
    if (a[field] !== b[field]) return b[field] - a[field]
  return 0
}

/** Lookups over the operations catalog, by operation and by permission. */
class OperationIndex {
  private readonly bySegmentCount = new Map<number, IndexedOperation[]>()
  private byPermission: Map<string, OperationRef[]> | undefined

  constructor(private readonly operations: readonly GraphOperation[]) {
    for (const operation of operations) {
      const [path = '', condition] = operation.path.split('?', 2)
      const segments = path
        .split('/')
        .filter((segment) => segment !== '')
        .map(catalogSegment)
      const sameLength = this.bySegmentCount.get(segments.length) ?? []
      sameLength.push({
        operation,
        segments,
        hasQueryText: condition !== undefined
      })
      this.bySegmentCount.set(segments.length, sameLength)
    }
  }

  find(method: string, path: string): OperationMatch | OperationNotFound {
    const query = querySegments(path)
    const wantedMethod = method.toUpperCase()
    const matches = (this.bySegmentCount.get(query.length) ?? []).flatMap(
      (indexed) => {
        const rank = rankMatch(indexed, query)
        return rank === undefined ? [] : [{ indexed, rank }]
      }
    )
    const ranked = matches
      .filter(({ indexed }) => indexed.operation.method === wantedMethod)
      .sort((a, b) => compareRanks(a.rank, b.rank))
    const [best, ...rest] = ranked
    if (best === undefined) {
      const methods = HTTP_METHODS.filter((candidate) =>
        matches.some(({ indexed }) => indexed.operation.method === candidate)
      )
      const suggestions =
        methods.length > 0 ? [] : this.closestPaths(wantedMethod, query)
      return { found: false, methods, suggestions }
    }
    const otherPaths = rest
      .filter(({ rank }) => rank.literal === best.rank.literal)
      .map(({ indexed }) => indexed.operation.path)
    return { found: true, operation: best.indexed.operation, otherPaths }
  }

  /**
   * The catalog paths of this method closest to a query that matched none. Placeholders
   * take the query's value at their position first, so `/users/42/mesages` is one typo
   * away from `/users/{id}/messages`, not a dozen.
   */
  private closestPaths(method: string, query: readonly string[]): string[] {
    const wanted = `/${query.join('/')}`
    const limit = Math.max(2, Math.floor(wanted.length / 3))
    const rows = new DistanceRows()
    const scored = new Map<string, number>()
    for (const sameLength of this.bySegmentCount.values())
      for (const { operation, segments } of sameLength) {
        if (operation.method !== method) continue
        const filledIn = segments
          .map((segment, index) =>
            segment.kind === 'placeholder'
              ? (query[index] ?? segment.lower)
              : segment.lower
          )
          .join('/')
        const distance = editDistance(wanted, `/${filledIn}`, limit, rows)
        const previous = scored.get(operation.path)
        if (
          distance <= limit &&
          (previous === undefined || distance < previous)
        )
          scored.set(operation.path, distance)
      }
    return [...scored]
      .sort((a, b) => a[1] - b[1] || compareText(a[0], b[0]))
      .slice(0, MAX_SUGGESTIONS)
      .map(([path]) => path)
  }

  grantedTo(permission: string, type: PermissionType): OperationRef[] {
    this.byPermission ??= this.indexByPermission()
    return this.byPermission.get(`${permission.toLowerCase()}|${type}`) ?? []
  }

  private indexByPermission(): Map<string, OperationRef[]> {
    const index = new Map<string, OperationRef[]>()
    for (const { method, path, grants } of this.operations)
      for (const grant of grants)
        for (const type of grant.allows) {
          const key = `${grant.permission.toLowerCase()}|${type}`
          const refs = index.get(key) ?? []
          refs.push({
            method,
            path,
            leastPrivileged: grant.leastPrivileged.includes(type)
          })
          index.set(key, refs)
        }
    return index
  }
}

let bundledIndex: OperationIndex | undefined

/** Parsed and indexed on first use: most commands never need it. */
function bundledOperations(): OperationIndex {
  bundledIndex ??= new OperationIndex(
    parseOperationsCatalog(operationsData, OPERATIONS_FILE).operations
  )
  return bundledIndex
}

/**
 * The Microsoft Graph operation a method and path refer to. The path may be a full URL,
 * carry /v1.0 or /beta, a query string or a trailing slash, and use any case. A `{...}`
 * in the catalog matches any one segment, a `{...}` in the query matches a catalog
 * placeholder, and the candidate with the most segments matched by text wins, so
 * `/users/delta` is not taken for `/users/{id}`.
 * @param method An HTTP method, any case.
 * @returns The operation, or the methods the path has and paths close to it.
 */
export function findOperation(
  method: string,
  path: string
): OperationMatch | OperationNotFound {
  return bundledOperations().find(method, path)
}

/**
 * Which permissions allow an operation, per type: the least privileged ones, and every one
 * that allows it.
 * @param type One type only; both (delegated first) when omitted.
 */
export function leastPrivileged(
  method: string,
  path: string,
  type?: PermissionType
): LeastPrivilegeOutcome {
  const match = findOperation(method, path)
  if (!match.found) return match
  const types = type === undefined ? PERMISSION_TYPES : [type]
  return {
    ...match,
    types: types.map((wanted) => permissionsOfType(match.operation, wanted))
  }
}

function permissionsOfType(
  operation: GraphOperation,
  type: PermissionType
): TypePermissions {
  const grants = operation.grants
    .filter((grant) => grant.allows.includes(type))
    .sort((a, b) => compareText(a.permission, b.permission))
  const least = grants.filter((grant) => grant.leastPrivileged.includes(type))
  const others = grants.filter((grant) => !least.includes(grant))
  const alsoRequires: Record<string, string[]> = {}
  for (const grant of grants) {
    const names = grant.alsoRequires?.[type]
    if (names !== undefined) alsoRequires[grant.permission] = names
  }
  return {
    type,
    leastPrivileged: least.map((grant) => grant.permission),
    allowedBy: [...least, ...others].map((grant) => grant.permission),
    alsoRequires
  }
}

/**
 * The operations a permission allows as one type, in catalog order (by path).
 * @param permissionName Any case.
 */
export function operationsFor(
  permissionName: string,
  type: PermissionType
): OperationRef[] {
  return bundledOperations().grantedTo(permissionName, type)
}
