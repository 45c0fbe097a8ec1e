import { escapeControlCharacters } from '../control-characters.js'
import {
  isGuid,
  type AppReference,
  type Declaration,
  type SourceLocation,
  RESOURCE_ACCESS_TYPES
} from '../model.js'
import {
  BicepSyntaxError,
  parseBicep,
  type Expression,
  type ObjectLiteral,
  type ParameterDeclaration,
  type ResourceDeclaration,
  type Statement,
  type VariableDeclaration
} from './bicep-syntax.js'
import {
  blankByteOrderMark,
  LineIndex,
  type ManifestProblem,
  type ManifestReader,
  type ReadResult
} from './reader.js'

/** The Microsoft Graph resource types that declare, grant or identify permissions. */
type GraphKind =
  | 'applications'
  | 'servicePrincipals'
  | 'appRoleAssignedTo'
  | 'oauth2PermissionGrants'

const GRAPH_KINDS: readonly GraphKind[] = [
  'applications',
  'servicePrincipals',
  'appRoleAssignedTo',
  'oauth2PermissionGrants'
]

/** `Microsoft.Graph/<type>@<version>`, whichever API version (v1.0, beta). */
const GRAPH_RESOURCE_TYPE = /^Microsoft\.Graph\/([A-Za-z0-9]+)@/i

const ACCESS_TYPE_PROBLEM =
  "\"type\" must be 'Scope' (delegated) or 'Role' (application)"

/**
 * How many expressions one file may take to evaluate. Loops over loops and variables that
 * repeat each other can multiply a small file into billions of values; past this budget
 * the remaining resources are reported as not checked.
 */
const MAX_EVALUATION_STEPS = 1_000_000
/** How deeply evaluation may recurse through references and nested values. */
const MAX_EVALUATION_DEPTH = 200
/** The longest excerpt of the template a message quotes. */
const MAX_EXCERPT_LENGTH = 60

/** Where a value came from, for locations and messages. */
interface Origin {
  /** Offset of the literal, or of the expression that could not be followed. */
  at: number
  /** For a string written without escapes, the offset of its first character. */
  textStart?: number
  /** The outermost reference (a variable, parameter or property) the value was reached by. */
  via?: number
  /** True when the value is (part of) an item of the list a `for` loop runs over. */
  fromLoop?: boolean
}

/** What an expression evaluates to, as far as the template says. */
type Value = Origin &
  (
    | { kind: 'string'; text: string }
    /** A number or a boolean. */
    | { kind: 'scalar'; text: string }
    | { kind: 'null' }
    | { kind: 'array'; items: Value[] }
    /** Evaluated lazily: only the properties the reader asks for are evaluated. */
    | { kind: 'object'; node: ObjectLiteral; scope: Scope | undefined }
    | { kind: 'resource'; symbol: ResourceSymbol }
    /** A property of a resource that only exists once it is deployed (`app.appId`). */
    | {
        kind: 'deployment'
        symbol: ResourceSymbol
        path: string[]
        excerpt: string
      }
    /** Something the scan cannot follow, and why (a clause such as "`x` is a call"). */
    | { kind: 'unresolved'; reason: string }
  )

type StringValue = Extract<Value, { kind: 'string' }>
type ObjectValue = Extract<Value, { kind: 'object' }>

/** Loop variables in effect, innermost first. */
interface Scope {
  name: string
  value: Value
  parent: Scope | undefined
}

/** A declared resource and, for a Graph resource this reader knows, its kind. */
interface ResourceSymbol {
  declaration: ResourceDeclaration
  graphKind: GraphKind | undefined
}

/** What a name at the top level of a template stands for. */
type TemplateSymbol =
  | { kind: 'param'; declaration: ParameterDeclaration }
  | { kind: 'var'; declaration: VariableDeclaration }
  | { kind: 'resource'; symbol: ResourceSymbol }
  | { kind: 'module' }

/** Thrown when a template costs more than MAX_EVALUATION_STEPS to evaluate. */
class EvaluationBudgetExceeded extends Error {
  override name = 'EvaluationBudgetExceeded'
}

/** The Graph kind of a resource type, if it is one this reader knows. */
function graphKindOf(type: string): GraphKind | undefined {
  const name = GRAPH_RESOURCE_TYPE.exec(type)?.[1]?.toLowerCase()
  return GRAPH_KINDS.find((kind) => kind.toLowerCase() === name)
}

