import {
  formatLocation,
  RESOURCE_ACCESS_TYPES,
  type AppReference,
  type Declaration,
  type DeclarationKind,
  type PermissionType,
  type SourceLocation
} from '../model.js'
import {
  elementsOf,
  evaluate,
  objectValue,
  EvaluationBudget,
  EvaluationLimitError,
  unknownValue,
  type EvaluationContext,
  type HclValue
} from './hcl/evaluate.js'
import type { Tree } from 'web-tree-sitter'
import { firstSyntaxError, parseHcl, type HclNode } from './hcl/parser.js'
import { parseJson } from './json-nodes.js'
import { translateJsonConfiguration } from './terraform-json.js'
import {
  attributesIn,
  blocksIn,
  describeExpression,
  fileBody,
  tokenOffset,
  type HclAttribute,
  type HclBlock
} from './hcl/syntax.js'
import { posix } from 'node:path'
import {
  blankByteOrderMark,
  LineIndex,
  type ManifestProblem,
  type FolderLoader,
  type FolderReader,
  type ReadResult,
  type SourceFile
} from './reader.js'
import {
  addDefinitions,
  APPLICATION_TYPES,
  emptyModule,
  type ModuleCaller,
  ObjectReference,
  PermissionReference,
  TerraformEnvironment,
  TerraformValue
} from './terraform-references.js'

const FORMAT = 'terraform-azuread'

/**
 * Evaluation steps one file may take. A permission takes about a dozen, so a 5 MiB file
 * of nothing but permissions stays under 300,000; the cap stops files that references
 * expand exponentially.
 */
const MAX_EVALUATION_STEPS = 1_000_000

/**
 * How much text of one folder is parsed and held at once: real modules are a few hundred
 * kilobytes, and each parsed file keeps its tree until the module is read.
 */
export const MAX_MODULE_CHARACTERS = 12 * 1024 * 1024

