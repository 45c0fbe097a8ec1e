import { loadBundledCatalog } from '../catalog/bundled.js'
import type { Catalog } from '../catalog/catalog.js'
import {
  explainPermission,
  type ExplainedVariant,
  type Explanation
} from '../catalog/explain.js'
import type { GrantInstructions } from '../catalog/grant.js'
import { isGuid, MICROSOFT_GRAPH_APP_ID } from '../model.js'
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

/** The `explain` command's operands and options. */
export const EXPLAIN_SPEC = defineCommandSpec({
  name: 'explain',
  operands: '<name-or-guid>',
  summary:
    'Show a permission per type: id, consent, tier, operations, narrower permissions and how to grant it',
  options: [
    {
      name: 'resource',
      type: 'string',
      value: '<appId|name>',
      description:
        'Another API than Microsoft Graph (e.g. "Office 365 Exchange Online")'
    },
    formatOption(['text', 'json'], 'text')
  ]
})

const LABEL_WIDTH = 16

/** A labelled block: the label on the first line, the rest indented under the value column. */
function labelled(label: string, values: readonly string[]): string[] {
  const indent = ' '.repeat(4 + LABEL_WIDTH)
  return values.map((value, index) =>
    index === 0
      ? `    ${label.padEnd(LABEL_WIDTH)}${value}`
      : `${indent}${value}`
  )
}

function renderGrant({
  adminCenter,
  azureCli,
  powerShell,
  graphApi
}: GrantInstructions): string[] {
  const lines = ['    how to grant', '      Entra admin center:']
  adminCenter.forEach((step, index) =>
    lines.push(`        ${index + 1}. ${step}`)
  )
  if (azureCli.length > 0)
    lines.push('      Azure CLI:', ...azureCli.map((c) => `        ${c}`))
  if (powerShell.length > 0)
    lines.push(
      '      Microsoft Graph PowerShell:',
      ...powerShell.map((c) => `        ${c}`)
    )
  if (graphApi !== null)
    lines.push(
      '      Microsoft Graph API:',
      `        ${graphApi.method} ${graphApi.url}`,
      `        ${JSON.stringify(graphApi.body)}`
    )
  return lines
}

function renderVariant(
  variant: ExplainedVariant,
  kind: Explanation['kind']
): string[] {
  const consent =
    kind === 'resource-specific'
      ? 'by the owner of each team, chat or meeting, if the tenant allows it'
      : variant.adminConsentRequired === null
        ? 'not known'
        : variant.adminConsentRequired
          ? 'required'
          : 'not required'
  const { count, listed } = variant.operations
  const operations =
    count === 0
      ? ['none listed']
      : [
          `${count}${count > listed.length ? `, the first ${listed.length}:` : ':'}`,
          ...listed.map(
            (op) =>
              `  ${op.method} ${op.path}${op.leastPrivileged ? '  (least privileged)' : ''}`
          )
        ]
  return [
    '',
    `  ${describeType(variant.type)}`,
    ...labelled('id', [variant.id]),
    ...labelled('admin consent', [consent]),
    ...labelled('enabled', [variant.enabled ? 'yes' : 'no']),
    ...labelled('tier', [
      `${variant.tier}${variant.tierNeedsReview ? ' (by rule, awaiting review)' : ''}`,
      variant.rationale
    ]),
    ...labelled('operations', operations),
    ...labelled(
      'narrower',
      variant.narrower.length === 0
        ? ['none']
        : variant.narrower.map(({ name, tier }) => `${name} (${tier})`)
    ),
    ...renderGrant(variant.grant)
  ]
}

function renderExplanation(explanation: Explanation): string {
  const { name, resourceAppId, resourceName, kind, variants } = explanation
  const lines = [`${name}  (${resourceName}, ${resourceAppId})`]
  if (kind === 'resource-specific')
    lines.push(
      'Teams resource-specific consent: granted per team, chat or meeting by its owner.'
    )
  for (const variant of variants) lines.push(...renderVariant(variant, kind))
  return `${lines.join('\n')}\n`
}

/** The appId of the resource named by --resource: an appId, or a catalog resource's name. */
function resourceOption(catalog: Catalog, value: string | undefined): string {
  if (value === undefined) return MICROSOFT_GRAPH_APP_ID
  if (isGuid(value)) return value.toLowerCase()
  const resource = catalog
    .resources()
    .find((r) => r.displayName.toLowerCase() === value.toLowerCase())
  if (resource === undefined)
    throw new UsageError(
      `unknown --resource "${value}" (give an appId, or one of: ${catalog
        .resources()
        .map((r) => r.displayName)
        .join(', ')})`
    )
  return resource.resourceAppId
}

function runExplain(
  { values, positionals }: ParsedCommand<typeof EXPLAIN_SPEC>,
  env: CliEnvironment
): number {
  const [query, ...extra] = positionals
  if (query === undefined || extra.length > 0)
    throw new UsageError('explain takes exactly one permission name or GUID')
  const catalog = loadBundledCatalog()
  const resourceAppId = resourceOption(catalog, values.resource)
  const outcome = explainPermission(catalog, query, resourceAppId)
  if (!outcome.found) {
    const hint =
      outcome.suggestions.length > 0
        ? ` Did you mean: ${outcome.suggestions.join(', ')}?`
        : ''
    env.stderr(
      `graph-consent-audit: no ${catalog.resourceName(resourceAppId) ?? resourceAppId} permission "${query}".${hint}\n`
    )
    return EXIT_FINDINGS
  }
  env.stdout(
    values.format === 'json'
      ? `${JSON.stringify(outcome.explanation, null, 2)}\n`
      : renderExplanation(outcome.explanation)
  )
  return EXIT_OK
}

/** `explain <name-or-guid> [--resource appId|name]`: a permission's reference page. */
export const explainCommand = defineCommand(EXPLAIN_SPEC, runExplain)