/** Text from the template in backticks, safe for any message. */
function quote(text: string): string {
  return `\`${escapeControlCharacters(text.replace(/`/g, "'"))}\``
}

/** An unresolved value at an expression. */
function unresolved(at: { start: number }, reason: string): Value {
  return { kind: 'unresolved', reason, at: at.start }
}

/** The property of an object literal by key: exact, else ignoring case, as ARM does. */
function findProperty(
  node: ObjectLiteral,
  key: string
): ObjectLiteral['properties'][number] | undefined {
  const lower = key.toLowerCase()
  return (
    node.properties.find((property) => property.key === key) ??
    node.properties.find((property) => property.key.toLowerCase() === lower)
  )
}

/**
 * Evaluates template expressions as far as the template itself says: literals, variables,
 * parameter defaults, loops over known lists, object properties, array items and the
 * properties set on resources. Everything else becomes an `unresolved` value that says
 * why; nothing is guessed.
 */
class Evaluator {
  private steps = 0
  private depth = 0
  private readonly inProgress = new Set<string>()
  private readonly evaluated = new Map<string, Value>()

  constructor(
    private readonly text: string,
    private readonly symbols: ReadonlyMap<string, TemplateSymbol>
  ) {}

  /** The template's text of a span: whitespace collapsed, a long one cut short. */
  source(span: { start: number; end: number }): string {
    // Only the start of a large span is looked at, so messages cost the same for any file.
    const end = Math.min(span.end, span.start + MAX_EXCERPT_LENGTH * 4)
    const source = this.text.slice(span.start, end).replace(/\s+/g, ' ')
    return source.length > MAX_EXCERPT_LENGTH || end < span.end
      ? `${source.slice(0, MAX_EXCERPT_LENGTH)}…`
      : source
  }

  /** The template's text of a span, quoted for a message. */
  excerpt(span: { start: number; end: number }): string {
    return quote(this.source(span))
  }

  /**
   * Evaluates an expression with the loop variables in `scope`.
   * @throws EvaluationBudgetExceeded when the template is too costly to evaluate.
   */
  evaluate(expression: Expression, scope: Scope | undefined): Value {
    this.spend(1)
    if (this.depth >= MAX_EVALUATION_DEPTH)
      return unresolved(
        expression,
        `${this.excerpt(expression)} nests references too deeply to follow`
      )
    this.depth++
    try {
      return this.evaluateNode(expression, scope)
    } finally {
      this.depth--
    }
  }

  /** Counts work against the budget: each expression, and each item a spread copies. */
  private spend(steps: number): void {
    this.steps += steps
    if (this.steps > MAX_EVALUATION_STEPS) throw new EvaluationBudgetExceeded()
  }

  /**
   * A property of an object value: undefined when the object does not set it, unresolved
   * when a spread (`...other`) might.
   */
  property(object: ObjectValue, key: string): Value | undefined {
    const property = findProperty(object.node, key)
    if (property === undefined) {
      const spread = object.node.spreads[0]
      return spread === undefined
        ? undefined
        : unresolved(
            spread,
            `${this.excerpt(spread)} may set ${quote(key)}, and the scan does not follow spreads`
          )
    }
    const value = this.evaluate(property.value, object.scope)
    return object.fromLoop ? { ...value, fromLoop: true } : value
  }

  /**
   * A property of a resource: what the template sets (an `existing` resource's `appId`, an
   * application's `displayName`), else a value known only after deployment.
   */
  resourceProperty(
    symbol: ResourceSymbol,
    key: string,
    at: { start: number; end: number }
  ): Value {
    const body = symbol.declaration.value
    const property =
      body.kind === 'object' ? findProperty(body, key) : undefined
    if (property === undefined)
      return {
        kind: 'deployment',
        symbol,
        path: [key],
        excerpt: this.excerpt(at),
        at: at.start
      }
    return this.evaluateOnce(
      `resource ${symbol.declaration.name}.${key}`,
      property.value,
      at
    )
  }

  /** Why a value cannot be known from the template; undefined for a known value. */
  unknownReason(value: Value): string | undefined {
    if (value.kind === 'unresolved') return value.reason
    if (value.kind === 'deployment')
      return value.symbol.declaration.existing
        ? `${value.excerpt} is looked up in the tenant at deployment`
        : `${value.excerpt} is known only after deployment`
    return undefined
  }

