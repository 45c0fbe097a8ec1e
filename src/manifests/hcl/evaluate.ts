import type { HclNode } from './parser.js'
import {
  childrenOf,
  describeExpression,
  namedChildrenOf,
  quotedContent,
  stringLiteralValue,
  unescapeTemplateLiteral
} from './syntax.js'

/**
 * Static evaluation of HCL expressions: literals, collections, string templates, `for`
 * expressions, conditionals, a few pure functions and traversals (`a.b["c"]`). Whatever
 * depends on something not written in the file evaluates to an `unknown` value that says
 * why, so a caller can report it instead of guessing. Names that no `for` or iterator binds
 * (Terraform's `local`, `var`, `data`) are left to an Environment.
 */

/** Where a value comes from. */
interface Origin {
  /** The literal (or the expression) that produced the value. */
  at: HclNode
  /** The outermost reference (a local, a variable) the value was reached through, if any. */
  site?: HclNode
}

/** A string, with its escapes decoded. */
export interface StringValue extends Origin {
  kind: 'string'
  value: string
}

/** A number. */
export interface NumberValue extends Origin {
  kind: 'number'
  value: number
}

/** `true` or `false`. */
export interface BoolValue extends Origin {
  kind: 'bool'
  value: boolean
}

/** `null`. */
export interface NullValue extends Origin {
  kind: 'null'
}

/** A list, set or tuple: Terraform's sets are read in the order they are written. */
export interface TupleValue extends Origin {
  kind: 'tuple'
  items: HclValue[]
}

/** An object's entry, with its key as a located string (`keys()` and `for k, v` use it). */
export interface ObjectEntry {
  key: StringValue
  value: HclValue
}

/** A map or object, its entries in the order they are written. */
export interface ObjectValue extends Origin {
  kind: 'object'
  entries: Map<string, ObjectEntry>
}

/** A value the file does not determine; `reason` says what could not be followed. */
export interface UnknownValue extends Origin {
  kind: 'unknown'
  reason: string
}

/** A value the Environment defines (a Terraform data source, a `local` namespace). */
export interface ExternalReference extends Origin {
  kind: 'external'
  external: External
}

/** A value as far as the file determines it. */
export type HclValue =
  | StringValue
  | NumberValue
  | BoolValue
  | NullValue
  | TupleValue
  | ObjectValue
  | UnknownValue
  | ExternalReference

/** One step of a traversal: `.name` or `[key]`. */
export type TraversalStep =
  { kind: 'attribute'; name: string } | { kind: 'index'; key: HclValue }

/** A value whose traversals the Environment decides (`data.x.y.app_role_ids["Name"]`). */
export interface External {
  /**
   * The value one step further.
   * @param step The attribute or index followed.
   * @param where The whole traversal expression, for locations and messages.
   * @param context The context of the traversal.
   */
  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue
  /** Why a traversal cannot end here (`local` without a name), when it cannot. */
  readonly incomplete?: string
}

/** The language around HCL: what the names a file does not bind itself mean. */
export interface Environment {
  /**
   * The value of a name no `for` expression or iterator binds (`local`, `var`, `data`).
   * @param name The name.
   * @param where The traversal expression that starts with it.
   * @param context The context of the traversal.
   */
  resolve(name: string, where: HclNode, context: EvaluationContext): HclValue
}

/** Thrown when a file's expressions take more evaluation steps than a scan affords. */
export class EvaluationLimitError extends Error {
  override name = 'EvaluationLimitError'
}

/**
 * Evaluation steps left for one file. References can expand a small file exponentially
 * (each local listing the previous one twice), so the work is capped, not just the depth.
 */
export class EvaluationBudget {
  constructor(private remaining: number) {}

  /** Spends one step; throws EvaluationLimitError when none is left. */
  spend(): void {
    this.remaining -= 1
    if (this.remaining < 0)
      throw new EvaluationLimitError('evaluation step limit reached')
  }
}

