import { Ajv, type ErrorObject } from 'ajv'
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode
} from 'yaml'
import schema from '../../schema/graph-consent-policy.schema.json' with { type: 'json' }
import type { Tier, TierThreshold } from '../catalog/tiers.js'
import { ConfigError } from '../errors.js'
import type { PermissionType, SourceLocation } from '../model.js'

/**
 * The policy file: what a repository accepts of the permissions its apps declare. Its
 * format is schema/graph-consent-policy.schema.json (docs/policy.md for people); the
 * schema is bundled, so the action validates exactly what editors complete.
 */

/** Where the policy lives unless the `policy` input or `--policy` says otherwise. */
export const DEFAULT_POLICY_PATH = '.github/graph-consent-policy.yml'

/** How a permission the catalog does not know is reported. */
export type UnknownPermissionSeverity = 'error' | 'warning'

/** An accepted permission: for which app, by whom, why and until when. */
export interface PolicyApproval {
  /** Display name or appId, or `*` for every app. */
  app: string
  /** Name or GUID, matched exactly (any case); never a pattern. */
  permission: string
  type: PermissionType
  /** The API by appId or display name; Microsoft Graph when absent. */
  resource?: string
  /** Absent when the file gives none or only blanks: both deserve the same warning. */
  justification?: string
  /** Never empty: a single `approved-by` string becomes a list of one. */
  approvedBy: string[]
  /** A ticket or link that records the decision. */
  reference?: string
  /** Last valid day, YYYY-MM-DD (UTC), a real calendar date. */
  expires?: string
  /** The entry's first line in the policy file (`file` is the policy path as given). */
  location: SourceLocation
}

/** A permission pattern that always fails, whatever its tier or approvals. */
export interface PolicyDenial {
  /** Name pattern (`*` for any run of characters) or GUID. */
  permission: string
  /** Both types when absent. */
  type?: PermissionType
  /** Every app when absent. */
  app?: string
  /** Microsoft Graph when absent. */
  resource?: string
  /** Why, and what to use instead; shown with the finding. */
  reason?: string
  location: SourceLocation
}

/** A tier the organisation sets in place of the catalog's. */
export interface PolicyTier {
  /** Name pattern (`*` for any run of characters) or GUID. */
  permission: string
  /** Both types when absent. */
  type?: PermissionType
  /** Microsoft Graph when absent. */
  resource?: string
  tier: Tier
  location: SourceLocation
}

/** Settings for one app, which win over the top-level ones. */
export interface PolicyAppOverride {
  /** Display name or appId. */
  app: string
  failOnTier?: TierThreshold
  unknownPermissions?: UnknownPermissionSeverity
  /** Added to the top-level deny list for this app. */
  deny: PolicyDenial[]
  /** Looked at before the top-level tiers for this app. */
  tiers: PolicyTier[]
  location: SourceLocation
}

/**
 * The policy file, validated. Top-level settings are undefined when the file omits them,
 * so the action's inputs can supply the defaults.
 */
export interface Policy {
  /** The policy file as given; absent when there is none. */
  path?: string
  failOnTier?: TierThreshold
  unknownPermissions?: UnknownPermissionSeverity
  warnOnly?: boolean
  approvals: PolicyApproval[]
  deny: PolicyDenial[]
  tiers: PolicyTier[]
  apps: PolicyAppOverride[]
}

/** No policy file: nothing approved, nothing denied, the catalog's tiers. */
export const EMPTY_POLICY: Policy = {
  approvals: [],
  deny: [],
  tiers: [],
  apps: []
}

/** The file as the schema describes it, before it becomes a Policy. */
interface PolicyFileData {
  version?: 1
  'fail-on-tier'?: TierThreshold
  'unknown-permissions'?: UnknownPermissionSeverity
  'warn-only'?: boolean
  approvals?: ApprovalData[] | null
  deny?: DenyListData
  tiers?: TierListData
  apps?: AppOverrideData[] | null
}

interface ApprovalData {
  app: string
  permission: string
  type: PermissionType
  resource?: string
  justification?: string
  'approved-by': string | string[]
  reference?: string
  expires?: string
}

type DenyListData =
  (string | Omit<PolicyDenial, 'location'>)[] | null | undefined

type TierListData = Omit<PolicyTier, 'location'>[] | null | undefined

interface AppOverrideData {
  app: string
  'fail-on-tier'?: TierThreshold
  'unknown-permissions'?: UnknownPermissionSeverity
  deny?: DenyListData
  tiers?: TierListData
}