  private evaluateNode(
    expression: Expression,
    scope: Scope | undefined
  ): Value {
    const at = expression.start
    switch (expression.kind) {
      case 'string':
        return {
          kind: 'string',
          text: expression.value,
          at,
          textStart: expression.verbatim ? expression.valueStart : undefined
        }
      case 'literal':
        return expression.value === null
          ? { kind: 'null', at }
          : { kind: 'scalar', text: String(expression.value), at }
      case 'object':
        return { kind: 'object', node: expression, scope, at }
      case 'template':
        return this.evaluateTemplate(expression, scope)
      case 'array': {
        const items: Value[] = []
        for (const item of expression.items) {
          if (item.kind !== 'spread') {
            items.push(this.evaluate(item, scope))
            continue
          }
          const spread = this.evaluate(item.value, scope)
          if (spread.kind !== 'array') {
            items.push(this.notA('list', spread, item.value))
            continue
          }
          this.spend(spread.items.length)
          for (const each of spread.items) items.push(each)
        }
        return { kind: 'array', items, at }
      }
      case 'for':
        return this.evaluateFor(expression, scope)
      case 'identifier':
        return this.evaluateName(expression, scope)
      case 'member': {
        const target = this.evaluate(expression.target, scope)
        return this.derived(
          this.member(target, expression.name, expression),
          expression,
          target
        )
      }
      case 'index':
        return this.evaluateIndex(expression, scope)
      case 'operation':
        // A non-null assertion (`x!`) leaves the value as it is.
        if (
          expression.operator === '!!' &&
          expression.operands[0] !== undefined
        )
          return this.evaluate(expression.operands[0], scope)
        return unresolved(
          expression,
          `${this.excerpt(expression)} is an expression the scan does not evaluate`
        )
      case 'call':
        return unresolved(
          expression,
          `${this.excerpt(expression)} is a function call, which the scan does not evaluate`
        )
      case 'lambda':
        return unresolved(
          expression,
          `${this.excerpt(expression)} is a function, not a value`
        )
    }
  }

  private evaluateTemplate(
    expression: Extract<Expression, { kind: 'template' }>,
    scope: Scope | undefined
  ): Value {
    const pieces: string[] = [expression.parts[0] ?? '']
    for (const [index, hole] of expression.holes.entries()) {
      const value = this.evaluate(hole, scope)
      if (value.kind !== 'string' && value.kind !== 'scalar')
        return this.notA('string', value, hole)
      pieces.push(value.text, expression.parts[index + 1] ?? '')
    }
    return { kind: 'string', text: pieces.join(''), at: expression.start }
  }

  private evaluateFor(
    expression: Extract<Expression, { kind: 'for' }>,
    scope: Scope | undefined
  ): Value {
    const source = this.evaluate(expression.source, scope)
    if (source.kind !== 'array')
      return this.notA('list', source, expression.source)
    // Every item is read whatever the loop's condition says: any of them may be deployed.
    const items = source.items.map((item, index): Value => {
      let inner: Scope = {
        name: expression.item,
        value: { ...item, fromLoop: true },
        parent: scope
      }
      if (expression.index !== undefined)
        inner = {
          name: expression.index,
          value: {
            kind: 'scalar',
            text: String(index),
            at: expression.start,
            fromLoop: true
          },
          parent: inner
        }
      return this.evaluate(expression.body, inner)
    })
    return { kind: 'array', items, at: expression.start }
  }

  private evaluateName(
    expression: Extract<Expression, { kind: 'identifier' }>,
    scope: Scope | undefined
  ): Value {
    const { name } = expression
    for (let inner = scope; inner !== undefined; inner = inner.parent)
      if (inner.name === name) return inner.value
    const symbol = this.symbols.get(name)
    switch (symbol?.kind) {
      case undefined:
        return unresolved(
          expression,
          `${quote(name)} is not declared in this file`
        )
      case 'module':
        return unresolved(
          expression,
          `${quote(name)} is a module, whose outputs the scan does not follow`
        )
      case 'resource':
        return { kind: 'resource', symbol: symbol.symbol, at: expression.start }
      case 'param': {
        const { defaultValue } = symbol.declaration
        if (defaultValue === undefined)
          return unresolved(
            expression,
            `the parameter ${quote(name)} has no default value`
          )
        return this.withVia(
          this.evaluateOnce(`param ${name}`, defaultValue, expression),
          expression.start
        )
      }
      case 'var':
        return this.withVia(
          this.evaluateOnce(
            `var ${name}`,
            symbol.declaration.value,
            expression
          ),
          expression.start
        )
    }
  }