/** What an evaluation needs besides the expression. */
export interface EvaluationContext {
  environment: Environment
  /** Names bound by `for` expressions and iterators. */
  scope: ReadonlyMap<string, HclValue>
  /** The outermost reference followed so far; values found through it are reported there. */
  site?: HclNode
  /** How many expressions deep the evaluation is. */
  depth: number
  budget: EvaluationBudget
  /** References being evaluated (`local.a`); meeting one again is a cycle. */
  resolving: ReadonlySet<string>
}

/**
 * Real configurations nest a few levels; the limit keeps a deeply nested file from
 * exhausting the call stack.
 */
const MAX_EVALUATION_DEPTH = 64

/** An unknown value at a node, reported at the context's site when there is one. */
export function unknownValue(
  at: HclNode,
  context: EvaluationContext,
  reason: string
): UnknownValue {
  return { kind: 'unknown', reason, at, site: context.site }
}

/**
 * Evaluates an expression as far as the file determines it.
 * @param node An `expression` node, or any expression form within one.
 * @param context Bindings, the Environment, the budget and the reference site.
 */
export function evaluate(node: HclNode, context: EvaluationContext): HclValue {
  context.budget.spend()
  if (context.depth >= MAX_EVALUATION_DEPTH)
    return unknownValue(
      node,
      context,
      'the expression nests too deeply to follow'
    )
  const inner: EvaluationContext = { ...context, depth: context.depth + 1 }
  switch (node.type) {
    case 'expression':
      return evaluateTerm(childrenOf(node), node, inner)
    // Layers of the grammar that wrap a single expression form.
    case 'literal_value':
    case 'template_expr':
    case 'collection_value':
    case 'for_expr':
    case 'operation': {
      const [only] = namedChildrenOf(node)
      return only === undefined
        ? unknownValue(node, inner, 'the expression is empty')
        : evaluate(only, inner)
    }
    case 'numeric_lit':
      return {
        kind: 'number',
        value: Number(node.text),
        ...origin(node, inner)
      }
    case 'bool_lit':
      return {
        kind: 'bool',
        value: node.text === 'true',
        ...origin(node, inner)
      }
    case 'null_lit':
      return { kind: 'null', ...origin(node, inner) }
    case 'string_lit':
      return {
        kind: 'string',
        value: stringLiteralValue(node),
        ...origin(node, inner)
      }
    case 'quoted_template':
      return evaluateTemplate(node, inner)
    case 'heredoc_template':
      return unknownValue(node, inner, 'heredoc strings are not evaluated')
    case 'tuple':
      return {
        kind: 'tuple',
        items: namedChildrenOf(node)
          .filter((child) => child.type === 'expression')
          .map((item) => evaluate(item, inner)),
        ...origin(node, inner)
      }
    case 'object':
      return evaluateObject(node, inner)
    case 'function_call':
      return evaluateCall(node, inner)
    case 'for_tuple_expr':
    case 'for_object_expr':
      return evaluateFor(node, inner)
    case 'conditional':
      return evaluateConditional(node, inner)
    case 'unary_operation':
    case 'binary_operation':
      return evaluateOperation(node, inner)
    default:
      return unknownValue(
        node,
        inner,
        `${describeExpression(node)} is not evaluated`
      )
  }
}

function origin(at: HclNode, context: EvaluationContext): Origin {
  return { at, site: context.site }
}

/**
 * A term: a head (a literal, a name, a call, a parenthesised expression) followed by
 * attribute, index and splat steps, which the grammar keeps as siblings of the head.
 */
function evaluateTerm(
  parts: HclNode[],
  whole: HclNode,
  context: EvaluationContext
): HclValue {
  const parenthesised = parts[0]?.type === '('
  const head = parenthesised ? parts[1] : parts[0]
  if (head === undefined)
    return unknownValue(whole, context, 'the expression is empty')
  let value =
    head.type === 'variable_expr'
      ? (context.scope.get(head.text) ??
        context.environment.resolve(head.text, whole, context))
      : evaluate(head, context)
  for (const step of parts.slice(parenthesised ? 3 : 1))
    value = applyStep(value, step, whole, context)
  if (value.kind === 'external' && value.external.incomplete !== undefined)
    return unknownValue(whole, context, value.external.incomplete)
  return value
}

