import { parseArgs } from 'node:util'
import { loadBundledCatalog } from '../catalog/bundled.js'
import { explainPermission, type Explanation } from '../catalog/explain.js'
import { describeType } from '../policy/describe.js'
import {
  choice,
  EXIT_FINDINGS,
  EXIT_OK,
  FORMAT_OPTION,
  UsageError,
  type CliEnvironment
} from './cli-support.js'

function renderExplanation({
  name,
  resourceAppId,
  variants
}: Explanation): string {
  const lines = [`${name}  (resource ${resourceAppId})`]
  for (const variant of variants) {
    lines.push(
      '',
      `  ${describeType(variant.type)}`,
      `    id              ${variant.id}`,
      `    admin consent   ${variant.adminConsentRequired ? 'required' : 'not required'}`,
      `    enabled         ${variant.enabled ? 'yes' : 'no'}`
    )
  }
  return `${lines.join('\n')}\n`
}

/** `explain <name-or-guid>`: a permission's reference page. */
export function explainCommand(args: string[], env: CliEnvironment): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: FORMAT_OPTION
  })
  const format = choice(values.format, ['text', 'json'], 'format', 'text')
  const [query, ...extra] = positionals
  if (query === undefined || extra.length > 0)
    throw new UsageError('explain takes exactly one permission name or GUID')
  const outcome = explainPermission(loadBundledCatalog(), query)
  if (!outcome.found) {
    const hint =
      outcome.suggestions.length > 0
        ? ` Did you mean: ${outcome.suggestions.join(', ')}?`
        : ''
    env.stderr(
      `graph-consent-audit: no Microsoft Graph permission "${query}".${hint}\n`
    )
    return EXIT_FINDINGS
  }
  env.stdout(
    format === 'json'
      ? `${JSON.stringify(outcome.explanation, null, 2)}\n`
      : renderExplanation(outcome.explanation)
  )
  return EXIT_OK
}