  private evaluateIndex(
    expression: Extract<Expression, { kind: 'index' }>,
    scope: Scope | undefined
  ): Value {
    const target = this.evaluate(expression.target, scope)
    const index = this.evaluate(expression.index, scope)
    let result: Value
    if (target.kind === 'unresolved') result = target
    else if (index.kind === 'unresolved') result = index
    else if (
      target.kind === 'array' &&
      index.kind === 'scalar' &&
      /^\d+$/.test(index.text)
    )
      result =
        target.items[Number(index.text)] ??
        unresolved(
          expression,
          `${this.excerpt(expression.target)} has no item ${index.text}`
        )
    else if (target.kind === 'object' && index.kind === 'string')
      result =
        this.property(target, index.text) ??
        unresolved(
          expression,
          `${this.excerpt(expression.target)} has no property ${quote(index.text)}`
        )
    else if (target.kind === 'deployment' || target.kind === 'resource')
      result = {
        kind: 'deployment',
        symbol: target.symbol,
        path: target.kind === 'deployment' ? [...target.path, '[]'] : ['[]'],
        excerpt: this.excerpt(expression),
        at: expression.start
      }
    else
      result = unresolved(
        expression,
        `${this.excerpt(expression)} indexes a value that is not a list or an object`
      )
    return this.derived(result, expression, target, index)
  }

  private member(
    target: Value,
    name: string,
    expression: Extract<Expression, { kind: 'member' }>
  ): Value {
    switch (target.kind) {
      case 'unresolved':
        return target
      case 'object':
        return (
          this.property(target, name) ??
          unresolved(
            expression,
            `${this.excerpt(expression.target)} has no property ${quote(name)}`
          )
        )
      case 'resource':
        return this.resourceProperty(target.symbol, name, expression)
      case 'deployment':
        return {
          ...target,
          path: [...target.path, name],
          excerpt: this.excerpt(expression),
          at: expression.start
        }
      default:
        return unresolved(
          expression,
          `${this.excerpt(expression.target)} has no property ${quote(name)}`
        )
    }
  }

  /**
   * A value reached through member access or indexing: it keeps the loop origin of its
   * parts, or else records the access as the reference it was reached by.
   */
  private derived(
    result: Value,
    expression: Expression,
    ...parts: Value[]
  ): Value {
    return parts.some((part) => part.fromLoop === true)
      ? { ...result, fromLoop: true }
      : this.withVia(result, expression.start)
  }

  private withVia(value: Value, offset: number): Value {
    return value.fromLoop === true ? value : { ...value, via: offset }
  }

  /** Evaluates a declaration's value once, however often it is referenced. */
  private evaluateOnce(
    key: string,
    expression: Expression,
    reference: { start: number; end: number }
  ): Value {
    const known = this.evaluated.get(key)
    if (known !== undefined) return known
    if (this.inProgress.has(key))
      return unresolved(
        reference,
        `${this.excerpt(reference)} is defined in terms of itself`
      )
    this.inProgress.add(key)
    try {
      const value = this.evaluate(expression, undefined)
      this.evaluated.set(key, value)
      return value
    } finally {
      this.inProgress.delete(key)
    }
  }

  /** Turns a value of the wrong kind into an unresolved one that says what it is. */
  private notA(
    wanted: 'list' | 'string',
    value: Value,
    expression: Expression
  ): Value {
    const reason = this.unknownReason(value)
    if (reason !== undefined)
      return { kind: 'unresolved', reason, at: value.at }
    return unresolved(
      expression,
      `${this.excerpt(expression)} is not a ${wanted}`
    )
  }
}

/** How many variables deep an app role lookup is followed. */
const MAX_UNFOLDED_VARIABLES = 8

/**
 * When `expression` is `filter(sp.appRoles, role => role.value == name)[0].id` (or the
 * `first(filter(...)).id` form), the usual way to assign an app role by name in Bicep:
 * the expression giving the name. Undefined for anything else.
 */