function applyStep(
  value: HclValue,
  step: HclNode,
  where: HclNode,
  context: EvaluationContext
): HclValue {
  context.budget.spend()
  const [inner] = namedChildrenOf(step)
  if (inner === undefined)
    return unknownValue(
      where,
      context,
      `${describeExpression(where)} is incomplete`
    )
  switch (step.type) {
    case 'get_attr':
      return follow(
        value,
        { kind: 'attribute', name: inner.text },
        where,
        context
      )
    case 'index':
      return follow(value, indexStep(inner, context), where, context)
    case 'splat':
      return applySplat(value, inner, where, context)
    default:
      return unknownValue(
        where,
        context,
        `${describeExpression(where)} is not evaluated`
      )
  }
}

function indexStep(index: HclNode, context: EvaluationContext): TraversalStep {
  if (index.type === 'legacy_index') {
    // `.0`, the index syntax of Terraform 0.11.
    return {
      kind: 'index',
      key: {
        kind: 'number',
        value: Number(index.text.slice(1)),
        ...origin(index, context)
      }
    }
  }
  const [key] = namedChildrenOf(index)
  return {
    kind: 'index',
    key:
      key === undefined
        ? unknownValue(index, context, 'the index is empty')
        : evaluate(key, context)
  }
}

/** `list[*].id` and `list.*.id`: the steps after the splat, applied to each element. */
function applySplat(
  value: HclValue,
  splat: HclNode,
  where: HclNode,
  context: EvaluationContext
): HclValue {
  if (value.kind === 'unknown') return value
  // A splat over a single value treats it as a list of one, and over null as an empty list.
  const items =
    value.kind === 'tuple' ? value.items : value.kind === 'null' ? [] : [value]
  const steps = namedChildrenOf(splat)
  return {
    kind: 'tuple',
    items: items.map((item) =>
      steps.reduce(
        (current, step) => applyStep(current, step, where, context),
        item
      )
    ),
    ...origin(where, context)
  }
}

/** Follows one attribute or index step on a value. */
export function follow(
  value: HclValue,
  step: TraversalStep,
  where: HclNode,
  context: EvaluationContext
): HclValue {
  if (value.kind === 'unknown') return value
  if (value.kind === 'external')
    return value.external.follow(step, where, context)
  const key = step.kind === 'attribute' ? step.name : step.key
  if (typeof key !== 'string' && key.kind === 'unknown') return key
  const described = describeExpression(where)
  if (value.kind === 'object') {
    const name =
      typeof key === 'string'
        ? key
        : key.kind === 'string' || key.kind === 'number'
          ? String(key.value)
          : undefined
    if (name === undefined)
      return unknownValue(
        where,
        context,
        `${described} has a key that is not a string`
      )
    return (
      value.entries.get(name)?.value ??
      unknownValue(where, context, `${described}: there is no key "${name}"`)
    )
  }
  if (value.kind === 'tuple') {
    const index =
      typeof key === 'string' || key.kind !== 'number' ? NaN : key.value
    return (
      (Number.isInteger(index) ? value.items[index] : undefined) ??
      unknownValue(where, context, `${described}: there is no such element`)
    )
  }
  return unknownValue(where, context, `${described} indexes a ${value.kind}`)
}