// Compiled once: the schema is part of the tool, not of the file being read.
const validatePolicyFile = new Ajv({
  allErrors: true,
  verbose: true,
  allowUnionTypes: true
}).compile<PolicyFileData>(schema)

/** The schema's pattern for `expires`; its errors say what the pattern means. */
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'

/**
 * Parses and validates a policy file against schema/graph-consent-policy.schema.json.
 * An empty file (or one with only comments) is an empty policy.
 * @param text The file's text.
 * @param path The path as the user gave it, used in messages and locations.
 * @returns The policy, every entry with the location of its first line.
 * @throws ConfigError for the first problem, as `path:line:column: message` naming the
 *   key, the value and what is accepted.
 */
export function parsePolicy(text: string, path: string): Policy {
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  })
  // A byte order mark is a character to the parser but invisible in editors.
  const byteOrderMarkWidth = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset)
    return {
      file: path,
      line,
      column: line === 1 ? Math.max(1, col - byteOrderMarkWidth) : col
    }
  }
  // Returned, not thrown, so `throw problemAt(...)` narrows types after it.
  const problemAt = (offset: number, message: string): ConfigError => {
    const { line, column } = locate(offset)
    return new ConfigError(`${path}:${line}:${column}: ${message}`)
  }

  const syntaxError = document.errors[0]
  if (syntaxError !== undefined)
    throw problemAt(
      syntaxError.pos[0],
      describeSyntaxError(document, syntaxError)
    )
  const danglingAlias = findDanglingAlias(document)
  if (danglingAlias !== undefined)
    throw problemAt(
      danglingAlias.range?.[0] ?? 0,
      describeDanglingAlias(danglingAlias.source)
    )
  const root = document.contents
  if (root === null || (isScalar(root) && root.value === null))
    return { path, approvals: [], deny: [], tiers: [], apps: [] }
  if (!isMap(root))
    throw problemAt(
      root.range?.[0] ?? 0,
      `the policy is ${isScalar(root) ? describeValue(root.value) : isSeq(root) ? 'a list' : 'an alias'}; expected a mapping of settings (version, fail-on-tier, approvals, deny, ...)`
    )

  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    // Aliases that expand past the limit: a file meant to exhaust memory, not a policy.
    throw problemAt(0, `YAML error: ${(error as Error).message}`)
  }
  if (!validatePolicyFile(data)) {
    const error = chooseError(document, validatePolicyFile.errors ?? [])
    throw problemAt(errorOffset(document, error), explainError(error))
  }
  const file = data
  const entryAt = (...path: (string | number)[]): SourceLocation =>
    locate(nodeOffset(document, path.map(String)))

  const approvals = (file.approvals ?? []).map(
    (entry, index): PolicyApproval => {
      if (entry.permission.includes('*'))
        throw problemAt(
          nodeOffset(document, ['approvals', String(index), 'permission']),
          `approvals[${index}].permission is "${entry.permission}"; expected one permission's name or GUID (patterns are for deny and tiers)`
        )
      if (entry.expires !== undefined && !isCalendarDate(entry.expires))
        throw problemAt(
          nodeOffset(document, ['approvals', String(index), 'expires']),
          `approvals[${index}].expires is "${entry.expires}"; expected a date YYYY-MM-DD`
        )
      const approvedBy = entry['approved-by']
      const justification = entry.justification?.trim()
      return {
        app: entry.app,
        permission: entry.permission,
        type: entry.type,
        ...(entry.resource !== undefined && { resource: entry.resource }),
        ...(justification && { justification }),
        approvedBy: Array.isArray(approvedBy) ? approvedBy : [approvedBy],
        ...(entry.reference !== undefined && { reference: entry.reference }),
        ...(entry.expires !== undefined && { expires: entry.expires }),
        location: entryAt('approvals', index)
      }
    }
  )
  return {
    path,
    ...(file['fail-on-tier'] !== undefined && {
      failOnTier: file['fail-on-tier']
    }),
    ...(file['unknown-permissions'] !== undefined && {
      unknownPermissions: file['unknown-permissions']
    }),
    ...(file['warn-only'] !== undefined && { warnOnly: file['warn-only'] }),
    approvals,
    deny: readDenyList(file.deny, (index) => entryAt('deny', index)),
    tiers: readTierList(file.tiers, (index) => entryAt('tiers', index)),
    apps: (file.apps ?? []).map((entry, index): PolicyAppOverride => ({
      app: entry.app,
      ...(entry['fail-on-tier'] !== undefined && {
        failOnTier: entry['fail-on-tier']
      }),
      ...(entry['unknown-permissions'] !== undefined && {
        unknownPermissions: entry['unknown-permissions']
      }),
      deny: readDenyList(entry.deny, (inner) =>
        entryAt('apps', index, 'deny', inner)
      ),
      tiers: readTierList(entry.tiers, (inner) =>
        entryAt('apps', index, 'tiers', inner)
      ),
      location: entryAt('apps', index)
    }))
  }
}