function appRoleNameExpression(
  expression: Expression,
  variable: (name: string) => Expression | undefined
): Expression | undefined {
  // Templates often split the lookup over variables (`var roles = graph.appRoles`,
  // `var role = filter(roles, …)[0]`): each part may be a variable's name.
  const unfold = (part: Expression | undefined): Expression | undefined => {
    let unfolded = part
    for (
      let depth = 0;
      unfolded?.kind === 'identifier' && depth < MAX_UNFOLDED_VARIABLES;
      depth++
    )
      unfolded = variable(unfolded.name) ?? unfolded
    return unfolded
  }
  if (expression.kind !== 'member' || expression.name !== 'id') return undefined
  const list = unfold(expression.target) as Expression
  let call: Expression | undefined
  if (
    list.kind === 'index' &&
    list.index.kind === 'literal' &&
    list.index.value === 0
  )
    call = list.target
  else if (isCallOf(list, 'first') && list.args.length === 1)
    call = list.args[0]
  call = unfold(call)
  if (call === undefined || !isCallOf(call, 'filter')) return undefined
  const [listed, predicate] = call.args
  const source = unfold(listed)
  if (
    source?.kind !== 'member' ||
    source.name !== 'appRoles' ||
    predicate?.kind !== 'lambda' ||
    predicate.parameters.length !== 1 ||
    predicate.body.kind !== 'operation' ||
    (predicate.body.operator !== '==' && predicate.body.operator !== '=~')
  )
    return undefined
  const role = predicate.parameters[0]
  const isRoleValue = (operand: Expression | undefined): boolean =>
    operand?.kind === 'member' &&
    operand.name === 'value' &&
    operand.target.kind === 'identifier' &&
    operand.target.name === role
  const [left, right] = predicate.body.operands
  if (isRoleValue(left)) return right
  if (isRoleValue(right)) return left
  return undefined
}

function isCallOf(
  expression: Expression,
  name: string
): expression is Extract<Expression, { kind: 'call' }> {
  return (
    expression.kind === 'call' &&
    expression.callee.kind === 'identifier' &&
    expression.callee.name === name
  )
}

/** Reads the Graph permissions of one parsed template. */
class TemplateReader {
  private readonly declarations: Declaration[] = []
  private readonly problems: ManifestProblem[] = []
  private readonly unresolved: ManifestProblem[] = []
  /** Notices already given, by place and message: a shared variable is reported once. */
  private readonly noticed = new Set<string>()
  private readonly resources: ResourceSymbol[] = []
  private readonly symbols = new Map<string, TemplateSymbol>()
  private readonly evaluator: Evaluator

  constructor(
    private readonly lines: LineIndex,
    text: string,
    statements: readonly Statement[]
  ) {
    const { symbols } = this
    for (const statement of statements) {
      if (symbols.has(statement.name)) {
        this.problem(
          statement.start,
          `${quote(statement.name)} is declared more than once`
        )
        continue
      }
      if (statement.kind === 'resource') {
        const symbol = {
          declaration: statement,
          graphKind: graphKindOf(statement.type)
        }
        this.resources.push(symbol)
        symbols.set(statement.name, { kind: 'resource', symbol })
      } else if (statement.kind === 'module')
        symbols.set(statement.name, { kind: 'module' })
      else if (statement.kind === 'param')
        symbols.set(statement.name, { kind: 'param', declaration: statement })
      else symbols.set(statement.name, { kind: 'var', declaration: statement })
    }
    this.evaluator = new Evaluator(text, symbols)
  }

  /** The expression a template variable stands for, unless a loop variable hides it. */
  private variableValue(
    name: string,
    scope: Scope | undefined
  ): Expression | undefined {
    for (let inner = scope; inner !== undefined; inner = inner.parent)
      if (inner.name === name) return undefined
    const symbol = this.symbols.get(name)
    return symbol?.kind === 'var' ? symbol.declaration.value : undefined
  }