function evaluateTemplate(node: HclNode, context: EvaluationContext): HclValue {
  const holes = namedChildrenOf(node).filter(
    (part) =>
      part.type === 'template_interpolation' ||
      part.type === 'template_directive'
  )
  const interpolated = (part: HclNode): HclValue => {
    const expression = namedChildrenOf(part).find(
      (child) => child.type === 'expression'
    )
    return expression === undefined
      ? unknownValue(part, context, 'the interpolation is empty')
      : evaluate(expression, context)
  }
  // The literal text between the holes, read from the source: the grammar's literal
  // tokens leave out the spaces next to a hole.
  const [start, end] = quotedContent(node)
  const literal = (from: number, to: number): string =>
    unescapeTemplateLiteral(
      node.text.slice(from - node.startIndex, to - node.startIndex)
    )
  // "${x}" alone is x itself, whatever its type: the usual Terraform 0.11 spelling.
  const [first] = holes
  if (
    holes.length === 1 &&
    first?.type === 'template_interpolation' &&
    first.startIndex === start &&
    first.endIndex === end
  )
    return interpolated(first)
  let text = ''
  let cursor = start
  for (const part of holes) {
    text += literal(cursor, part.startIndex)
    cursor = part.endIndex
    if (part.type === 'template_directive')
      return unknownValue(
        part,
        context,
        'template directives (%{ … }) are not evaluated'
      )
    const value = interpolated(part)
    if (value.kind === 'unknown') return value
    if (
      value.kind !== 'string' &&
      value.kind !== 'number' &&
      value.kind !== 'bool'
    )
      return unknownValue(
        part,
        context,
        `${describeExpression(part)} is not a string`
      )
    text += String(value.value)
  }
  text += literal(cursor, end)
  return { kind: 'string', value: text, ...origin(node, context) }
}

function evaluateObject(node: HclNode, context: EvaluationContext): HclValue {
  const entries = new Map<string, ObjectEntry>()
  for (const element of namedChildrenOf(node)) {
    if (element.type !== 'object_elem') continue
    const keyNode = element.childForFieldName('key')
    const valueNode = element.childForFieldName('val')
    if (keyNode === null || valueNode === null) continue
    const key = objectKey(keyNode, context)
    if (key.kind === 'unknown') return key
    if (key.kind !== 'string')
      return unknownValue(
        keyNode,
        context,
        `the object key ${describeExpression(keyNode)} is not a string`
      )
    // Terraform rejects a repeated key; the first one is kept, as for attributes.
    if (!entries.has(key.value))
      entries.set(key.value, { key, value: evaluate(valueNode, context) })
  }
  return { kind: 'object', entries, ...origin(node, context) }
}

/** An object key: a bare name is the name itself, anything else is evaluated. */
function objectKey(node: HclNode, context: EvaluationContext): HclValue {
  const parts = childrenOf(node)
  const [only] = parts
  if (parts.length === 1 && only?.type === 'variable_expr')
    return { kind: 'string', value: only.text, ...origin(node, context) }
  return asKey(evaluate(node, context))
}

/** A number used as a key becomes its decimal string, as in Terraform. */
function asKey(key: HclValue): HclValue {
  return key.kind === 'number'
    ? { kind: 'string', value: String(key.value), at: key.at, site: key.site }
    : key
}

function evaluateConditional(
  node: HclNode,
  context: EvaluationContext
): HclValue {
  const [condition, whenTrue, whenFalse] = namedChildrenOf(node).filter(
    (child) => child.type === 'expression'
  )
  if (
    condition === undefined ||
    whenTrue === undefined ||
    whenFalse === undefined
  )
    return unknownValue(node, context, 'the conditional is incomplete')
  const chosen = evaluate(condition, context)
  if (chosen.kind === 'unknown') return chosen
  if (chosen.kind !== 'bool')
    return unknownValue(
      condition,
      context,
      `the condition ${describeExpression(condition)} is not a bool`
    )
  return evaluate(chosen.value ? whenTrue : whenFalse, context)
}

const BINARY_OPERATORS = new Set([
  '==',
  '!=',
  '&&',
  '||',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%'
])

/**
 * Equality, number comparison and logic, which conditions and `for … if` filters use
 * (`length(var.roles) > 0 ? … : []`, `var.access != null`); arithmetic never names a
 * permission and stays unknown.
 */