/** `<type>.<name>` (or `data.…`, with an instance key) before its object id attribute. */
const PRINCIPAL_ADDRESS =
  /^((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?)\.(?:principal_id|object_id|id)$/

/** One instance of a resource: its address and the context its arguments evaluate in. */
interface Instance {
  address: string
  context: EvaluationContext
}

/** A block as written, or one instance of a `dynamic` block, with its context. */
interface BlockInstance {
  node: HclNode
  body: HclNode | undefined
  context: EvaluationContext
}

/** What a permission value becomes: its app, API, type and kind, and how to report it. */
interface Target {
  app: AppReference
  /** The API's appId or name; undefined when it could not be resolved (already reported). */
  resource: string | undefined
  /** Undefined when the type could not be resolved (already reported). */
  type: PermissionType | undefined
  kind: DeclarationKind
  /** What strings stand for: permission ids (GUIDs) or names (scope values). */
  strings: 'id' | 'name'
  /** Names the value in messages: `resource_access "id" of azuread_application.app`. */
  subject: string
}

/** Reads the permission-related resources of one parsed file. */
class TerraformReading {
  readonly declarations: Declaration[] = []
  // Keyed by place and message: the instances of a dynamic block or of a resource with
  // for_each share their expressions, and one report per expression is enough.
  private readonly problemsFound = new Map<string, ManifestProblem>()
  private readonly notices = new Map<string, ManifestProblem>()
  private readonly unresolvedPlaces = new Set<string>()
  private readonly budget = new EvaluationBudget(MAX_EVALUATION_STEPS)

  constructor(
    private readonly locateNode: (
      offset: number,
      node: HclNode
    ) => SourceLocation,
    private readonly environment: TerraformEnvironment,
    /** Prefixes resource addresses: `module.sync.` in a module another one calls. */
    private readonly addressPrefix = ''
  ) {}

  /** Takes in the declarations and notices of a module this one calls. */
  adopt({ declarations, unresolved = [] }: ReadResult): void {
    this.declarations.push(...declarations)
    // Each instance of a module says its own address: notices differ by message.
    for (const notice of unresolved)
      record(this.notices, notice.location, notice.message)
  }

  /** Notes something about a block that keeps the scan from reading part of it. */
  noteAt(node: HclNode, message: string): void {
    this.noteUnresolved(this.locateNode(node.startIndex, node), message)
  }

  /** The string an expression gives with literal values alone, if it gives one. */
  literal(expression: HclNode): string | undefined {
    const value = evaluate(expression, this.baseContext())
    return value.kind === 'string' ? value.value : undefined
  }

  /** Syntax and structure problems, once each. */
  get problems(): ManifestProblem[] {
    return [...this.problemsFound.values()]
  }

  /** What could not be resolved statically, once each. */
  get unresolved(): ManifestProblem[] {
    return [...this.notices.values()]
  }

  private baseContext(): EvaluationContext {
    return {
      environment: this.environment,
      scope: new Map(),
      depth: 0,
      budget: this.budget,
      resolving: new Set()
    }
  }

  private locate(value: HclValue): {
    location: SourceLocation
    definedAt?: SourceLocation
  } {
    const token = this.locateNode(tokenOffset(value.at), value.at)
    return value.site === undefined
      ? { location: token }
      : {
          location: this.locateNode(value.site.startIndex, value.site),
          definedAt: token
        }
  }

  /** A problem with a block or an argument as written. */
  problemAt(node: HclNode, message: string): void {
    record(this.problemsFound, this.locateNode(node.startIndex, node), message)
  }

  /**
   * Notes an expression the scan cannot follow, once: the instances of a resource, and the
   * arguments that depend on its `each`, all lead back to the same expression.
   */
  private noteUnresolved(location: SourceLocation, message: string): void {
    const place = formatLocation(location)
    if (this.unresolvedPlaces.has(place)) return
    this.unresolvedPlaces.add(place)
    record(this.notices, location, message)
  }

  /** A problem with a value, reported where the value is used. */
  private problemWith(value: HclValue, message: string): void {
    record(this.problemsFound, this.locate(value).location, message)
  }

  /**
   * Reports a value that is not what was expected: a notice when it cannot be known
   * statically, a problem when it is known and wrong.
   */
  private reportUnusable(
    value: HclValue,
    subject: string,
    expected: string,
    consequence: string
  ): void {
    const reason =
      value.kind === 'unknown'
        ? value.reason
        : value.kind === 'external' && value.external instanceof TerraformValue
          ? value.external.unresolved
          : undefined
    if (reason !== undefined)
      this.noteUnresolved(
        this.locate(value).location,
        `${subject} cannot be resolved statically: ${reason}. ${consequence}`
      )
    else
      this.problemWith(
        value,
        `${subject} must be ${expected}, not ${describeValue(value)}`
      )
  }

  /** Reads every instance of a resource, when it is of a type that holds permissions. */
  readResource(block: HclBlock): void {
    const [type = '', name = ''] = block.labels
    const read = this.readerFor(type)
    if (read === undefined) return
    const address = `${this.addressPrefix}${type}.${name}`
    for (const instance of this.instancesOf(block, address))
      read(block, instance)
  }

  private readerFor(
    type: string
  ): ((block: HclBlock, instance: Instance) => void) | undefined {
    switch (type) {
      case 'azuread_application':
        return (block, instance) => this.readApplication(block, instance)
      case 'azuread_application_api_access':
        return (block, instance) => this.readApiAccess(block, instance)
      case 'azuread_app_role_assignment':
        return (block, instance) => this.readAppRoleAssignment(block, instance)
      case 'azuread_service_principal_delegated_permission_grant':
        return (block, instance) => this.readDelegatedGrant(block, instance)
      default:
        return undefined
    }
  }

  /**
   * The instances of a resource: one per `for_each` element (with `each` bound), none for
   * a `count` that is 0 with the module's values, else one. When `for_each` cannot be followed, the resource is read once
   * and each use of `each` is reported.
   */
  *instancesOf(block: HclBlock, address: string): Generator<Instance> {
    const attributes = attributesIn(block.body)
    const base = this.baseContext()
    const forEach = attributes.get('for_each')
    const count = attributes.get('count')
    if (forEach !== undefined) {
      const collection = evaluate(forEach.expression, base)
      const elements = elementsOf(collection)
      if (elements === undefined) {
        const each =
          collection.kind === 'unknown'
            ? collection
            : unknownValue(
                forEach.expression,
                base,
                `${describeExpression(forEach.expression)} is not a map or set`
              )
        if (each.kind === 'unknown')
          this.noteUnresolved(
            this.locate(each).location,
            `"for_each" of ${address} cannot be resolved statically: ${each.reason}. It is read once; what depends on each.key or each.value is not checked.`
          )
        yield { address, context: bind(base, 'each', each) }
        return
      }
      this.noteEmptyDefault(
        forEach.expression,
        collection,
        elements.length,
        `"for_each" of ${address} is empty`,
        'instances'
      )
      for (const element of elements) {
        // A set's elements are their own keys.
        const key = collection.kind === 'tuple' ? element.value : element.key
        yield {
          address: `${address}[${instanceKey(key)}]`,
          context: bind(
            base,
            'each',
            objectValue(forEach.expression, { key, value: element.value })
          )
        }
      }
      return
    }
    if (count !== undefined) {
      // A count of 0 with this module's values creates nothing; when the values are
      // defaults (a module input others may set), say so, as for an empty for_each.
      const instances = evaluate(count.expression, base)
      if (instances.kind === 'number' && instances.value === 0) {
        this.noteEmptyDefault(
          count.expression,
          instances,
          0,
          `"count" of ${address} is 0`,
          'instances'
        )
        return
      }
      yield {
        address,
        context: bind(
          base,
          'count',
          objectValue(count.expression, {
            index: unknownValue(
              count.expression,
              base,
              'count.index differs per instance'
            )
          })
        )
      }
      return
    }
    yield { address, context: base }
  }

  /**
   * Notes a collection that is empty only as far as this module says: a variable's empty
   * default (a module input, typically) generates nothing here, but its callers' values do.
   * A collection written empty (`[]`, `toset([])`, an instance's own empty list) is empty
   * everywhere and is not noted.
   */
  private noteEmptyDefault(
    expression: HclNode,
    collection: HclValue,
    size: number,
    subject: string,
    generated: string
  ): void {
    // In a module another one calls, the caller's arguments are the values: nothing else
    // fills the collection.
    if (size > 0 || this.addressPrefix !== '') return
    // A function or `for` over a variable builds a new value, which no longer carries the
    // site of the reference; the expression still names it.
    const referencesValues =
      collection.site !== undefined ||
      expression
        .descendantsOfType('variable_expr')
        .some((head) => head?.text === 'var' || head?.text === 'local')
    if (!referencesValues) return
    record(
      this.notices,
      this.locate(collection).location,
      `${subject} with the values in this module. The ${generated} it generates from other values are not checked.`
    )
  }

  /**
   * The blocks of a type in a body: those written out, and one per element of each
   * `dynamic` block of that type, with its iterator bound.
   */
  private *nestedBlocks(
    body: HclNode | undefined,
    type: string,
    context: EvaluationContext,
    address: string
  ): Generator<BlockInstance> {
    for (const block of blocksIn(body)) {
      if (block.type === type) {
        yield { node: block.node, body: block.body, context }
        continue
      }
      if (block.type !== 'dynamic' || block.labels[0] !== type) continue
      const attributes = attributesIn(block.body)
      const forEach = attributes.get('for_each')
      const content = blocksIn(block.body).find(
        (child) => child.type === 'content'
      )
      if (forEach === undefined || content === undefined) {
        this.problemAt(
          block.node,
          `dynamic "${type}" in ${address} needs "for_each" and a "content" block`
        )
        continue
      }
      const iterator =
        attributes.get('iterator')?.expression.text.trim() ?? type
      const collection = evaluate(forEach.expression, context)
      const elements = elementsOf(collection)
      if (elements === undefined) {
        this.reportUnusable(
          collection,
          `"for_each" of dynamic "${type}" in ${address}`,
          'a list, set or map',
          'The blocks it generates are not checked.'
        )
        continue
      }
      this.noteEmptyDefault(
        forEach.expression,
        collection,
        elements.length,
        `"for_each" of dynamic "${type}" in ${address} is empty`,
        'blocks'
      )
      for (const element of elements)
        yield {
          node: content.node,
          body: content.body,
          context: bind(
            context,
            iterator,
            objectValue(forEach.expression, element)
          )
        }
    }
  }

  /** The app a resource's own arguments name: its display name, else its address. */
  private appOf(
    body: HclNode | undefined,
    address: string,
    context: EvaluationContext
  ): AppReference {
    const displayName = attributesIn(body).get('display_name')
    const name =
      displayName === undefined
        ? undefined
        : evaluate(displayName.expression, context)
    return { name: name?.kind === 'string' ? name.value : address }
  }

  /** A resource argument that must be an API's client id (appId). */
  private resourceId(
    attribute: HclAttribute | undefined,
    context: EvaluationContext,
    subject: string,
    consequence: string
  ): string | undefined {
    if (attribute === undefined) return undefined
    const value = evaluate(attribute.expression, context)
    if (value.kind === 'string' && value.value !== '') return value.value
    this.reportUnusable(value, subject, "the API's client id", consequence)
    return undefined
  }

  /**
   * Turns a permission value into a declaration: a literal GUID (or, for scope values, a
   * name), or a name given through `app_role_ids`/`oauth2_permission_scope_ids`.
   */
  private emit(value: HclValue, target: Target): void {
    const permission =
      value.kind === 'external' && value.external instanceof PermissionReference
        ? value.external
        : undefined
    const reference =
      permission?.name ?? (value.kind === 'string' ? value.value : undefined)
    if (reference === undefined) {
      this.reportUnusable(
        value,
        target.subject,
        target.strings === 'id' ? 'a permission GUID' : 'a permission name',
        'The permission is not checked.'
      )
      return
    }
    const { resource } = target
    let { type } = target
    if (permission !== undefined) {
      const owner = permission.owner.resource(value.at, this.baseContext())
      if (
        resource !== undefined &&
        owner.kind === 'string' &&
        differentApps(resource, owner.value)
      )
        this.problemWith(
          value,
          `${target.subject} takes ${permission.name} from ${permission.owner.address}, the service principal of ${owner.value}, but is for ${resource}`
        )
      if (type !== undefined && type !== permission.permissionType) {
        this.problemWith(
          value,
          `${target.subject} takes ${permission.name} from ${permission.owner.address}.${permission.attribute}, which lists ${permission.permissionType} permissions, where an ${type} permission belongs`
        )
        // The id Terraform puts there is the one of the permission the map lists.
        type = permission.permissionType
      }
    }
    if (resource === undefined || type === undefined) return
    this.declarations.push({
      app: target.app,
      resourceAppId: resource,
      reference,
      referenceKind:
        permission === undefined && target.strings === 'id' ? 'id' : 'name',
      type,
      kind: target.kind,
      format: FORMAT,
      ...this.locate(value)
    })
  }

  /** Emits each element of a list of permissions. */
  private emitList(
    attribute: HclAttribute,
    context: EvaluationContext,
    target: Target
  ): void {
    const list = evaluate(attribute.expression, context)
    if (list.kind !== 'tuple') {
      this.reportUnusable(
        list,
        target.subject,
        `a list of ${target.strings === 'id' ? 'permission GUIDs' : 'permission names'}`,
        'Its permissions are not checked.'
      )
      return
    }
    for (const item of list.items) this.emit(item, target)
  }

  /** `azuread_application`: its `required_resource_access` blocks. */
  private readApplication(
    block: HclBlock,
    { address, context }: Instance
  ): void {
    const app = this.appOf(block.body, address, context)
    for (const required of this.nestedBlocks(
      block.body,
      'required_resource_access',
      context,
      address
    )) {
      const resourceAttribute = attributesIn(required.body).get(
        'resource_app_id'
      )
      if (resourceAttribute === undefined) {
        this.problemAt(
          required.node,
          `required_resource_access in ${address} needs a "resource_app_id"`
        )
        continue
      }
      const resource = this.resourceId(
        resourceAttribute,
        required.context,
        `"resource_app_id" in ${address}`,
        'The permissions of this required_resource_access are not checked.'
      )
      for (const access of this.nestedBlocks(
        required.body,
        'resource_access',
        required.context,
        address
      )) {
        const attributes = attributesIn(access.body)
        const id = attributes.get('id')
        const typeAttribute = attributes.get('type')
        if (id === undefined || typeAttribute === undefined) {
          this.problemAt(
            access.node,
            `resource_access in ${address} needs an "id" and a "type"`
          )
          continue
        }
        this.emit(evaluate(id.expression, access.context), {
          app,
          resource,
          type: this.accessType(typeAttribute, access.context, address),
          kind: 'required',
          strings: 'id',
          subject: `resource_access "id" in ${address}`
        })
      }
    }
  }

  /** `type = "Role"` or `"Scope"`; undefined (and reported) for anything else. */
  private accessType(
    attribute: HclAttribute,
    context: EvaluationContext,
    address: string
  ): PermissionType | undefined {
    const value = evaluate(attribute.expression, context)
    const type =
      value.kind === 'string'
        ? RESOURCE_ACCESS_TYPES.get(value.value)
        : undefined
    if (type !== undefined) return type
    this.reportUnusable(
      value,
      `resource_access "type" in ${address}`,
      '"Role" (application) or "Scope" (delegated)',
      'The permission is not checked.'
    )
    return undefined
  }

  /** `azuread_application_api_access`: `role_ids` and `scope_ids` for one API. */
  private readApiAccess(block: HclBlock, { address, context }: Instance): void {
    const attributes = attributesIn(block.body)
    const api = attributes.get('api_client_id')
    if (api === undefined) {
      this.problemAt(block.node, `${address} needs an "api_client_id"`)
      return
    }
    const app = this.accessingApp(attributes.get('application_id'), address)
    const resource = this.resourceId(
      api,
      context,
      `"api_client_id" of ${address}`,
      'Its permissions are not checked.'
    )
    for (const [name, type] of [
      ['role_ids', 'application'],
      ['scope_ids', 'delegated']
    ] as const) {
      const list = attributes.get(name)
      if (list === undefined) continue
      this.emitList(list, context, {
        app,
        resource,
        type,
        kind: 'required',
        strings: 'id',
        subject: `"${name}" of ${address}`
      })
    }
  }

  /** The application an `application_id` refers to, else the referring resource. */
  private accessingApp(
    attribute: HclAttribute | undefined,
    address: string
  ): AppReference {
    if (attribute === undefined) return { name: address }
    const context = this.baseContext()
    const value = evaluate(attribute.expression, context)
    const owner =
      value.kind === 'external' && value.external instanceof ObjectReference
        ? value.external.owner
        : undefined
    return owner !== undefined && APPLICATION_TYPES.has(owner.type)
      ? this.appOf(
          owner.block.body,
          `${this.addressPrefix}${owner.address}`,
          context
        )
      : { name: address }
  }

  /**
   * The client of a grant: the service principal (or other principal) it names. A grant
   * is kept apart from the app registration's required permissions, which are a request;
   * the same permission in both is consent to that request, not a duplicate.
   */
  private principal(
    attribute: HclAttribute | undefined,
    context: EvaluationContext,
    address: string
  ): AppReference {
    if (attribute === undefined) return { name: address }
    const value = evaluate(attribute.expression, context)
    if (value.kind === 'external' && value.external instanceof ObjectReference)
      return { name: `${this.addressPrefix}${value.external.owner.address}` }
    // A principal of another provider (a managed identity's principal_id): its address.
    const text = attribute.expression.text.trim()
    return {
      name: `${this.addressPrefix}${
        PRINCIPAL_ADDRESS.exec(text)?.[1] ??
        describeExpression(attribute.expression)
      }`
    }
  }

  /**
   * The API a grant is on: the service principal its resource object id refers to, else
   * the one a permission name was looked up on. An object id written as a GUID names a
   * service principal of one tenant, which nothing in the file ties to an API.
   */
  private grantedResource(
    attribute: HclAttribute,
    permission: HclValue | undefined,
    context: EvaluationContext,
    subject: string
  ): string | undefined {
    const value = evaluate(attribute.expression, context)
    const resource =
      value.kind === 'external' && value.external instanceof ObjectReference
        ? value.external.owner.resource(attribute.expression, context)
        : undefined
    if (resource?.kind === 'string') return resource.value
    const fromPermission =
      permission?.kind === 'external' &&
      permission.external instanceof PermissionReference
        ? permission.external.owner.resource(permission.at, context)
        : undefined
    if (fromPermission?.kind === 'string') return fromPermission.value
    this.reportUnusable(
      resource ??
        (value.kind === 'string'
          ? unknownValue(
              attribute.expression,
              context,
              `${JSON.stringify(value.value)} is a service principal object id, which differs per tenant`
            )
          : value),
      subject,
      'a service principal',
      'The grant is not checked.'
    )
    return undefined
  }

  /** `azuread_app_role_assignment`: an application permission granted to a principal. */
  private readAppRoleAssignment(
    block: HclBlock,
    { address, context }: Instance
  ): void {
    const attributes = attributesIn(block.body)
    const role = attributes.get('app_role_id')
    const resourceObject = attributes.get('resource_object_id')
    if (role === undefined || resourceObject === undefined) {
      this.problemAt(
        block.node,
        `${address} needs an "app_role_id" and a "resource_object_id"`
      )
      return
    }
    const permission = evaluate(role.expression, context)
    this.emit(permission, {
      app: this.principal(
        attributes.get('principal_object_id'),
        context,
        address
      ),
      resource: this.grantedResource(
        resourceObject,
        permission,
        context,
        `"resource_object_id" of ${address}`
      ),
      type: 'application',
      kind: 'granted',
      strings: 'id',
      subject: `"app_role_id" of ${address}`
    })
  }

  /** `azuread_service_principal_delegated_permission_grant`: consent to scopes by name. */
  private readDelegatedGrant(
    block: HclBlock,
    { address, context }: Instance
  ): void {
    const attributes = attributesIn(block.body)
    const claims = attributes.get('claim_values')
    const resourceObject = attributes.get(
      'resource_service_principal_object_id'
    )
    if (claims === undefined || resourceObject === undefined) {
      this.problemAt(
        block.node,
        `${address} needs "claim_values" and a "resource_service_principal_object_id"`
      )
      return
    }
    this.emitList(claims, context, {
      app: this.principal(
        attributes.get('service_principal_object_id'),
        context,
        address
      ),
      resource: this.grantedResource(
        resourceObject,
        undefined,
        context,
        `"resource_service_principal_object_id" of ${address}`
      ),
      type: 'delegated',
      kind: 'granted',
      strings: 'name',
      subject: `"claim_values" of ${address}`
    })
  }
}

/** Adds a report unless the same message was already recorded at the same place. */
function record(
  reports: Map<string, ManifestProblem>,
  location: SourceLocation,
  message: string
): void {
  const key = `${formatLocation(location)}:${message}`
  if (!reports.has(key)) reports.set(key, { message, location })
}

/** True when two API references are both appIds and differ. */
function differentApps(first: string, second: string): boolean {
  const guid = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i
  return (
    guid.test(first) &&
    guid.test(second) &&
    first.toLowerCase() !== second.toLowerCase()
  )
}

/** The context with one more name bound. */
function bind(
  context: EvaluationContext,
  name: string,
  value: HclValue
): EvaluationContext {
  return { ...context, scope: new Map(context.scope).set(name, value) }
}

/** An instance key as Terraform writes it in an address: `["name"]` or `[0]`. */
function instanceKey(key: HclValue): string {
  if (key.kind === 'string') return JSON.stringify(key.value)
  if (key.kind === 'number') return String(key.value)
  return '?'
}

/** A value in words, for a problem message. */
function describeValue(value: HclValue): string {
  switch (value.kind) {
    case 'tuple':
      return 'a list'
    case 'object':
      return 'a map'
    case 'string':
      return JSON.stringify(value.value)
    case 'number':
    case 'bool':
      return String(value.value)
    case 'null':
      return 'null'
    default:
      return describeExpression(value.at)
  }
}

/**
 * Reads Microsoft Graph (and other API) permissions from Terraform configurations that use
 * the azuread provider:
 *
 *     resource "azuread_application" "sync" {
 *       display_name = "HR sync"
 *       required_resource_access {
 *         resource_app_id = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]
 *         resource_access {
 *           id   = data.azuread_service_principal.msgraph.app_role_ids["User.Read.All"]
 *           type = "Role"
 *         }
 *       }
 *     }
 *
 * It reads `azuread_application` (`required_resource_access`, `dynamic` blocks included),
 * `azuread_application_api_access`, and the grants `azuread_app_role_assignment` and
 * `azuread_service_principal_delegated_permission_grant`. The `.tf` files of a folder are
 * read together, as Terraform merges them into a module. Values are followed through
 * locals, variables (terraform.tfvars, *.auto.tfvars, defaults), `for` expressions and the
 * azuread data sources as far as the module's files determine them; anything else (module
 * outputs, variables without a value, values known only after apply) is reported once where
 * it is used, never guessed and never skipped in silence. docs/formats/terraform.md has the
 * list.
 */
export const terraformAzureadReader = {
  id: FORMAT,
  format: 'Terraform (azuread)',

  considers(path) {
    return CONFIGURATION_FILE.test(path) || AUTOMATIC_VARIABLES_FILE.test(path)
  },

  // Only modules that use the azuread provider, or call local modules that may: other
  // Terraform holds no Entra permissions.
  accepts(path, text) {
    return (
      CONFIGURATION_FILE.test(path) &&
      (text.includes('azuread_') || LOCAL_MODULE_SOURCE.test(text))
    )
  },

  async read(path, text): Promise<ReadResult> {
    return readModule([{ path, text }], { reported: () => true, callers: [] })
  },

  async readFolder(files, reported, loadFolder): Promise<ReadResult> {
    return readModule(files, { reported, loadFolder, callers: [] })
  }
} satisfies FolderReader

/** A configuration file, in native syntax (`.tf`) or JSON syntax (`.tf.json`). */
const CONFIGURATION_FILE = /\.tf(\.json)?$/i
/** A `source` argument naming a module in a local folder, in either syntax. */
const LOCAL_MODULE_SOURCE = /\bsource"?\s*[=:]\s*"\.{1,2}\//

/** A file in JSON syntax, configuration or variables. */
const JSON_SYNTAX_FILE = /\.json$/i
/** Variable files Terraform loads without being told to, in either syntax. */
const AUTOMATIC_VARIABLES_FILE =
  /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/i

/** A file of the module, parsed without errors (JSON syntax as its native translation). */
interface ParsedFile {
  path: string
  tree: Tree
  blocks: HclBlock[]
  attributes: Map<string, HclAttribute>
}

/** How a module is being read: on its own, or as a `module` block of another calls it. */
interface ModuleReading {
  /** Whether a file's declarations and problems are reported. */
  reported: (path: string) => boolean
  /** Loads another folder's Terraform files, for the modules this one calls. */
  loadFolder?: FolderLoader
  /** The calling block, when another module calls this one. */
  caller?: ModuleCaller
  /** Locates nodes of the calling modules' files (their arguments' values). */
  locateOuter?: (offset: number, node: HclNode) => SourceLocation
  /** Folders of the modules calling this one, outermost first. */
  callers: readonly string[]
}

/** Arguments of a `module` block that Terraform itself takes, not the called module. */
const MODULE_META_ARGUMENTS = new Set([
  'source',
  'version',
  'providers',
  'count',
  'for_each',
  'depends_on'
])

/** How many modules deep calls are followed. */
const MAX_MODULE_DEPTH = 5

/**
 * Reads the files of one module together, as Terraform merges them: definitions come from
 * every file, variables take their values from the calling block, or else from
 * terraform.tfvars and *.auto.tfvars, before their defaults; declarations and problems are
 * reported for the reported files. Modules it calls from a local folder are read as
 * called, with the block's arguments.
 */
async function readModule(
  files: readonly SourceFile[],
  reading: ModuleReading
): Promise<ReadResult> {
  const { reported, caller } = reading
  const size = files.reduce((sum, file) => sum + file.text.length, 0)
  if (files.length > 1 && size > MAX_MODULE_CHARACTERS)
    return readFilesApart(files, reported, size)
  const problems: ManifestProblem[] = []
  const parsed: ParsedFile[] = []
  const module = emptyModule()
  module.caller = caller
  // Where each tree's offsets point: into its own text, or through a translation into JSON.
  const locators = new Map<Tree, (offset: number) => SourceLocation>()
  try {
    for (const source of inLoadingOrder(files)) {
      // A called module takes its variables from the caller, never from its tfvars.
      if (caller !== undefined && AUTOMATIC_VARIABLES_FILE.test(source.path))
        continue
      const outcome = JSON_SYNTAX_FILE.test(source.path)
        ? await parseJsonSyntax(source)
        : await parseNative(source)
      if ('problem' in outcome) {
        if (reported(source.path)) problems.push(outcome.problem)
        module.unparsed.push(source.path)
        continue
      }
      locators.set(outcome.tree, outcome.locate)
      const body = fileBody(outcome.tree.rootNode)
      parsed.push({
        path: source.path,
        tree: outcome.tree,
        blocks: blocksIn(body),
        attributes: attributesIn(body)
      })
    }
    const locateNode = (offset: number, node: HclNode): SourceLocation => {
      const own = locators.get(node.tree)
      return own !== undefined
        ? own(offset)
        : (reading.locateOuter as NonNullable<typeof reading.locateOuter>)(
            offset,
            node
          )
    }
    for (const file of parsed) {
      if (AUTOMATIC_VARIABLES_FILE.test(file.path)) {
        for (const [name, value] of file.attributes)
          module.variableValues.set(name, value)
        continue
      }
      addDefinitions(module, file.blocks, (node, message) => {
        if (reported(file.path))
          problems.push({
            message,
            location: locateNode(node.startIndex, node)
          })
      })
    }
    const environment = new TerraformEnvironment(module)
    const result: Required<ReadResult> = {
      declarations: [],
      problems,
      unresolved: []
    }
    for (const file of parsed) {
      if (!reported(file.path) || AUTOMATIC_VARIABLES_FILE.test(file.path))
        continue
      const fileReading = new TerraformReading(
        locateNode,
        environment,
        caller === undefined ? '' : `${caller.address}.`
      )
      readResources(fileReading, file.blocks)
      for (const block of file.blocks)
        if (block.type === 'module')
          await readCalledModule(block, file.path, fileReading, {
            ...reading,
            locateOuter: locateNode,
            environment
          })
      absorb(result, fileReading)
    }
    return result
  } finally {
    for (const file of parsed) file.tree.delete()
  }
}

/**
 * Reads the module a `module` block calls from a local folder (`source = "./modules/app"`),
 * once per instance of the block, with the block's arguments as its variables. Its
 * declarations are the calling file's to report; problems of its own files are reported
 * where the folder is read on its own. Registry and remote sources are not fetched.
 */
async function readCalledModule(
  block: HclBlock,
  path: string,
  callerReading: TerraformReading,
  reading: ModuleReading & {
    locateOuter: (offset: number, node: HclNode) => SourceLocation
    environment: TerraformEnvironment
  }
): Promise<void> {
  const { loadFolder, callers } = reading
  const attributes = attributesIn(block.body)
  const source = attributes.get('source')
  const sourcePath =
    source === undefined ? undefined : callerReading.literal(source.expression)
  if (
    loadFolder === undefined ||
    source === undefined ||
    sourcePath === undefined ||
    !/^\.\.?\//.test(sourcePath)
  )
    return
  const [name = ''] = block.labels
  const folder = posix
    .normalize(posix.join(posix.dirname(path), sourcePath))
    .replace(/(.)\/+$/, '$1')
  const callerFolder = posix.dirname(path)
  if (folder === '..' || folder.startsWith('../')) {
    callerReading.noteAt(
      source.expression,
      `module.${name} is not read: its source ${JSON.stringify(sourcePath)} lies outside the folder scanned as the repository (run the scan from the repository's root)`
    )
    return
  }
  if (folder === callerFolder || callers.includes(folder)) return
  if (callers.length >= MAX_MODULE_DEPTH) {
    callerReading.noteAt(
      block.node,
      `module calls nest more than ${MAX_MODULE_DEPTH} deep here; the module at ${sourcePath} is not read`
    )
    return
  }
  const files = await loadFolder(folder)
  if (files.length === 0) {
    callerReading.noteAt(
      source.expression,
      `module.${name} is not read: ${JSON.stringify(sourcePath)} holds no Terraform files the scan can read`
    )
    return
  }
  if (
    !files.some((file) => terraformAzureadReader.accepts(file.path, file.text))
  )
    return
  for (const instance of callerReading.instancesOf(block, `module.${name}`)) {
    const args = new Map<string, HclAttribute>()
    for (const [argument, attribute] of attributes)
      if (!MODULE_META_ARGUMENTS.has(argument)) args.set(argument, attribute)
    const called = await readModule(files, {
      reported: () => true,
      loadFolder,
      caller: {
        address: instance.address,
        arguments: args,
        environment: reading.environment,
        scope: instance.context.scope
      },
      locateOuter: reading.locateOuter,
      callers: [...callers, callerFolder]
    })
    callerReading.adopt(called)
  }
}

/**
 * Reads the files of a module too large to hold together one at a time, each alone, so a
 * folder of huge files cannot exhaust the parser's memory; says so on the first reported
 * file, since references between the files are then not followed.
 */
async function readFilesApart(
  files: readonly SourceFile[],
  reported: (path: string) => boolean,
  size: number
): Promise<ReadResult> {
  const result: Required<ReadResult> = {
    declarations: [],
    problems: [],
    unresolved: []
  }
  const first = files.find((file) => reported(file.path))
  if (first !== undefined)
    result.unresolved.push({
      message: `the module's Terraform files hold ${size} characters, over the ${MAX_MODULE_CHARACTERS} read together; each file is read on its own, and references between them are not followed`,
      location: new LineIndex(first.path, first.text).locate(0)
    })
  for (const file of files)
    if (reported(file.path))
      absorb(
        result,
        await readModule([file], { reported: () => true, callers: [] })
      )
  return result
}

/** Adds what one part of a reading found to the whole. */
function absorb(result: Required<ReadResult>, part: ReadResult): void {
  result.declarations.push(...part.declarations)
  result.problems.push(...part.problems)
  result.unresolved.push(...(part.unresolved ?? []))
}

/**
 * The files in the order Terraform reads them: configuration files by name, then
 * terraform.tfvars, terraform.tfvars.json and the *.auto.tfvars(.json) files by name, so a
 * later value wins.
 */
function inLoadingOrder(files: readonly SourceFile[]): SourceFile[] {
  const rank = ({ path }: SourceFile): number => {
    if (!AUTOMATIC_VARIABLES_FILE.test(path)) return 0
    if (/(^|\/)terraform\.tfvars$/i.test(path)) return 1
    return /(^|\/)terraform\.tfvars\.json$/i.test(path) ? 2 : 3
  }
  return [...files].sort(
    (a, b) =>
      rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
}

/** A parsed file and how to locate its tree's offsets, or why it cannot be read. */
type FileParse =
  | { tree: Tree; locate: (offset: number) => SourceLocation }
  | { problem: ManifestProblem }

/** Parses a file in native syntax. */
async function parseNative(source: SourceFile): Promise<FileParse> {
  const lines = new LineIndex(source.path, source.text)
  const parsed = await parseChecked(blankByteOrderMark(source.text))
  if ('tree' in parsed)
    return { tree: parsed.tree, locate: (offset) => lines.locate(offset) }
  return {
    problem: { message: parsed.message, location: lines.locate(parsed.offset) }
  }
}

/**
 * Parses a file in JSON syntax by translating it into native syntax; locations point into
 * the JSON. A translation the native parser rejects is reported where the JSON has it.
 */
async function parseJsonSyntax(source: SourceFile): Promise<FileParse> {
  const json = parseJson(source.path, source.text)
  if (json.root === undefined)
    return { problem: json.problem as ManifestProblem }
  if (json.root.type !== 'object')
    return {
      problem: {
        message: 'a Terraform file in JSON syntax must hold an object',
        location: json.lines.locate(json.root.offset)
      }
    }
  const translation = translateJsonConfiguration(
    json.root,
    blankByteOrderMark(source.text),
    AUTOMATIC_VARIABLES_FILE.test(source.path) ? 'variables' : 'configuration'
  )
  const [misshapen] = translation.problems
  if (misshapen !== undefined)
    return {
      problem: {
        message: misshapen.message,
        location: json.lines.locate(misshapen.offset)
      }
    }
  const locate = (offset: number): SourceLocation =>
    json.lines.locate(translation.jsonOffset(offset))
  const parsed = await parseChecked(translation.text)
  if ('tree' in parsed) return { tree: parsed.tree, locate }
  return {
    problem: {
      message: `a string or name here is not a valid Terraform template (${parsed.message})`,
      location: locate(parsed.offset)
    }
  }
}

/** Parses native text, or says where and why it cannot be read. */
async function parseChecked(
  text: string
): Promise<{ tree: Tree } | { message: string; offset: number }> {
  const parsed = await parseHcl(text)
  if (parsed.status === 'timed-out')
    return {
      message: `the file took longer than ${parsed.seconds} seconds to parse and was not read`,
      offset: 0
    }
  const { tree } = parsed
  // Tree-sitter recovers from a syntax error by guessing where a block ends, so blocks
  // after the error (and sometimes before it) may be misread. Terraform rejects the
  // whole file; so does this reader, rather than report permissions of a guessed tree.
  const syntaxError = await firstSyntaxError(text, tree).catch(
    (error: unknown) => {
      tree.delete()
      throw error
    }
  )
  if (syntaxError === undefined) return { tree }
  tree.delete()
  return {
    message: `HCL syntax error: ${syntaxError.message}`,
    offset: syntaxError.offset
  }
}

/** Reads the permission-related resources of one file that parsed without errors. */
function readResources(reading: TerraformReading, blocks: HclBlock[]): void {
  for (const block of blocks) {
    if (block.type !== 'resource') continue
    try {
      reading.readResource(block)
    } catch (error) {
      if (!(error instanceof EvaluationLimitError)) throw error
      reading.problemAt(
        block.node,
        `the file's expressions take more than ${MAX_EVALUATION_STEPS} evaluation steps to follow; this resource and the ones after it are not read`
      )
      break
    }
  }
}