/** Deny entries with their locations; a bare pattern denies it everywhere. */
function readDenyList(
  list: DenyListData,
  locate: (index: number) => SourceLocation
): PolicyDenial[] {
  return (list ?? []).map((entry, index) =>
    typeof entry === 'string'
      ? { permission: entry, location: locate(index) }
      : { ...entry, location: locate(index) }
  )
}

/** Tier entries with their locations. */
function readTierList(
  list: TierListData,
  locate: (index: number) => SourceLocation
): PolicyTier[] {
  return (list ?? []).map((entry, index) => ({
    ...entry,
    location: locate(index)
  }))
}

/** More alias expansions than any policy needs; the yaml package's default. */
const MAX_ALIAS_COUNT = 100

/** The first alias whose anchor is not defined before it, if any. */
function findDanglingAlias(document: Document): Alias | undefined {
  let dangling: Alias | undefined
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document) !== undefined) return undefined
      dangling = alias
      return visit.BREAK
    }
  })
  return dangling
}

/**
 * An unquoted `*.ReadWrite.All` is YAML for "the node anchored as .ReadWrite.All": the
 * likeliest cause of an alias without its anchor in a policy is a pattern left unquoted.
 */
function describeDanglingAlias(anchor: string): string {
  return `*${anchor} is read as a YAML alias, and no anchor &${anchor} precedes it; quote a pattern that starts with *: '*${anchor}'`
}

/** True for YYYY-MM-DD naming a day that exists (no February 30th). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number
  ]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (daysInMonth[month - 1] ?? 31)
  )
}

/** The parser's message, reworded where it names a key or suggests an API. */
function describeSyntaxError(
  document: Document,
  error: { code: string; message: string; pos: [number, number] }
): string {
  if (error.code === 'DUPLICATE_KEY') {
    let key: string | undefined
    visit(document, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.range?.[0] === error.pos[0]) {
          key = String(pair.key.value)
          return visit.BREAK
        }
        return undefined
      }
    })
    return key === undefined
      ? 'duplicate key'
      : `duplicate key "${key}"; each key may appear once in a mapping`
  }
  if (error.code === 'MULTIPLE_DOCS')
    return 'the policy must be a single YAML document (a second "---" starts another)'
  return `YAML syntax error: ${error.message.split('\n')[0] ?? ''}`
}

/**
 * The YAML node at a path of keys and indexes, or the deepest one on the way there, and
 * the key node of the last key (to point at an unknown key rather than its value).
 */
function nodeAt(
  document: Document,
  segments: readonly string[]
): { node: YamlNode | undefined; keyNode?: YamlNode } {
  let node: unknown = document.contents
  let keyNode: YamlNode | undefined
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(document)
    let next: unknown
    keyNode = undefined
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === segment
      )
      if (isScalar(pair?.key)) keyNode = pair.key
      // `type:` with nothing after it has no value node; its key is where to point.
      next = pair?.value ?? pair?.key
    } else if (isSeq(node)) next = node.items[Number(segment)]
    if (!isNode(next)) return { node: isNode(node) ? node : undefined }
    node = next
  }
  return { node: isNode(node) ? node : undefined, ...(keyNode && { keyNode }) }
}

/** Where the node at a path starts in the text. */
function nodeOffset(document: Document, segments: readonly string[]): number {
  return nodeAt(document, segments).node?.range?.[0] ?? 0
}