function evaluateOperation(
  node: HclNode,
  context: EvaluationContext
): HclValue {
  const parts = childrenOf(node)
  const notEvaluated = (): HclValue =>
    unknownValue(
      node,
      context,
      `the operation ${describeExpression(node)} is not evaluated`
    )
  if (node.type === 'unary_operation') {
    const operand = evaluateTerm(parts.slice(1), node, context)
    if (operand.kind === 'unknown') return operand
    if (parts[0]?.type === '!' && operand.kind === 'bool')
      return { kind: 'bool', value: !operand.value, ...origin(node, context) }
    return notEvaluated()
  }
  const at = parts.findIndex(
    (part) => !part.isNamed && BINARY_OPERATORS.has(part.type)
  )
  const operator = parts[at]?.type
  if (operator === undefined) return notEvaluated()
  const left = evaluateTerm(parts.slice(0, at), node, context)
  if (left.kind === 'unknown') return left
  const right = evaluateTerm(parts.slice(at + 1), node, context)
  if (right.kind === 'unknown') return right
  const result = (value: boolean): HclValue => ({
    kind: 'bool',
    value,
    ...origin(node, context)
  })
  if (operator === '==' || operator === '!=') {
    const leftKey = valueKey(left)
    const rightKey = valueKey(right)
    if (leftKey === undefined || rightKey === undefined) return notEvaluated()
    return result((leftKey === rightKey) === (operator === '=='))
  }
  if (
    COMPARISONS.has(operator) &&
    left.kind === 'number' &&
    right.kind === 'number'
  )
    return result(compareNumbers(operator, left.value, right.value))
  if (
    (operator === '&&' || operator === '||') &&
    left.kind === 'bool' &&
    right.kind === 'bool'
  )
    return result(
      operator === '&&' ? left.value && right.value : left.value || right.value
    )
  return notEvaluated()
}

/** A scalar's kind and value as one comparable string; undefined for anything else. */
const COMPARISONS = new Set(['<', '<=', '>', '>='])

function compareNumbers(
  operator: string,
  left: number,
  right: number
): boolean {
  switch (operator) {
    case '<':
      return left < right
    case '<=':
      return left <= right
    case '>':
      return left > right
    default:
      return left >= right
  }
}

/**
 * A key equal for equal values: scalars, and lists and maps of them (`var.x == null`,
 * `var.names == ["a"]`); undefined for what is not fully known.
 */
function valueKey(value: HclValue): string | undefined {
  if (value.kind === 'tuple') {
    const items = value.items.map(valueKey)
    return items.every((item) => item !== undefined)
      ? `[${items.join(',')}]`
      : undefined
  }
  if (value.kind === 'object') {
    const entries = [...value.entries].map(
      ([name, entry]) => [name, valueKey(entry.value)] as const
    )
    return entries.every(([, key]) => key !== undefined)
      ? `{${entries
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, key]) => `${JSON.stringify(name)}=${key}`)
          .join(',')}}`
      : undefined
  }
  return scalarKey(value)
}

function scalarKey(value: HclValue): string | undefined {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return `${value.kind}:${String(value.value)}`
    case 'null':
      return 'null'
    default:
      return undefined
  }
}

/** The key and value of each element of a collection; undefined for anything else. */
export function elementsOf(
  value: HclValue
): { key: HclValue; value: HclValue }[] | undefined {
  if (value.kind === 'tuple')
    return value.items.map((item, index) => ({
      key: { kind: 'number', value: index, at: item.at, site: item.site },
      value: item
    }))
  if (value.kind === 'object')
    return [...value.entries.values()].map(({ key, value: entry }) => ({
      key,
      value: entry
    }))
  return undefined
}