  read(): ReadResult {
    for (const symbol of this.resources) {
      const { declaration, graphKind } = symbol
      // An existing resource only looks something up; a service principal grants nothing.
      if (
        declaration.existing ||
        graphKind === undefined ||
        graphKind === 'servicePrincipals'
      )
        continue
      try {
        for (const body of this.bodiesOf(declaration)) {
          if (graphKind === 'applications')
            this.readApplication(declaration, body)
          else if (graphKind === 'appRoleAssignedTo')
            this.readAssignment(declaration, body)
          else this.readGrant(declaration, body)
        }
      } catch (error) {
        if (!(error instanceof EvaluationBudgetExceeded)) throw error
        this.notice(
          declaration.start,
          `${quote(declaration.name)} is not checked: the template takes more than ${MAX_EVALUATION_STEPS} steps to evaluate`
        )
      }
    }
    return {
      declarations: this.declarations,
      problems: this.problems,
      unresolved: this.unresolved
    }
  }

  /** The object (or, for a resource loop, each object) a resource is declared with. */
  private bodiesOf(declaration: ResourceDeclaration): ObjectValue[] {
    const value = this.evaluator.evaluate(declaration.value, undefined)
    const subject = quote(declaration.name)
    if (value.kind === 'object') return [value]
    const items = this.expect(
      value,
      'array',
      subject,
      `${subject} must be declared with an object`
    )
    return (items?.items ?? []).flatMap((item) => {
      const body = this.expect(
        item,
        'object',
        subject,
        `each item of the loop of ${subject} must be an object`
      )
      return body === undefined ? [] : [body]
    })
  }

  private readApplication(
    declaration: ResourceDeclaration,
    body: ObjectValue
  ): void {
    const app: AppReference = { name: this.applicationName(declaration, body) }
    const subject = (field: string): string =>
      `"${field}" of ${quote(declaration.name)}`
    const required = this.evaluator.property(body, 'requiredResourceAccess')
    if (required === undefined || required.kind === 'null') return
    const list = this.expect(
      required,
      'array',
      subject('requiredResourceAccess'),
      '"requiredResourceAccess" must be an array'
    )
    for (const item of list?.items ?? []) {
      const entry = this.expect(
        item,
        'object',
        subject('requiredResourceAccess'),
        'each "requiredResourceAccess" entry must be an object'
      )
      if (entry === undefined) continue
      const resourceAppId = this.requiredString(
        entry,
        'resourceAppId',
        subject('resourceAppId'),
        'each "requiredResourceAccess" entry needs a "resourceAppId" string: the API\'s appId'
      )
      if (resourceAppId === undefined) continue
      const accessValue = this.evaluator.property(entry, 'resourceAccess')
      if (accessValue === undefined) {
        this.problem(entry.at, '"resourceAccess" must be an array')
        continue
      }
      const accessList = this.expect(
        accessValue,
        'array',
        subject('resourceAccess'),
        '"resourceAccess" must be an array'
      )
      for (const accessItem of accessList?.items ?? []) {
        const access = this.expect(
          accessItem,
          'object',
          subject('resourceAccess'),
          'each "resourceAccess" entry must be an object'
        )
        if (access === undefined) continue
        const id = this.requiredString(
          access,
          'id',
          subject('id'),
          'each "resourceAccess" entry needs an "id" string: the permission\'s GUID'
        )
        const typeName = this.requiredString(
          access,
          'type',
          subject('type'),
          ACCESS_TYPE_PROBLEM
        )
        if (id === undefined || typeName === undefined) continue
        const type = RESOURCE_ACCESS_TYPES.get(typeName.text)
        if (type === undefined) {
          this.problem(typeName.at, ACCESS_TYPE_PROBLEM)
          continue
        }
        // Graph takes only GUIDs here: a name is reported as an invalid GUID, not looked up.
        this.declare(
          {
            app,
            resourceAppId: resourceAppId.text,
            reference: id.text,
            referenceKind: 'id',
            type,
            kind: 'required'
          },
          id
        )
      }
    }
  }

