import type { PermissionType } from '../model.js'
import { PUBLISHED_APP_IDS } from './azuread-published-app-ids.js'
import {
  elementsOf,
  evaluate,
  objectValue,
  unknownValue,
  type Environment,
  type EvaluationContext,
  type External,
  type HclValue,
  type TraversalStep
} from './hcl/evaluate.js'
import type { HclNode } from './hcl/parser.js'
import {
  attributesIn,
  describeExpression,
  type HclAttribute,
  type HclBlock
} from './hcl/syntax.js'

/*
 * What references mean in a Terraform module that uses the azuread provider: `local.x`,
 * `var.x`, resources and data sources, and the provider's permission maps
 * (`app_role_ids["Name"]`) and published app ids, as values the HCL evaluator can follow.
 */

/** The attributes of a service principal or application that map permission names to ids. */
const PERMISSION_MAPS = new Map<string, PermissionType>([
  ['app_role_ids', 'application'],
  ['oauth2_permission_scope_ids', 'delegated']
])

/** The client id of an app, named `application_id` before version 3 of the provider. */
const CLIENT_ID_ATTRIBUTES = ['client_id', 'application_id']

/** Resource types that create an app registration, whose client id is known only after apply. */
export const APPLICATION_TYPES = new Set([
  'azuread_application',
  'azuread_application_registration'
])

/** The definitions of one module (the files of a folder) that references resolve to. */
export interface TerraformModule {
  locals: Map<string, HclAttribute>
  variables: Map<string, HclBlock>
  /** Values given to variables by terraform.tfvars and *.auto.tfvars, the last one kept. */
  variableValues: Map<string, HclAttribute>
  /** Files of the module that could not be parsed, whose definitions are missing. */
  unparsed: string[]
  /** For a module read as another module calls it: the `module` block's arguments. */
  caller?: ModuleCaller
  /** Managed resources by `type.name`. */
  resources: Map<string, HclBlock>
  /** Data sources by `type.name`. */
  dataSources: Map<string, HclBlock>
}

/** A `module` block calling a module: where its arguments are evaluated. */
export interface ModuleCaller {
  /** The instance's address, `module.sync` or `module.sync["dev"]`. */
  address: string
  /** The block's arguments by name: the values of the called module's variables. */
  arguments: Map<string, HclAttribute>
  /** The calling module, where the arguments' references resolve. */
  environment: Environment
  /** `each` of the calling block's instance. */
  scope: ReadonlyMap<string, HclValue>
}

/**
 * Evaluates a referenced definition (a local, a variable default, an argument of another
 * block) in its own scope, reporting what it yields at the outermost reference.
 */
function evaluateReference(
  reference: string,
  expression: HclNode,
  where: HclNode,
  context: EvaluationContext,
  scope: ReadonlyMap<string, HclValue> = new Map()
): HclValue {
  if (context.resolving.has(reference))
    return unknownValue(where, context, `${reference} refers to itself`)
  return evaluate(expression, {
    ...context,
    scope: new Map(scope),
    site: context.site ?? where,
    resolving: new Set([...context.resolving, reference])
  })
}

/** An external value of this reader, which can say why it is not a literal. */
export abstract class TerraformValue implements External {
  /** Why the value cannot stand where a literal was expected. */
  abstract readonly unresolved: string

  abstract follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue
}

/** Wraps an external value as a located value. */
function external(
  value: TerraformValue,
  at: HclNode,
  context: EvaluationContext,
  site = context.site
): HclValue {
  return { kind: 'external', external: value, at, site }
}

/** A step that indexes by a name (`.x` or `["x"]`): the name, and where it is written. */
interface NamedStep {
  name: string
  at: HclNode
  site?: HclNode
}

/**
 * The name a traversal step indexes by, or the value to return instead: the unknown value
 * the index carries, or a new one saying the index is not a name.
 * @param expected What the index should be, for the message ("a permission name").
 */
function namedStep(
  step: TraversalStep,
  where: HclNode,
  context: EvaluationContext,
  expected: string
): NamedStep | HclValue {
  const key = step.kind === 'attribute' ? step.name : step.key
  if (typeof key === 'string')
    return { name: key, at: where, site: context.site }
  if (key.kind === 'unknown') return key
  if (key.kind !== 'string')
    return unknownValue(
      where,
      context,
      `${describeExpression(where)} is not indexed by ${expected}`
    )
  return { name: key.value, at: key.at, site: key.site }
}