function evaluateFor(node: HclNode, context: EvaluationContext): HclValue {
  const children = namedChildrenOf(node)
  if (children.some((child) => child.type === 'ellipsis'))
    return unknownValue(
      node,
      context,
      'grouping for expressions ("...") are not evaluated'
    )
  const intro = children.find((child) => child.type === 'for_intro')
  const introParts = intro === undefined ? [] : namedChildrenOf(intro)
  const names = introParts
    .filter((part) => part.type === 'identifier')
    .map((part) => part.text)
  const source = introParts.find((part) => part.type === 'expression')
  const results = children.filter((child) => child.type === 'expression')
  const filter = children.find((child) => child.type === 'for_cond')
  const condition =
    filter === undefined
      ? undefined
      : namedChildrenOf(filter).find((child) => child.type === 'expression')
  const producesObject = node.type === 'for_object_expr'
  const [first, second] = results
  if (
    source === undefined ||
    names.length === 0 ||
    first === undefined ||
    (producesObject && second === undefined)
  )
    return unknownValue(node, context, 'the for expression is incomplete')

  const collection = evaluate(source, context)
  if (collection.kind === 'unknown') return collection
  const elements = elementsOf(collection)
  if (elements === undefined)
    return unknownValue(
      source,
      context,
      `${describeExpression(source)} is not a list, set or map`
    )
  const items: HclValue[] = []
  const entries = new Map<string, ObjectEntry>()
  for (const element of elements) {
    context.budget.spend()
    const scope = new Map(context.scope)
    if (names.length === 2) {
      scope.set(names[0] ?? '', element.key)
      scope.set(names[1] ?? '', element.value)
    } else scope.set(names[0] ?? '', element.value)
    const inner: EvaluationContext = { ...context, scope }
    if (condition !== undefined) {
      const keep = evaluate(condition, inner)
      if (keep.kind === 'unknown') return keep
      if (keep.kind !== 'bool')
        return unknownValue(
          condition,
          context,
          `the condition ${describeExpression(condition)} is not a bool`
        )
      if (!keep.value) continue
    }
    if (!producesObject) {
      items.push(evaluate(first, inner))
      continue
    }
    const key = asKey(evaluate(first, inner))
    if (key.kind === 'unknown') return key
    if (key.kind !== 'string')
      return unknownValue(
        first,
        context,
        `the key ${describeExpression(first)} is not a string`
      )
    if (!entries.has(key.value) && second !== undefined)
      entries.set(key.value, { key, value: evaluate(second, inner) })
  }
  return producesObject
    ? { kind: 'object', entries, ...origin(node, context) }
    : { kind: 'tuple', items, ...origin(node, context) }
}

/** A built-in function: its evaluated arguments in, a value (possibly unknown) out. */
type HclFunction = (
  args: HclValue[],
  call: HclNode,
  context: EvaluationContext
) => HclValue | undefined

/** An object value built by a reader (`each`, an iterator), located at `at`. */
export function objectValue(
  at: HclNode,
  fields: Record<string, HclValue>
): HclValue {
  const entries = new Map<string, ObjectEntry>()
  for (const [name, value] of Object.entries(fields))
    entries.set(name, {
      key: { kind: 'string', value: name, at },
      value
    })
  return { kind: 'object', entries, at }
}

/**
 * A function over lists or sets whose result is a set: the items `combine` picks from the
 * arguments' items, without repeats. Undefined (not evaluated) unless every argument is a
 * list or set.
 */
function setOperation(
  combine: (lists: HclValue[][]) => HclValue[]
): HclFunction {
  return (args, call, context) => {
    const lists: HclValue[][] = []
    for (const arg of args) {
      if (arg.kind !== 'tuple') return undefined
      lists.push(arg.items)
    }
    return {
      kind: 'tuple',
      items: distinctItems(combine(lists)),
      ...origin(call, context)
    }
  }
}

/** True when a list holds a scalar equal to `item`. */
function containsScalar(list: readonly HclValue[], item: HclValue): boolean {
  const key = scalarKey(item)
  return key !== undefined && list.some((other) => scalarKey(other) === key)
}