  private readAssignment(
    declaration: ResourceDeclaration,
    body: ObjectValue
  ): void {
    const subject = `"appRoleId" of ${quote(declaration.name)}`
    const property = findProperty(body.node, 'appRoleId')
    if (property === undefined) {
      this.problem(
        body.at,
        `${quote(declaration.name)} needs "appRoleId": the GUID of the app role it assigns`
      )
      return
    }
    // The role is evaluated even when the API is not known, so each value that cannot be
    // followed gets its own notice.
    const resourceAppId = this.apiOf(declaration, body)
    const app = this.principal(declaration, body, 'principalId')
    const roleName = appRoleNameExpression(property.value, (name) =>
      this.variableValue(name, body.scope)
    )
    const value = this.evaluator.evaluate(
      roleName ?? property.value,
      body.scope
    )
    const role = this.expect(
      value,
      'string',
      subject,
      roleName === undefined
        ? '"appRoleId" must be a string: the GUID of the app role'
        : 'the app role name that "appRoleId" looks up must be a string'
    )
    // A lookup split over variables is reported at the property that uses it.
    const viaVariables =
      roleName !== undefined &&
      (roleName.start < property.value.start ||
        roleName.start >= property.value.end)
    if (role !== undefined && resourceAppId !== undefined)
      this.declare(
        {
          app,
          resourceAppId,
          reference: role.text,
          referenceKind: roleName === undefined ? 'id' : 'name',
          type: 'application',
          kind: 'granted'
        },
        viaVariables
          ? { ...role, via: property.value.start, fromLoop: false }
          : role
      )
  }

  private readGrant(declaration: ResourceDeclaration, body: ObjectValue): void {
    const resourceAppId = this.apiOf(declaration, body)
    if (resourceAppId === undefined) return
    const app = this.principal(declaration, body, 'clientId')
    const value = this.evaluator.property(body, 'scope')
    if (value === undefined || value.kind === 'null') return
    const scope = this.expect(
      value,
      'string',
      `"scope" of ${quote(declaration.name)}`,
      '"scope" must be a string: delegated permission names separated by spaces'
    )
    if (scope === undefined) return
    for (const name of scope.text.matchAll(/\S+/g))
      this.declare(
        {
          app,
          resourceAppId,
          reference: name[0],
          referenceKind: 'name',
          type: 'delegated',
          kind: 'granted'
        },
        scope,
        name.index
      )
  }

  /**
   * The appId of the API a grant or assignment is on. `resourceId` is a service principal's
   * object id, which differs in every tenant, so only a reference to a service principal
   * declared with its `appId` says which API it is.
   */
  private apiOf(
    declaration: ResourceDeclaration,
    body: ObjectValue
  ): string | undefined {
    const subject = `"resourceId" of ${quote(declaration.name)}`
    const value = this.evaluator.property(body, 'resourceId')
    if (value === undefined) {
      this.problem(
        body.at,
        `${quote(declaration.name)} needs "resourceId": the id of the API's service principal`
      )
      return undefined
    }
    if (value.kind === 'string') {
      this.notice(
        value.via ?? value.at,
        `${subject} is not checked: it is a service principal's object id, which differs in every tenant; refer to an existing Microsoft.Graph/servicePrincipals resource declared with the API's appId instead`
      )
      return undefined
    }
    if (
      value.kind === 'deployment' &&
      value.symbol.graphKind === 'servicePrincipals' &&
      value.path.length === 1 &&
      value.path[0] === 'id'
    ) {
      const { declaration: principal } = value.symbol
      // The service principal of an app the template creates has no appId until deployment.
      const appId = this.evaluator.resourceProperty(value.symbol, 'appId', {
        start: value.at,
        end: value.at + principal.name.length
      })
      return this.expect(
        appId,
        'string',
        subject,
        `the "appId" of ${quote(principal.name)} must be a string`
      )?.text
    }
    return this.expect(
      value,
      'string',
      subject,
      `${subject} must be the id of the API's service principal`
    )?.text
  }

  /**
   * The app that receives a grant or assignment, from `principalId` or `clientId`: the
   * application or managed identity the template names, else the expression as written.
   */
  private principal(
    declaration: ResourceDeclaration,
    body: ObjectValue,
    field: string
  ): AppReference {
    const property = findProperty(body.node, field)
    if (property === undefined) return { name: declaration.name }
    const value = this.evaluator.evaluate(property.value, body.scope)
    if (value.kind === 'string') return { name: value.text }
    if (value.kind !== 'deployment')
      return { name: this.evaluator.source(property.value) }
    const { symbol } = value
    if (symbol.graphKind === 'servicePrincipals') {
      const appId = this.evaluator.resourceProperty(
        symbol,
        'appId',
        property.value
      )
      if (appId.kind === 'string')
        return isGuid(appId.text) ? { appId: appId.text } : { name: appId.text }
      if (
        appId.kind === 'deployment' &&
        appId.symbol.graphKind === 'applications'
      )
        return { name: this.applicationName(appId.symbol.declaration) }
      return { name: symbol.declaration.name }
    }
    if (symbol.graphKind === 'applications')
      return { name: this.applicationName(symbol.declaration) }
    // A managed identity or another Azure resource's identity, by the name it is given.
    const name = this.evaluator.resourceProperty(symbol, 'name', property.value)
    return {
      name: name.kind === 'string' ? name.text : symbol.declaration.name
    }
  }