/** `local`, `var`, `data`, `data.<type>` and `<resource type>`: prefixes of an address. */
class Namespace extends TerraformValue {
  constructor(
    readonly prefix: string,
    private readonly next: (
      name: string,
      where: HclNode,
      context: EvaluationContext
    ) => HclValue
  ) {
    super()
  }

  get incomplete(): string {
    return `${this.prefix} is not a value`
  }

  get unresolved(): string {
    return this.incomplete
  }

  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    if (step.kind !== 'attribute')
      return unknownValue(
        where,
        context,
        `${describeExpression(where)} is not a valid reference`
      )
    return this.next(step.name, where, context)
  }
}

/** One instance of a resource with `for_each`: its key, and `each` for its arguments. */
interface InstanceOf {
  key: string
  each: HclValue
}

/** A resource or data source of the module, or one instance of it, as a reference target. */
export class Entity extends TerraformValue {
  constructor(
    readonly mode: 'managed' | 'data',
    readonly type: string,
    readonly name: string,
    readonly block: HclBlock,
    private readonly instance?: InstanceOf
  ) {
    super()
  }

  get address(): string {
    const key =
      this.instance === undefined
        ? ''
        : `[${JSON.stringify(this.instance.key)}]`
    return `${this.mode === 'data' ? 'data.' : ''}${this.type}.${this.name}${key}`
  }

  get unresolved(): string {
    return `${this.address} is a whole ${this.mode === 'data' ? 'data source' : 'resource'}`
  }

  /** The value of the first of these arguments the block writes, if it writes one. */
  argument(
    names: readonly string[],
    where: HclNode,
    context: EvaluationContext
  ): HclValue | undefined {
    const attributes = attributesIn(this.block.body)
    for (const name of names) {
      const written = attributes.get(name)
      if (written !== undefined)
        return evaluateReference(
          `${this.address}.${name}`,
          written.expression,
          where,
          context,
          new Map(
            this.instance === undefined ? [] : [['each', this.instance.each]]
          )
        )
    }
    return undefined
  }

  /**
   * The API this service principal or application stands for: its client id, or for a
   * data source looked up by name, that display name (the scan maps names to appIds).
   */
  resource(where: HclNode, context: EvaluationContext): HclValue {
    if (this.mode === 'managed' && APPLICATION_TYPES.has(this.type))
      return unknownValue(
        where,
        context,
        `${this.address} is an app this configuration creates, whose client id is known only after apply`
      )
    const byId = this.argument(CLIENT_ID_ATTRIBUTES, where, context)
    if (byId !== undefined) return byId
    const byName =
      this.mode === 'data'
        ? this.argument(['display_name'], where, context)
        : undefined
    if (byName !== undefined) return byName
    return unknownValue(
      where,
      context,
      attributesIn(this.block.body).has('object_id')
        ? `${this.address} is looked up by object id, which differs per tenant`
        : `${this.address} does not name its app by client id`
    )
  }

  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    if (step.kind !== 'attribute') return this.instanceAt(step, where, context)
    const permissionType = PERMISSION_MAPS.get(step.name)
    if (permissionType !== undefined)
      return external(
        new PermissionMap(this, permissionType, step.name),
        where,
        context
      )
    if (step.name === 'object_id' || step.name === 'id')
      return external(new ObjectReference(this, step.name), where, context)
    if (CLIENT_ID_ATTRIBUTES.includes(step.name))
      return this.resource(where, context)
    return (
      this.argument([step.name], where, context) ??
      unknownValue(
        where,
        context,
        this.mode === 'data'
          ? `${this.address}.${step.name} is read from Entra ID at plan time`
          : `${this.address}.${step.name} is known only after apply`
      )
    )
  }

  /**
   * One instance of a resource with `for_each` (`azuread_service_principal.api["key"]`),
   * when its collection and the key are known; `count` instances are not followed.
   */
  private instanceAt(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    const forEach = attributesIn(this.block.body).get('for_each')
    if (forEach === undefined)
      return unknownValue(
        where,
        context,
        `${describeExpression(where)}: instances of a resource with count are not followed`
      )
    const named = namedStep(step, where, context, 'an instance key')
    if ('kind' in named) return named
    const collection = evaluateReference(
      `${this.address}.for_each`,
      forEach.expression,
      where,
      context
    )
    if (collection.kind === 'unknown') return collection
    const elements = elementsOf(collection) ?? []
    for (const element of elements) {
      // A set's elements are their own keys.
      const key = collection.kind === 'tuple' ? element.value : element.key
      if (key.kind !== 'string' || key.value !== named.name) continue
      return external(
        new Entity(this.mode, this.type, this.name, this.block, {
          key: named.name,
          each: objectValue(forEach.expression, { key, value: element.value })
        }),
        where,
        context
      )
    }
    return unknownValue(
      where,
      context,
      `${this.address} has no instance ${JSON.stringify(named.name)} with the values in this module`
    )
  }
}