/** Tuple elements without repeats of the same scalar, keeping the first of each. */
function distinctItems(items: HclValue[]): HclValue[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = scalarKey(item)
    if (key === undefined) return true
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function flattenItems(
  items: HclValue[],
  context: EvaluationContext
): HclValue[] {
  return items.flatMap((item) => {
    context.budget.spend()
    return item.kind === 'tuple' ? flattenItems(item.items, context) : [item]
  })
}

/**
 * The collection functions configurations use to build permission lists. Each returns
 * undefined when its arguments are not what it takes, which the caller reports.
 */
/** `keys(map)` or `values(map)`: one side of each of a map's entries, as a tuple. */
function mapColumn(side: 'key' | 'value'): HclFunction {
  return ([map], call, context) =>
    map?.kind === 'object'
      ? {
          kind: 'tuple',
          items: [...map.entries.values()].map((entry) => entry[side]),
          ...origin(call, context)
        }
      : undefined
}

const FUNCTIONS = new Map<string, HclFunction>([
  ['tolist', ([list]) => (list?.kind === 'tuple' ? list : undefined)],
  ['tomap', ([map]) => (map?.kind === 'object' ? map : undefined)],
  ['toset', setOperation(([items]) => items ?? [])],
  ['distinct', setOperation(([items]) => items ?? [])],
  ['setunion', setOperation((lists) => lists.flat())],
  [
    'setintersection',
    setOperation(([first = [], ...others]) =>
      first.filter((item) =>
        others.every((other) => containsScalar(other, item))
      )
    )
  ],
  [
    'setsubtract',
    setOperation(([first = [], second = []]) =>
      first.filter((item) => !containsScalar(second, item))
    )
  ],
  [
    'concat',
    (lists, call, context) =>
      lists.every((list) => list.kind === 'tuple')
        ? {
            kind: 'tuple',
            items: lists.flatMap((list) =>
              list.kind === 'tuple' ? list.items : []
            ),
            ...origin(call, context)
          }
        : undefined
  ],
  [
    'flatten',
    ([list], call, context) =>
      list?.kind === 'tuple'
        ? {
            kind: 'tuple',
            items: flattenItems(list.items, context),
            ...origin(call, context)
          }
        : undefined
  ],
  [
    'merge',
    (maps, call, context) => {
      const entries = new Map<string, ObjectEntry>()
      for (const map of maps) {
        if (map.kind === 'null') continue
        if (map.kind !== 'object') return undefined
        for (const [name, entry] of map.entries) entries.set(name, entry)
      }
      return { kind: 'object', entries, ...origin(call, context) }
    }
  ],
  [
    'length',
    ([collection], call, context) => {
      const size =
        collection?.kind === 'tuple'
          ? collection.items.length
          : collection?.kind === 'object'
            ? collection.entries.size
            : collection?.kind === 'string'
              ? [...collection.value].length
              : undefined
      return size === undefined
        ? undefined
        : { kind: 'number', value: size, ...origin(call, context) }
    }
  ],
  ['keys', mapColumn('key')],
  ['values', mapColumn('value')],
  [
    'lookup',
    ([map, key, fallback], call, context) => {
      if (map?.kind !== 'object' || key?.kind !== 'string') return undefined
      return (
        map.entries.get(key.value)?.value ??
        fallback ??
        unknownValue(
          call,
          context,
          `${describeExpression(call)}: there is no key "${key.value}"`
        )
      )
    }
  ]
])

function evaluateCall(node: HclNode, context: EvaluationContext): HclValue {
  const [nameNode, argumentList] = namedChildrenOf(node)
  const name = nameNode?.text ?? ''
  const implementation = FUNCTIONS.get(name)
  if (implementation === undefined)
    return unknownValue(
      node,
      context,
      `the function ${name}() is not evaluated`
    )
  const argumentNodes =
    argumentList?.type === 'function_arguments'
      ? namedChildrenOf(argumentList)
      : []
  if (argumentNodes.some((argument) => argument.type === 'ellipsis'))
    return unknownValue(
      node,
      context,
      'argument expansion ("...") is not evaluated'
    )
  const args: HclValue[] = []
  for (const argument of argumentNodes) {
    const value = evaluate(argument, context)
    if (value.kind === 'unknown') return value
    args.push(value)
  }
  return (
    implementation(args, node, context) ??
    unknownValue(
      node,
      context,
      `${describeExpression(node)} is applied to values the scan cannot list`
    )
  )
}