  /** An application's displayName, else its uniqueName, else its symbolic name. */
  private applicationName(
    declaration: ResourceDeclaration,
    body?: ObjectValue
  ): string {
    const symbol = { declaration, graphKind: 'applications' as const }
    for (const key of ['displayName', 'uniqueName']) {
      const value =
        body === undefined
          ? this.evaluator.resourceProperty(symbol, key, declaration)
          : this.evaluator.property(body, key)
      if (value?.kind === 'string') return value.text
    }
    return declaration.name
  }

  /** A string property that must be present; undefined after reporting why it is not. */
  private requiredString(
    object: ObjectValue,
    key: string,
    subject: string,
    problem: string
  ): StringValue | undefined {
    const value = this.evaluator.property(object, key)
    if (value !== undefined)
      return this.expect(value, 'string', subject, problem)
    this.problem(object.at, problem)
    return undefined
  }

  /**
   * The value when it is of the kind wanted. Otherwise undefined, after a notice when the
   * template does not say what it is, or a problem when it says something else.
   */
  private expect<K extends Value['kind']>(
    value: Value,
    kind: K,
    subject: string,
    problem: string
  ): Extract<Value, { kind: K }> | undefined {
    if (value.kind === kind) return value as Extract<Value, { kind: K }>
    const reason = this.evaluator.unknownReason(value)
    if (reason === undefined) this.problem(value.at, problem)
    else this.notice(value.at, `${subject} is not checked: ${reason}`)
    return undefined
  }

  private declare(
    declaration: Omit<Declaration, 'format' | 'location' | 'definedAt'>,
    value: StringValue,
    offsetInText = 0
  ): void {
    const literal = this.lines.locate(
      value.textStart === undefined ? value.at : value.textStart + offsetInText
    )
    const viaReference = value.via !== undefined && value.fromLoop !== true
    const location: SourceLocation = viaReference
      ? this.lines.locate(value.via as number)
      : literal
    this.declarations.push({
      ...declaration,
      format: 'bicep-graph',
      location,
      ...(viaReference ? { definedAt: literal } : {})
    })
  }

  private problem(offset: number, message: string): void {
    this.problems.push({ message, location: this.lines.locate(offset) })
  }

  private notice(offset: number, message: string): void {
    const key = `${offset}|${message}`
    if (this.noticed.has(key)) return
    this.noticed.add(key)
    this.unresolved.push({ message, location: this.lines.locate(offset) })
  }
}

/**
 * Reads the Microsoft Graph permissions a Bicep template declares with the Microsoft Graph
 * extension: `Microsoft.Graph/applications` (`requiredResourceAccess`, required),
 * `Microsoft.Graph/appRoleAssignedTo` (application permissions granted) and
 * `Microsoft.Graph/oauth2PermissionGrants` (delegated permissions granted). The API of a
 * grant is found through the `existing` service principal its `resourceId` refers to.
 * Variables, parameter defaults, loops over known lists and interpolations of known values
 * are followed; anything else is reported as unresolved where it stands.
 */
export const bicepGraphReader = {
  id: 'bicep-graph',
  format: 'Bicep (Microsoft Graph extension)',

  considers(path) {
    return /\.bicep$/i.test(path)
  },

  // Templates without a Graph resource cannot declare Graph permissions.
  accepts(path, text) {
    return this.considers(path) && /'Microsoft\.Graph\//i.test(text)
  },

  read(path, rawText): ReadResult {
    const lines = new LineIndex(path, rawText)
    const text = blankByteOrderMark(rawText)
    let statements: Statement[]
    try {
      statements = parseBicep(text)
    } catch (error) {
      if (!(error instanceof BicepSyntaxError)) throw error
      return {
        declarations: [],
        problems: [
          {
            message: `Bicep syntax error: ${error.message}`,
            location: lines.locate(error.offset)
          }
        ]
      }
    }
    return new TemplateReader(lines, text, statements).read()
  }
} satisfies ManifestReader