/** `…app_role_ids` or `…oauth2_permission_scope_ids` of a service principal or application. */
class PermissionMap extends TerraformValue {
  constructor(
    readonly owner: Entity,
    readonly permissionType: PermissionType,
    readonly attribute: string
  ) {
    super()
  }

  get unresolved(): string {
    return `${this.owner.address}.${this.attribute} lists the API's permissions only at plan time`
  }

  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    const named = namedStep(step, where, context, 'a permission name')
    if ('kind' in named) return named
    // The name is the permission token: report it where the name is written.
    const { name, at, site } = named
    return external(
      new PermissionReference(
        this.owner,
        this.permissionType,
        this.attribute,
        name
      ),
      at,
      context,
      site
    )
  }
}

/** A permission named through `app_role_ids["Name"]` or `oauth2_permission_scope_ids["Name"]`. */
export class PermissionReference extends TerraformValue {
  constructor(
    readonly owner: Entity,
    readonly permissionType: PermissionType,
    /** The map it was looked up in: `app_role_ids` or `oauth2_permission_scope_ids`. */
    readonly attribute: string,
    readonly name: string
  ) {
    super()
  }

  get unresolved(): string {
    return `the id of ${this.name} is read from Entra ID at plan time`
  }

  follow(
    _step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    return unknownValue(
      where,
      context,
      `${describeExpression(where)} indexes a permission id`
    )
  }
}

/** `.object_id` or `.id` of a resource or data source: who a grant is for or from. */
export class ObjectReference extends TerraformValue {
  constructor(
    readonly owner: Entity,
    readonly attribute: string
  ) {
    super()
  }

  get unresolved(): string {
    return `${this.owner.address}.${this.attribute} is an object id, which is known only in the tenant`
  }

  follow(
    _step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    return unknownValue(
      where,
      context,
      `${describeExpression(where)} indexes an object id`
    )
  }
}

/** `data.azuread_application_published_app_ids.<name>`: its `result` map is known statically. */
class PublishedAppIds extends TerraformValue {
  constructor(readonly address: string) {
    super()
  }

  get unresolved(): string {
    return `${this.address} is a whole data source`
  }

  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    if (step.kind === 'attribute' && step.name === 'result')
      return external(new PublishedAppIdMap(this.address), where, context)
    return unknownValue(
      where,
      context,
      `${describeExpression(where)} is not the "result" of ${this.address}`
    )
  }
}

/** The `result` map of published app ids: a key becomes the appId the provider maps it to. */
class PublishedAppIdMap extends TerraformValue {
  constructor(readonly address: string) {
    super()
  }

  get unresolved(): string {
    return `${this.address}.result is the whole map of published apps`
  }

  follow(
    step: TraversalStep,
    where: HclNode,
    context: EvaluationContext
  ): HclValue {
    const named = namedStep(step, where, context, 'an API name')
    if ('kind' in named) return named
    const { name } = named
    // A key the provider version at hand does not list stays as written; the scan then
    // tries it as an API name.
    return {
      kind: 'string',
      value: PUBLISHED_APP_IDS.get(name) ?? name,
      at: where,
      site: context.site
    }
  }
}

/** Why a reference has no definition, naming the module's files that could not be parsed. */
function notDefined(module: TerraformModule, address: string): string {
  const unparsed = module.unparsed.map((path) =>
    path.slice(path.lastIndexOf('/') + 1)
  )
  return unparsed.length === 0
    ? `${address} is not defined in this module`
    : `${address} is not defined in this module's files that parse (${unparsed.join(', ')} could not be parsed)`
}

/** What `local`, `var`, `data` and resource types mean in one module. */
export class TerraformEnvironment implements Environment {
  constructor(private readonly module: TerraformModule) {}

