import {
  HTTP_METHODS,
  leastPrivileged,
  type OperationNotFound
} from '../catalog/operations.js'
import { loadBundledCatalog } from '../catalog/bundled.js'
import type { Catalog } from '../catalog/catalog.js'
import {
  refineLeastPrivileged,
  type RefinedPermissions
} from '../catalog/least-privilege.js'
import type { Tier } from '../catalog/tiers.js'
import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../model.js'
import { describeType } from '../policy/describe.js'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  type CliEnvironment
} from './cli-support.js'
import {
  defineCommandSpec,
  defineCommand,
  formatOption,
  type ParsedCommand
} from './command-spec.js'

/** The `least-privilege` command's operands and options. */
export const LEAST_PRIVILEGE_SPEC = defineCommandSpec({
  name: 'least-privilege',
  operands: '<METHOD> <path>',
  summary:
    'Which permissions allow a Microsoft Graph call, the least privileged first',
  options: [
    {
      name: 'type',
      type: 'string',
      choices: ['delegated', 'application'] satisfies readonly PermissionType[],
      description: 'Only the permissions of this type',
      default: 'both'
    },
    formatOption(['text', 'json'], 'text')
  ]
})

const LABEL_WIDTH = 19

/** The command's JSON output for one type. */
interface TypeAnswer {
  type: PermissionType
  leastPrivileged: string[]
  alsoAllowed: string[]
  alsoRequires: Record<string, string[]>
  /** The project's privilege tier of every permission named. */
  tiers: Record<string, Tier>
  /** True when the source marks no usable least-privileged permission and the catalog inferred them. */
  inferred: boolean
  /** Permissions the source names that the catalog does not have as this type. */
  notInCatalog: string[]
}

function toTypeAnswer(
  {
    type,
    leastPrivileged: least,
    allowedBy,
    alsoRequires,
    inferred,
    notInCatalog
  }: RefinedPermissions,
  catalog: Catalog
): TypeAnswer {
  const tiers: Record<string, Tier> = {}
  for (const name of allowedBy) {
    const tier = catalog.findByName(MICROSOFT_GRAPH_APP_ID, type, name)?.tier
    if (tier !== undefined) tiers[name] = tier
  }
  return {
    type,
    leastPrivileged: least,
    alsoAllowed: allowedBy.slice(least.length),
    alsoRequires,
    tiers,
    inferred,
    notInCatalog
  }
}

/** Names one per line under a label, each with the permissions it needs beside it. */
function renderNames(
  label: string,
  names: readonly string[],
  answer: TypeAnswer,
  whenEmpty: string
): string[] {
  const withPartners = names.map((name) => {
    const partners = answer.alsoRequires[name]
    const tier = answer.tiers[name]
    const shown = tier === undefined ? name : `${name} (${tier})`
    return partners === undefined
      ? shown
      : `${shown}, together with one of: ${partners.join(', ')}`
  })
  const [first, ...rest] = withPartners
  const indent = ' '.repeat(4 + LABEL_WIDTH)
  return [
    `    ${label.padEnd(LABEL_WIDTH)}${first ?? whenEmpty}`,
    ...rest.map((line) => `${indent}${line}`)
  ]
}

function renderAnswer(
  method: string,
  path: string,
  otherPaths: readonly string[],
  types: readonly TypeAnswer[]
): string {
  const lines = [`${method} ${path}`]
  for (const other of otherPaths)
    lines.push(`  (also listed as ${other}, with its own permissions)`)
  for (const answer of types) {
    lines.push('', `  ${describeType(answer.type)}`)
    if (answer.leastPrivileged.length + answer.alsoAllowed.length === 0) {
      lines.push('    no permission of this type allows it')
      continue
    }
    lines.push(
      ...renderNames(
        answer.inferred ? 'least privileged*' : 'least privileged',
        answer.leastPrivileged,
        answer,
        'none'
      ),
      ...renderNames('also allowed', answer.alsoAllowed, answer, 'none')
    )
    if (answer.inferred)
      lines.push(
        '    * the source marks none that can be requested; these are the lowest-tier ones that cover no other'
      )
    if (answer.notInCatalog.length > 0)
      lines.push(
        `    named by the source but not requestable as ${answer.type}: ${answer.notInCatalog.join(', ')}`
      )
  }
  return `${lines.join('\n')}\n`
}

function describeNotFound(
  method: string,
  path: string,
  { methods, suggestions }: OperationNotFound
): string {
  const hint =
    methods.length > 0
      ? ` That path takes ${methods.join(', ')}.`
      : suggestions.length > 0
        ? ` Closest paths: ${suggestions.join(', ')}.`
        : ''
  return `graph-consent-audit: no Microsoft Graph operation ${method} ${path} in the catalog.${hint}\n`
}

function runLeastPrivilege(
  { values, positionals }: ParsedCommand<typeof LEAST_PRIVILEGE_SPEC>,
  env: CliEnvironment
): number {
  const { type } = values
  const [rawMethod, path, ...extra] = positionals
  if (rawMethod === undefined || path === undefined || extra.length > 0)
    throw new UsageError('least-privilege takes a method and a path')
  const method = rawMethod.toUpperCase()
  if (!(HTTP_METHODS as readonly string[]).includes(method))
    throw new UsageError(
      `invalid method "${rawMethod}" (expected ${HTTP_METHODS.join(', ')})`
    )
  const outcome = leastPrivileged(
    method,
    path,
    type === 'both' ? undefined : type
  )
  if (!outcome.found) {
    env.stderr(describeNotFound(method, path, outcome))
    return EXIT_FINDINGS
  }
  const catalog = loadBundledCatalog()
  const types = outcome.types.map((permissions) =>
    toTypeAnswer(refineLeastPrivileged(permissions, catalog), catalog)
  )
  const { operation, otherPaths } = outcome
  env.stdout(
    values.format === 'json'
      ? `${JSON.stringify(
          {
            method: operation.method,
            path: operation.path,
            query: path,
            otherPaths,
            types
          },
          null,
          2
        )}\n`
      : renderAnswer(operation.method, operation.path, otherPaths, types)
  )
  return EXIT_OK
}

/**
 * `least-privilege <METHOD> <path>`: which permissions allow a Microsoft Graph call, the
 * least privileged first, per type.
 */
export const leastPrivilegeCommand = defineCommand(
  LEAST_PRIVILEGE_SPEC,
  runLeastPrivilege
)