/** `/approvals/0/type` as the segments `approvals`, `0`, `type`. */
function segmentsOf(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Where to point for an error: the unknown key itself, else the offending value. */
function errorOffset(document: Document, error: ErrorObject): number {
  const segments = segmentsOf(error)
  if (error.keyword === 'additionalProperties') {
    const { keyNode } = nodeAt(document, [
      ...segments,
      String(error.params.additionalProperty)
    ])
    if (keyNode?.range) return keyNode.range[0]
  }
  return nodeOffset(document, segments)
}

/** How much an error explains, when several concern the same value. */
const KEYWORD_WEIGHT: Readonly<Record<string, number>> = {
  additionalProperties: 4,
  required: 3,
  type: 1,
  oneOf: 0
}
const DEFAULT_KEYWORD_WEIGHT = 2

/**
 * The one error a person should read first. ajv reports every branch of a `oneOf`: a deny
 * entry written as a mapping also fails "must be a string". A type error is dropped when
 * another error about the same value or one inside it shows the type was right; of the
 * rest, the first in the file wins, and at one place the most telling keyword.
 */
function chooseError(
  document: Document,
  errors: readonly ErrorObject[]
): ErrorObject {
  const inside = (inner: ErrorObject, outer: ErrorObject): boolean =>
    inner.instancePath === outer.instancePath ||
    inner.instancePath.startsWith(`${outer.instancePath}/`)
  const telling = errors.filter(
    (error) =>
      error.keyword !== 'oneOf' &&
      !(
        error.keyword === 'type' &&
        errors.some(
          (other) =>
            other.keyword !== 'type' &&
            other.keyword !== 'oneOf' &&
            inside(other, error)
        )
      )
  )
  const pool = telling.length > 0 ? telling : [...errors]
  const offsets = new Map(
    pool.map((error) => [error, nodeOffset(document, segmentsOf(error))])
  )
  const weight = (error: ErrorObject): number =>
    KEYWORD_WEIGHT[error.keyword] ?? DEFAULT_KEYWORD_WEIGHT
  const [first] = [...pool].sort(
    (a, b) =>
      (offsets.get(a) ?? 0) - (offsets.get(b) ?? 0) || weight(b) - weight(a)
  )
  if (first === undefined) throw new Error('ajv reported no error')
  if (first.keyword !== 'type') return first
  // Several accepted types (a string or a list) are all worth naming.
  const types = pool
    .filter(
      (error) =>
        error.keyword === 'type' && error.instancePath === first.instancePath
    )
    .flatMap((error) => typesOf(error.params.type))
  return { ...first, params: { type: types } }
}

/** ajv gives a type as a string, several as a list or a comma-separated string. */
function typesOf(type: unknown): string[] {
  const list = Array.isArray(type) ? type : String(type).split(',')
  return list.map(String)
}

/** `approvals[0].type` for the segments `approvals`, `0`, `type`. */
function describePath(segments: readonly string[]): string {
  let path = ''
  for (const segment of segments)
    path = /^\d+$/.test(segment)
      ? `${path}[${segment}]`
      : path === ''
        ? segment
        : `${path}.${segment}`
  return path
}

/** A value as a message quotes it; collections by kind, they can be long. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  return 'a mapping'
}

/** JSON Schema type names in the words of YAML. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'nothing'
}

/** One ajv error as a sentence: the key path, the value and what is accepted. */
function explainError(error: ErrorObject): string {
  const path = describePath(segmentsOf(error))
  const where = path === '' ? 'the policy' : path
  const value = describeValue(error.data)
  const schemaOfValue = error.parentSchema as
    { pattern?: string; properties?: Record<string, unknown> } | undefined
  const isDate = schemaOfValue?.pattern === DATE_PATTERN
  switch (error.keyword) {
    case 'additionalProperties': {
      const accepted = Object.keys(schemaOfValue?.properties ?? {})
      return `unknown key "${String(error.params.additionalProperty)}" ${path === '' ? 'at the top level' : `in ${path}`}; accepted keys: ${accepted.join(', ')}`
    }
    case 'required':
      return `${where} is missing the required key "${String(error.params.missingProperty)}"`
    case 'enum':
      return `${where} is ${value}; expected one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`
    case 'const':
      return `${where} is ${value}; expected ${String(error.params.allowedValue)}`
    case 'pattern':
      return `${where} is ${value}; expected ${isDate ? 'a date YYYY-MM-DD' : `text matching ${String(error.params.pattern)}`}`
    case 'minLength':
      return `${where} is empty; expected a non-empty string`
    case 'minItems':
      return `${where} is an empty list; expected at least one entry`
    case 'type': {
      if (isDate) return `${where} is ${value}; expected a date YYYY-MM-DD`
      const accepted = typesOf(error.params.type)
        // A list key may be left empty, but "a list or nothing" only confuses.
        .filter((type, _, all) => type !== 'null' || all.length === 1)
        .map((type) => TYPE_WORDS[type] ?? type)
      return `${where} is ${value}; expected ${accepted.join(' or ')}`
    }
    default:
      return `${where} is ${value}; ${error.message ?? 'not accepted'}`
  }
}