  resolve(name: string, where: HclNode, context: EvaluationContext): HclValue {
    const { module } = this
    const namespace = (
      prefix: string,
      next: (
        child: string,
        where: HclNode,
        context: EvaluationContext
      ) => HclValue
    ): HclValue => external(new Namespace(prefix, next), where, context)
    switch (name) {
      case 'local':
        return namespace('local', (local, at, inner) => {
          const definition = module.locals.get(local)
          return definition === undefined
            ? unknownValue(at, inner, notDefined(module, `local.${local}`))
            : evaluateReference(
                `local.${local}`,
                definition.expression,
                at,
                inner
              )
        })
      case 'var':
        return namespace('var', (variable, at, inner) => {
          const declared = module.variables.get(variable)
          if (declared === undefined)
            return unknownValue(
              at,
              inner,
              notDefined(module, `var.${variable}`)
            )
          const { caller } = module
          const argument = caller?.arguments.get(variable)
          if (caller !== undefined && argument !== undefined)
            // The caller's expression, in the caller's module. Modules cannot call each
            // other in a cycle, so references start afresh there.
            return evaluate(argument.expression, {
              ...inner,
              environment: caller.environment,
              scope: new Map(caller.scope),
              site: inner.site ?? at,
              resolving: new Set()
            })
          const value =
            module.variableValues.get(variable) ??
            attributesIn(declared.body).get('default')
          return value === undefined
            ? unknownValue(
                at,
                inner,
                module.caller === undefined
                  ? `var.${variable} has no default and no value in terraform.tfvars or *.auto.tfvars`
                  : `var.${variable} has no default and ${module.caller.address} does not set it`
              )
            : evaluateReference(`var.${variable}`, value.expression, at, inner)
        })
      case 'data':
        return namespace('data', (type, typeWhere, typeContext) =>
          external(
            new Namespace(`data.${type}`, (dataName, at, inner) => {
              const address = `data.${type}.${dataName}`
              if (type === 'azuread_application_published_app_ids')
                return external(new PublishedAppIds(address), at, inner)
              const block = module.dataSources.get(`${type}.${dataName}`)
              return block === undefined
                ? unknownValue(at, inner, notDefined(module, address))
                : external(new Entity('data', type, dataName, block), at, inner)
            }),
            typeWhere,
            typeContext
          )
        )
      case 'module':
        return unknownValue(
          where,
          context,
          `${describeExpression(where)} is a module output`
        )
      case 'each':
      case 'count':
        return unknownValue(
          where,
          context,
          `${name}.* exists only in a resource with ${name === 'each' ? 'for_each' : 'count'}`
        )
      case 'path':
      case 'terraform':
      case 'self':
        return unknownValue(
          where,
          context,
          `${describeExpression(where)} is not evaluated`
        )
      default:
        return namespace(name, (resourceName, at, inner) => {
          const block = module.resources.get(`${name}.${resourceName}`)
          return block === undefined
            ? unknownValue(
                at,
                inner,
                notDefined(module, `${name}.${resourceName}`)
              )
            : external(
                new Entity('managed', name, resourceName, block),
                at,
                inner
              )
        })
    }
  }
}

/** A module with nothing defined yet. */
export function emptyModule(): TerraformModule {
  return {
    locals: new Map(),
    variables: new Map(),
    variableValues: new Map(),
    unparsed: [],
    resources: new Map(),
    dataSources: new Map()
  }
}

/**
 * Adds the blocks of one file that references can point at to its module, reporting
 * resources without two labels. A name defined twice keeps its first definition; Terraform
 * rejects the module anyway.
 */
export function addDefinitions(
  module: TerraformModule,
  blocks: HclBlock[],
  report: (node: HclNode, message: string) => void
): void {
  for (const block of blocks) {
    const [first = '', second = ''] = block.labels
    switch (block.type) {
      case 'locals':
        for (const [name, attribute] of attributesIn(block.body))
          if (!module.locals.has(name)) module.locals.set(name, attribute)
        break
      case 'variable':
        if (!module.variables.has(first)) module.variables.set(first, block)
        break
      case 'resource':
      case 'data': {
        if (block.labels.length !== 2) {
          report(
            block.node,
            `a ${block.type} block needs two labels, a type and a name`
          )
          break
        }
        const targets =
          block.type === 'resource' ? module.resources : module.dataSources
        if (!targets.has(`${first}.${second}`))
          targets.set(`${first}.${second}`, block)
        break
      }
    }
  }
}
