import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { runCli } from '../src/cli/run-cli.js'
import { scan } from '../src/engine.js'
import { localFiles } from '../src/files.js'
import { readerFor } from '../src/manifests/index.js'
import {
  MAX_MODULE_CHARACTERS,
  terraformAzureadReader
} from '../src/manifests/terraform-azuread.js'
import type { Declaration } from '../src/model.js'
import { memoryFiles } from './helpers/memory-files.js'
import { expectGolden } from './helpers/golden.js'

const GRAPH = '00000003-0000-0000-c000-000000000000'
const USER_READ = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d'
const FILE = 'infra/main.tf'

const read = async (lines: string[]) =>
  terraformAzureadReader.read(FILE, lines.join('\n'))

const at = (line: number, column: number) => ({ file: FILE, line, column })

/** The parts of declarations most tests compare. */
const summary = (declarations: Declaration[]) =>
  declarations.map((d) => [
    d.app.name,
    d.resourceAppId,
    d.reference,
    d.type,
    d.kind,
    `${d.location.line}:${d.location.column}`
  ])

/** A minimal app whose one resource_access has the given id and type expressions. */
const appWith = (id: string, type = '"Scope"', resource = `"${GRAPH}"`) => [
  'resource "azuread_application" "app" {',
  '  display_name = "App"',
  '  required_resource_access {',
  `    resource_app_id = ${resource}`,
  '    resource_access {',
  `      id   = ${id}`,
  `      type = ${type}`,
  '    }',
  '  }',
  '}'
]

/** An app with a dynamic resource_access block over the given collection. */
const dynamicAppOver = (collection: string) => [
  'resource "azuread_application" "app" {',
  '  required_resource_access {',
  `    resource_app_id = "${GRAPH}"`,
  '    dynamic "resource_access" {',
  `      for_each = ${collection}`,
  '      content {',
  '        id   = resource_access.value',
  '        type = "Scope"',
  '      }',
  '    }',
  '  }',
  '}'
]

/** An app role assignment to a managed identity, on Microsoft Graph's service principal. */
const roleAssignmentToIdentity = (
  name: string,
  forEach: string,
  appRoleId: string
) => [
  `resource "azuread_app_role_assignment" "${name}" {`,
  `  for_each            = ${forEach}`,
  `  app_role_id         = ${appRoleId}`,
  '  principal_object_id = azurerm_user_assigned_identity.job.principal_id',
  '  resource_object_id  = data.azuread_service_principal.graph.object_id',
  '}'
]

describe('Terraform (azuread) reader', () => {
  it('reads literal GUIDs at the token, for the app named by display_name', async () => {
    const { declarations, problems, unresolved } = await read([
      '# Microsoft Graph',
      'resource "azuread_application" "web" {',
      '  display_name = "Contoso web"',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}" # Microsoft Graph`,
      '    resource_access {',
      `      id   = "${USER_READ}" # User.Read`,
      '      type = "Scope"',
      '    }',
      '    resource_access {',
      '      id   = "df021288-bdef-4463-88db-98f22de89214"',
      '      type = "Role"',
      '    }',
      '  }',
      '}'
    ])
    expect(problems).toEqual([])
    expect(unresolved).toEqual([])
    expect(declarations).toEqual([
      {
        app: { name: 'Contoso web' },
        resourceAppId: GRAPH,
        reference: USER_READ,
        referenceKind: 'id',
        type: 'delegated',
        kind: 'required',
        format: 'terraform-azuread',
        location: at(7, 15)
      },
      {
        app: { name: 'Contoso web' },
        resourceAppId: GRAPH,
        reference: 'df021288-bdef-4463-88db-98f22de89214',
        referenceKind: 'id',
        type: 'application',
        kind: 'required',
        format: 'terraform-azuread',
        location: at(11, 15)
      }
    ])
  })

  it('names permissions through app_role_ids and oauth2_permission_scope_ids, and maps published app ids', async () => {
    const { declarations, problems } = await read([
      'data "azuread_application_published_app_ids" "well_known" {}',
      'data "azuread_service_principal" "msgraph" {',
      '  client_id = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]',
      '}',
      'resource "azuread_application" "example" {',
      '  required_resource_access {',
      '    resource_app_id = data.azuread_application_published_app_ids.well_known.result.MicrosoftGraph',
      '    resource_access {',
      '      id   = data.azuread_service_principal.msgraph.app_role_ids["User.Read.All"]',
      '      type = "Role"',
      '    }',
      '    resource_access {',
      '      id   = data.azuread_service_principal.msgraph.oauth2_permission_scope_ids["User.ReadWrite"]',
      '      type = "Scope"',
      '    }',
      '  }',
      '  required_resource_access {',
      '    resource_app_id = data.azuread_application_published_app_ids.well_known.result["AzureServiceManagement"]',
      '    resource_access {',
      '      id   = "41094075-9dad-400e-a0bd-54e686782033"',
      '      type = "Scope"',
      '    }',
      '  }',
      '}'
    ])
    expect(problems).toEqual([])
    expect(declarations[0]).toEqual({
      // Without a display_name, the app is known by its resource address.
      app: { name: 'azuread_application.example' },
      resourceAppId: GRAPH,
      reference: 'User.Read.All',
      referenceKind: 'name',
      type: 'application',
      kind: 'required',
      format: 'terraform-azuread',
      location: at(9, 67)
    })
    expect(summary(declarations.slice(1))).toEqual([
      [
        'azuread_application.example',
        GRAPH,
        'User.ReadWrite',
        'delegated',
        'required',
        '13:82'
      ],
      // The provider's key, not the API's display name (Azure Resource Manager).
      [
        'azuread_application.example',
        '797f4846-ba00-4fd7-ba43-dac1f8f63013',
        '41094075-9dad-400e-a0bd-54e686782033',
        'delegated',
        'required',
        '20:15'
      ]
    ])
  })

  it('follows locals and variable defaults, with definedAt where the literal is', async () => {
    const { declarations, unresolved } = await read([
      'variable "scopes" {',
      '  default = {',
      `    user_read = "${USER_READ}"`,
      '  }',
      '}',
      'locals {',
      `  graph = "${GRAPH}"`,
      '  roles = ["User.Read.All"]',
      '}',
      'data "azuread_service_principal" "graph" {',
      '  client_id = local.graph',
      '}',
      'resource "azuread_application" "app" {',
      '  display_name = "App"',
      '  required_resource_access {',
      '    resource_app_id = local.graph',
      '    resource_access {',
      '      id   = var.scopes.user_read',
      '      type = "Scope"',
      '    }',
      '    resource_access {',
      '      id   = data.azuread_service_principal.graph.app_role_ids[local.roles[0]]',
      '      type = "Role"',
      '    }',
      '  }',
      '}'
    ])
    expect(unresolved).toEqual([])
    expect(
      declarations.map(({ reference, location, definedAt }) => ({
        reference,
        location,
        definedAt
      }))
    ).toEqual([
      { reference: USER_READ, location: at(18, 14), definedAt: at(3, 18) },
      {
        reference: 'User.Read.All',
        location: at(22, 64),
        definedAt: at(8, 13)
      }
    ])
  })

  it('expands dynamic blocks, iterators, for expressions and resource for_each', async () => {
    const { declarations, problems, unresolved } = await read([
      'locals {',
      '  access = [',
      `    { resource_app_id = "${GRAPH}", resource_access = [`,
      `      { id = "${USER_READ}", type = "Scope" },`,
      '      { id = "df021288-bdef-4463-88db-98f22de89214", type = "Role" },',
      '    ] },',
      '  ]',
      '}',
      'resource "azuread_application" "module_style" {',
      '  dynamic "required_resource_access" {',
      '    for_each = local.access',
      '    iterator = required',
      '    content {',
      '      resource_app_id = required.value.resource_app_id',
      '      dynamic "resource_access" {',
      '        for_each = required.value.resource_access',
      '        content {',
      '          id   = resource_access.value.id',
      '          type = resource_access.value.type',
      '        }',
      '      }',
      '    }',
      '  }',
      '}',
      'resource "azuread_application" "per_env" {',
      '  for_each     = toset(["dev", "prod"])',
      '  display_name = "orders-${each.key}"',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}"`,
      '    dynamic "resource_access" {',
      '      for_each = [for id in ["5b567255-7703-4780-807c-7be8301ae99b"] : id if each.value == "prod"]',
      '      content {',
      '        id   = resource_access.value',
      '        type = "Role"',
      '      }',
      '    }',
      '  }',
      '}'
    ])
    expect(problems).toEqual([])
    expect(unresolved).toEqual([])
    expect(summary(declarations)).toEqual([
      [
        'azuread_application.module_style',
        GRAPH,
        USER_READ,
        'delegated',
        'required',
        '11:16'
      ],
      [
        'azuread_application.module_style',
        GRAPH,
        'df021288-bdef-4463-88db-98f22de89214',
        'application',
        'required',
        '11:16'
      ],
      [
        'orders-prod',
        GRAPH,
        '5b567255-7703-4780-807c-7be8301ae99b',
        'application',
        'required',
        '31:31'
      ]
    ])
    expect(declarations[0]?.definedAt).toEqual(at(4, 15))
  })

  it('keeps the spaces of strings and templates', async () => {
    const named = async (expression: string) =>
      (
        await read([
          'locals {',
          '  team = "blue"',
          '}',
          ...appWith(`"${USER_READ}"`).map((line) =>
            line.includes('display_name')
              ? `  display_name = ${expression}`
              : line
          )
        ])
      ).declarations[0]?.app.name
    expect(await named('"  Contoso  web  "')).toBe('  Contoso  web  ')
    expect(await named('"Team ${local.team} (${local.team}) "')).toBe(
      'Team blue (blue) '
    )
    expect(await named('" ${local.team}"')).toBe(' blue')
    expect(await named('"a \\"quoted\\" $${literal}"')).toBe(
      'a "quoted" ${literal}'
    )
  })

  it('evaluates the functions modules use to build permission lists', async () => {
    const roles = async (collection: string) =>
      (await read(dynamicAppOver(collection))).declarations.map(
        (d) => d.reference
      )
    const [a, b, c] = [
      `"${USER_READ}"`,
      '"df021288-bdef-4463-88db-98f22de89214"',
      '"5b567255-7703-4780-807c-7be8301ae99b"'
    ]
    const id = (literal: string) => literal.slice(1, -1)
    expect(await roles(`setunion([${a}, ${b}], [${b}, ${c}])`)).toEqual([
      id(a),
      id(b),
      id(c)
    ])
    expect(await roles(`setintersection([${a}, ${b}], [${b}, ${c}])`)).toEqual([
      id(b)
    ])
    expect(await roles(`setsubtract([${a}, ${b}], [${b}])`)).toEqual([id(a)])
    expect(await roles(`distinct(concat([${a}], [${a}, ${c}]))`)).toEqual([
      id(a),
      id(c)
    ])
    const { unresolved } = await read(dynamicAppOver(`setunion([${a}], "x")`))
    expect((unresolved ?? []).map((u) => u.message)).toEqual([
      expect.stringContaining(
        'is applied to values the scan cannot list'
      ) as string
    ])
  })

  it('reads azuread_application_api_access for the registration it names', async () => {
    const { declarations, problems } = await read([
      'data "azuread_service_principal" "msgraph" {',
      `  client_id = "${GRAPH}"`,
      '}',
      'resource "azuread_application_registration" "example" {',
      '  display_name = "example"',
      '}',
      'resource "azuread_application_api_access" "graph" {',
      '  application_id = azuread_application_registration.example.id',
      '  api_client_id  = data.azuread_service_principal.msgraph.client_id',
      '  role_ids = [for n in ["Group.Read.All"] : data.azuread_service_principal.msgraph.app_role_ids[n]]',
      `  scope_ids = ["${USER_READ}"]`,
      '}'
    ])
    expect(problems).toEqual([])
    expect(summary(declarations)).toEqual([
      ['example', GRAPH, 'Group.Read.All', 'application', 'required', '10:26'],
      ['example', GRAPH, USER_READ, 'delegated', 'required', '11:17']
    ])
  })

  it('reads grants for the service principal they name, apart from the registration', async () => {
    const { declarations, problems, unresolved } = await read([
      'resource "azuread_service_principal" "msgraph" {',
      `  client_id    = "${GRAPH}"`,
      '  use_existing = true',
      '}',
      'resource "azuread_service_principal" "app" {',
      '  client_id = azuread_application.app.client_id',
      '}',
      'resource "azuread_app_role_assignment" "roles" {',
      '  for_each            = toset(["User.Read.All"])',
      '  app_role_id         = azuread_service_principal.msgraph.app_role_ids[each.value]',
      '  principal_object_id = azuread_service_principal.app.object_id',
      '  resource_object_id  = azuread_service_principal.msgraph.object_id',
      '}',
      'resource "azuread_service_principal_delegated_permission_grant" "scopes" {',
      '  service_principal_object_id          = azuread_service_principal.app.object_id',
      '  resource_service_principal_object_id = azuread_service_principal.msgraph.object_id',
      '  claim_values                         = ["openid", "User.Read"]',
      '}',
      'resource "azuread_app_role_assignment" "elsewhere" {',
      '  app_role_id         = "df021288-bdef-4463-88db-98f22de89214"',
      '  principal_object_id = azuread_service_principal.app.object_id',
      '  resource_object_id  = "7b6fd8c5-4bd7-4b0c-b5a4-8d2ae1f7c0a1"',
      '}'
    ])
    expect(problems).toEqual([])
    expect(summary(declarations)).toEqual([
      [
        'azuread_service_principal.app',
        GRAPH,
        'User.Read.All',
        'application',
        'granted',
        '9:33'
      ],
      [
        'azuread_service_principal.app',
        GRAPH,
        'openid',
        'delegated',
        'granted',
        '17:44'
      ],
      [
        'azuread_service_principal.app',
        GRAPH,
        'User.Read',
        'delegated',
        'granted',
        '17:54'
      ]
    ])
    expect(unresolved).toEqual([
      {
        message:
          '"resource_object_id" of azuread_app_role_assignment.elsewhere cannot be resolved statically: "7b6fd8c5-4bd7-4b0c-b5a4-8d2ae1f7c0a1" is a service principal object id, which differs per tenant. The grant is not checked.',
        location: at(22, 26)
      }
    ])
  })

  it('reports each expression it cannot follow once, where it is used, and declares nothing for it', async () => {
    const { declarations, problems, unresolved } = await read([
      'variable "graph_app_id" {}',
      'resource "azuread_application" "api" {',
      '  display_name = "API"',
      '}',
      'resource "azuread_application" "app" {',
      '  required_resource_access {',
      '    resource_app_id = var.graph_app_id',
      '    resource_access {',
      `      id   = "${USER_READ}"`,
      '      type = "Scope"',
      '    }',
      '  }',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}"`,
      '    resource_access {',
      '      id   = module.permissions.user_read',
      '      type = "Scope"',
      '    }',
      '    resource_access {',
      '      id   = lower(local.defined_elsewhere)',
      '      type = local.defined_elsewhere',
      '    }',
      '  }',
      '  required_resource_access {',
      '    resource_app_id = azuread_application.api.client_id',
      '    resource_access {',
      '      id   = azuread_application.api.oauth2_permission_scope_ids["read"]',
      '      type = "Scope"',
      '    }',
      '  }',
      '}'
    ])
    expect(declarations).toEqual([])
    expect(problems).toEqual([])
    const subject = (what: string) => `${what} in azuread_application.app`
    expect(unresolved).toEqual([
      {
        message: `${subject('"resource_app_id"')} cannot be resolved statically: var.graph_app_id has no default and no value in terraform.tfvars or *.auto.tfvars. The permissions of this required_resource_access are not checked.`,
        location: at(7, 23)
      },
      {
        message: `${subject('resource_access "id"')} cannot be resolved statically: module.permissions.user_read is a module output. The permission is not checked.`,
        location: at(16, 14)
      },
      {
        message: `${subject('resource_access "type"')} cannot be resolved statically: local.defined_elsewhere is not defined in this module. The permission is not checked.`,
        location: at(21, 14)
      },
      {
        message: `${subject('resource_access "id"')} cannot be resolved statically: the function lower() is not evaluated. The permission is not checked.`,
        location: at(20, 14)
      },
      {
        message: `${subject('"resource_app_id"')} cannot be resolved statically: azuread_application.api is an app this configuration creates, whose client id is known only after apply. The permissions of this required_resource_access are not checked.`,
        location: at(25, 23)
      }
    ])
  })

  it('reports wrong types, malformed blocks and cycles', async () => {
    const wrongType = await read(
      appWith(
        'data.azuread_service_principal.graph.oauth2_permission_scope_ids["Mail.Send"]',
        '"Role"'
      ).concat([
        'data "azuread_service_principal" "graph" {',
        `  client_id = "${GRAPH}"`,
        '}'
      ])
    )
    expect(wrongType.problems).toEqual([
      {
        message:
          'resource_access "id" in azuread_application.app takes Mail.Send from data.azuread_service_principal.graph.oauth2_permission_scope_ids, which lists delegated permissions, where an application permission belongs',
        location: at(6, 80)
      }
    ])
    // The id Terraform would send is the delegated scope's.
    expect(wrongType.declarations[0]?.type).toBe('delegated')

    expect(
      (await read(appWith(`"${USER_READ}"`, '"Delegated"'))).problems
    ).toEqual([
      {
        message:
          'resource_access "type" in azuread_application.app must be "Role" (application) or "Scope" (delegated), not "Delegated"',
        location: at(7, 15)
      }
    ])
    expect((await read(appWith('["a", "b"]'))).problems[0]?.message).toBe(
      'resource_access "id" in azuread_application.app must be a permission GUID, not a list'
    )
    expect(
      (
        await read([
          'resource "azuread_application" "app" {',
          '  required_resource_access {',
          '    resource_access {',
          `      id = "${USER_READ}"`,
          '    }',
          '  }',
          '}'
        ])
      ).problems.map((problem) => [problem.location.line, problem.message])
    ).toEqual([
      [
        2,
        'required_resource_access in azuread_application.app needs a "resource_app_id"'
      ]
    ])
    const cycle = await read(
      appWith(`"${USER_READ}"`, '"Scope"', 'local.a').concat([
        'locals {',
        '  a = local.b',
        '  b = local.a',
        '}'
      ])
    )
    expect(cycle.unresolved?.[0]?.message).toMatch(
      /cannot be resolved statically: local\.a refers to itself\./
    )
  })

  it('reports a permission looked up on another API, and grants and API access without their target', async () => {
    const { problems, unresolved } = await read([
      'data "azuread_service_principal" "sharepoint" {',
      '  client_id = "00000003-0000-0ff1-ce00-000000000000"',
      '}',
      ...appWith(
        'data.azuread_service_principal.sharepoint.app_role_ids["Sites.Read.All"]',
        '"Role"'
      ),
      'resource "azuread_app_role_assignment" "no_resource" {',
      '  app_role_id = "df021288-bdef-4463-88db-98f22de89214"',
      '}',
      'resource "azuread_application_api_access" "no_list" {',
      `  api_client_id = "${GRAPH}"`,
      '  role_ids      = var.roles',
      '}'
    ])
    expect(problems.map((problem) => problem.message)).toEqual([
      `resource_access "id" in azuread_application.app takes Sites.Read.All from data.azuread_service_principal.sharepoint, the service principal of 00000003-0000-0ff1-ce00-000000000000, but is for ${GRAPH}`,
      'azuread_app_role_assignment.no_resource needs an "app_role_id" and a "resource_object_id"'
    ])
    expect(unresolved?.map((notice) => notice.message)).toEqual([
      '"role_ids" of azuread_application_api_access.no_list cannot be resolved statically: var.roles is not defined in this module. Its permissions are not checked.'
    ])
  })

  it("reads what count creates with the module's values, and notes counts and collections empty only by default", async () => {
    const { declarations, unresolved } = await read([
      'variable "enabled" {',
      '  default = true',
      '}',
      'variable "extra_scopes" {',
      '  default = []',
      '}',
      'resource "azuread_application" "off" {',
      '  count = 0',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}"`,
      '    resource_access {',
      `      id   = "${USER_READ}"`,
      '      type = "Scope"',
      '    }',
      '  }',
      '}',
      'resource "azuread_application" "maybe" {',
      '  count = var.enabled ? 1 : 0',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}"`,
      '    resource_access {',
      `      id   = "${USER_READ}"`,
      '      type = "Scope"',
      '    }',
      '    dynamic "resource_access" {',
      '      for_each = var.extra_scopes',
      '      content {',
      '        id   = resource_access.value',
      '        type = "Scope"',
      '      }',
      '    }',
      '  }',
      '}',
      'resource "azuread_application" "fallback" {',
      '  count = var.enabled ? 0 : 1',
      '}'
    ])
    expect(declarations.map((d) => d.app.name)).toEqual([
      'azuread_application.maybe'
    ])
    expect(unresolved).toEqual([
      {
        message:
          '"for_each" of dynamic "resource_access" in azuread_application.maybe is empty with the values in this module. The blocks it generates from other values are not checked.',
        location: at(26, 18)
      },
      {
        message:
          '"count" of azuread_application.fallback is 0 with the values in this module. The instances it generates from other values are not checked.',
        location: at(35, 25)
      }
    ])
  })

  it('notes for_each empty by default through a function or a for expression, and unresolved for_each once', async () => {
    const { declarations, unresolved } = await read([
      'variable "role_ids" {',
      '  default = []',
      '}',
      'variable "apps" {',
      '  type = map(any)',
      '}',
      'locals {',
      '  roles = [for id in var.role_ids : { id = id } if id != ""]',
      '}',
      ...roleAssignmentToIdentity(
        'by_set',
        'toset(var.role_ids)',
        'each.value'
      ),
      ...roleAssignmentToIdentity(
        'by_for',
        '{ for role in local.roles : role.id => role }',
        'each.value.id'
      ),
      'resource "azuread_application" "per_app" {',
      '  for_each     = var.apps',
      '  display_name = each.key',
      '  dynamic "required_resource_access" {',
      '    for_each = each.value.access',
      '    content {',
      '      resource_app_id = required_resource_access.value.api',
      '      resource_access {',
      `        id   = "${USER_READ}"`,
      '        type = "Scope"',
      '      }',
      '    }',
      '  }',
      '}',
      ...roleAssignmentToIdentity('literal', 'toset([])', 'each.value')
    ])
    expect(declarations).toEqual([])
    expect(unresolved).toEqual([
      {
        message:
          '"for_each" of azuread_app_role_assignment.by_set is empty with the values in this module. The instances it generates from other values are not checked.',
        location: at(11, 25)
      },
      {
        message:
          '"for_each" of azuread_app_role_assignment.by_for is empty with the values in this module. The instances it generates from other values are not checked.',
        location: at(17, 25)
      },
      {
        message:
          '"for_each" of azuread_application.per_app cannot be resolved statically: var.apps has no default and no value in terraform.tfvars or *.auto.tfvars. It is read once; what depends on each.key or each.value is not checked.',
        location: at(23, 18)
      }
    ])
  })

  it('follows one instance of a resource with for_each to the API it stands for', async () => {
    const { declarations, unresolved } = await read([
      'locals {',
      '  apis = {',
      `    graph = { app_id = "${GRAPH}", roles = ["User.Read.All"] }`,
      '  }',
      '}',
      'resource "azuread_service_principal" "api" {',
      '  for_each     = local.apis',
      '  client_id    = each.value.app_id',
      '  use_existing = true',
      '}',
      'resource "azuread_app_role_assignment" "consent" {',
      '  for_each            = toset(local.apis.graph.roles)',
      '  app_role_id         = azuread_service_principal.api["graph"].app_role_ids[each.value]',
      '  principal_object_id = azuread_service_principal.job.object_id',
      '  resource_object_id  = azuread_service_principal.api["graph"].object_id',
      '}',
      'resource "azuread_app_role_assignment" "missing" {',
      '  app_role_id         = "df021288-bdef-4463-88db-98f22de89214"',
      '  principal_object_id = azuread_service_principal.job.object_id',
      '  resource_object_id  = azuread_service_principal.api["exchange"].object_id',
      '}',
      'resource "azuread_service_principal" "job" {',
      '  client_id = "6a8f0e4c-3b1d-4c2e-9f7a-5d2b8c1e0f3a"',
      '}'
    ])
    expect(
      declarations.map((d) => [
        d.app.name,
        d.resourceAppId,
        d.reference,
        d.type,
        d.kind
      ])
    ).toEqual([
      [
        'azuread_service_principal.job',
        GRAPH,
        'User.Read.All',
        'application',
        'granted'
      ]
    ])
    expect((unresolved ?? []).map((u) => u.message)).toEqual([
      '"resource_object_id" of azuread_app_role_assignment.missing cannot be resolved statically: azuread_service_principal.api has no instance "exchange" with the values in this module. The grant is not checked.'
    ])
  })

  it("names a grant to another provider's principal by that resource's address", async () => {
    const { declarations } = await read([
      'resource "azuread_app_role_assignment" "mi" {',
      `  app_role_id         = "df021288-bdef-4463-88db-98f22de89214"`,
      '  principal_object_id = azurerm_user_assigned_identity.job.principal_id',
      `  resource_object_id  = data.azuread_service_principal.graph.object_id`,
      '}',
      `data "azuread_service_principal" "graph" { client_id = "${GRAPH}" }`
    ])
    expect(declarations.map((d) => [d.app.name, d.reference, d.kind])).toEqual([
      [
        'azurerm_user_assigned_identity.job',
        'df021288-bdef-4463-88db-98f22de89214',
        'granted'
      ]
    ])
  })

  it('reports the first syntax error at the offending token and reads nothing', async () => {
    const trailingComma = await read(appWith(`"${USER_READ}",`))
    expect(trailingComma).toEqual({
      declarations: [],
      problems: [
        { message: 'HCL syntax error: unexpected ","', location: at(6, 52) }
      ],
      unresolved: []
    })
    const unclosed = await read(appWith(`"${USER_READ}"`).slice(0, -1))
    expect(unclosed.problems).toEqual([
      { message: 'HCL syntax error: missing "}"', location: at(9, 4) }
    ])
    const unterminated = await read([
      'resource "azuread_application" "a" {',
      '  display_name = "x'
    ])
    expect(unterminated.problems[0]?.message).toBe(
      'HCL syntax error: missing closing quote'
    )
  })

  it('keeps columns right after a byte order mark', async () => {
    const { declarations } = await terraformAzureadReader.read(
      FILE,
      `\ufeff${appWith(`"${USER_READ}"`).join('\n')}`
    )
    expect(declarations[0]?.location).toEqual(at(6, 15))
  })

  it('neither hangs nor exhausts memory on hostile input', async () => {
    const nested = (open: string, close: string) =>
      `${open.repeat(5000)}${close.repeat(5000)}`
    const deepList = await read([
      `locals { x = ${nested('[', ']')} }`,
      ...appWith('local.x')
    ])
    expect(deepList.problems[0]?.message).toBe(
      'resource_access "id" in azuread_application.app must be a permission GUID, not a list'
    )
    const deepBraces = await read([`azuread_x = ${nested('{', '}')}`])
    expect(deepBraces.problems[0]?.message).toMatch(/^HCL syntax error: /)
    const deepBlocks = await read([
      'resource "azuread_application" "app" {',
      ...Array.from({ length: 5000 }, () => 'block {'),
      ...Array.from({ length: 5001 }, () => '}')
    ])
    expect(deepBlocks).toEqual({
      declarations: [],
      problems: [],
      unresolved: []
    })

    // Each local lists the previous one twice: 2^40 leaves if nothing stopped it.
    const doubling = await read([
      'locals {',
      `  l0 = ["${USER_READ}"]`,
      ...Array.from(
        { length: 40 },
        (_, index) => `  l${index + 1} = [local.l${index}, local.l${index}]`
      ),
      '}',
      ...dynamicAppOver('flatten(local.l40)')
    ])
    expect(doubling.unresolved).toEqual([
      {
        message:
          'resource_access "id" in azuread_application.app cannot be resolved statically: the expression nests too deeply to follow. The permission is not checked.',
        location: at(48, 26)
      }
    ])
    expect(doubling.declarations.length).toBeLessThan(100_000)
    // A hundred times a hundred times a hundred: shallow, but more work than a file may take.
    const hundred = (name: string) =>
      `[${Array.from({ length: 100 }, () => name).join(', ')}]`
    const wide = await read([
      'locals {',
      `  l0 = "${USER_READ}"`,
      `  l1 = ${hundred('local.l0')}`,
      `  l2 = ${hundred('local.l1')}`,
      `  l3 = ${hundred('local.l2')}`,
      '}',
      ...dynamicAppOver('flatten(local.l3)')
    ])
    expect(wide.problems).toEqual([
      {
        message:
          "the file's expressions take more than 1000000 evaluation steps to follow; this resource and the ones after it are not read",
        location: at(7, 1)
      }
    ])
  })

  it('reads a 4 MB file in linear time', async () => {
    const apps: string[] = []
    for (let size = 0, index = 0; size < 4_000_000; index++) {
      const app = appWith(`"${USER_READ}"`)
        .join('\n')
        .replace('"app"', `"app${index}"`)
      apps.push(app)
      size += app.length + 1
    }
    const started = performance.now()
    const { declarations, problems } = await read(apps)
    expect(problems).toEqual([])
    expect(declarations).toHaveLength(apps.length)
    expect(performance.now() - started).toBeLessThan(25_000)
  })

  it('takes only .tf files that use the azuread provider', () => {
    expect(
      readerFor('infra/main.tf', 'resource "azuread_application" "a" {}')
    ).toBe(terraformAzureadReader)
    expect(
      readerFor('infra/network.tf', 'resource "azurerm_vnet" "v" {}')
    ).toBe(undefined)
    expect(terraformAzureadReader.considers('infra/main.tf.json')).toBe(true)
    expect(terraformAzureadReader.considers('infra/terraform.tfvars')).toBe(
      true
    )
    expect(terraformAzureadReader.considers('infra/dev.auto.tfvars')).toBe(true)
    expect(
      terraformAzureadReader.considers('infra/terraform.tfvars.json')
    ).toBe(true)
    // Variable files passed with -var-file are not loaded without being told to.
    expect(terraformAzureadReader.considers('infra/prod.tfvars')).toBe(false)
  })
})

describe('Terraform fixtures', () => {
  const fixtures = join('__tests__', 'fixtures', 'terraform')

  it.each(readdirSync(fixtures).sort())(
    'matches the golden JSON report for %s',
    async (name) => {
      let stdout = ''
      await runCli(['scan', join(fixtures, name), '--format', 'json'], {
        cwd: '.',
        colour: false,
        now: () => new Date('2026-11-25T12:00:00Z'),
        stdout: (text) => (stdout += text),
        stderr: () => undefined
      })
      expectGolden(`terraform-${name}.json`, stdout)
    }
  )
})

describe('Terraform modules: the files of a folder read together', () => {
  const catalog = loadBundledCatalog()
  const variables = [
    'variable "roles" {',
    '  type    = list(string)',
    '  default = ["User.Read.All"]',
    '}'
  ].join('\n')
  const data =
    'data "azuread_service_principal" "graph" { client_id = local.graph }'
  const locals = `locals {\n  graph = "${GRAPH}"\n}`
  const main = [
    'resource "azuread_application" "job" {',
    '  display_name = "Job"',
    '  required_resource_access {',
    '    resource_app_id = local.graph',
    '    dynamic "resource_access" {',
    '      for_each = var.roles',
    '      content {',
    '        id   = data.azuread_service_principal.graph.app_role_ids[resource_access.value]',
    '        type = "Role"',
    '      }',
    '    }',
    '  }',
    '}'
  ].join('\n')
  const module = {
    'infra/main.tf': main,
    'infra/variables.tf': variables,
    'infra/data.tf': data,
    'infra/locals.tf': locals
  }
  const permissions = (declarations: Declaration[]) =>
    declarations.map((d) => [
      d.reference,
      d.type,
      `${d.location.file}:${d.location.line}:${d.location.column}`,
      d.definedAt &&
        `${d.definedAt.file}:${d.definedAt.line}:${d.definedAt.column}`
    ])

  /** The one permission of `module`: the default of var.roles, used in main.tf. */
  const defaultRole = [
    'User.Read.All',
    'application',
    'infra/main.tf:6:18',
    'infra/variables.tf:3:15'
  ]

  it('resolves locals, variables and data sources of sibling files, pointing definedAt there', async () => {
    const result = await scan(['infra'], memoryFiles(module), catalog)
    expect(permissions(result.declarations)).toEqual([defaultRole])
    expect(result.declarations[0]?.resourceAppId).toBe(GRAPH)
    expect(
      result.findings.filter((f) => f.ruleId === 'unresolved-reference')
    ).toEqual([])
    expect(result.filesScanned).toBe(4)
  })

  it('reads the siblings of a file named alone, without reporting on them', async () => {
    const files = {
      ...module,
      'infra/data.tf': `${data}\nresource "azuread_application" {}`
    }
    const result = await scan(['infra/main.tf'], memoryFiles(files), catalog)
    expect(permissions(result.declarations)).toEqual([defaultRole])
    // data.tf's malformed block belongs to a file outside the scan.
    expect(result.findings.map((f) => f.location.file)).not.toContain(
      'infra/data.tf'
    )
    expect(result.filesScanned).toBe(1)
  })

  it('takes variable values from terraform.tfvars(.json), then *.auto.tfvars(.json), over defaults', async () => {
    const withValues = {
      ...module,
      'infra/terraform.tfvars': 'roles = ["Mail.Send", "Group.Read.All"]',
      'infra/b.auto.tfvars': 'roles = ["Sites.Read.All"]',
      'infra/a.auto.tfvars': 'roles = ["Mail.Read"]',
      'infra/prod.tfvars': 'roles = ["Directory.ReadWrite.All"]',
      'infra/terraform.tfvars.json': '{"roles": ["Mail.Read"]}',
      'infra/c.auto.tfvars.json': '{"roles": ["Files.Read.All", "${literal}"]}'
    }
    const result = await scan(['infra'], memoryFiles(withValues), catalog)
    expect(permissions(result.declarations)).toEqual([
      [
        'Files.Read.All',
        'application',
        'infra/main.tf:6:18',
        'infra/c.auto.tfvars.json:1:13'
      ],
      // Values in variable files are literal: "${" there interpolates nothing.
      [
        '${literal}',
        'application',
        'infra/main.tf:6:18',
        'infra/c.auto.tfvars.json:1:31'
      ]
    ])
    const { declarations } = await scan(
      ['infra'],
      memoryFiles({
        ...module,
        'infra/terraform.tfvars': 'roles = ["Mail.Send"]',
        'infra/terraform.tfvars.json': '{"roles": ["Mail.Read"]}'
      }),
      catalog
    )
    expect(declarations.map((d) => d.reference)).toEqual(['Mail.Read'])
  })

  it('reports a sibling that does not parse at its error, and names it where definitions are missing', async () => {
    const broken = { ...module, 'infra/variables.tf': 'variable "roles" {' }
    const { declarations, findings } = await scan(
      ['infra'],
      memoryFiles(broken),
      catalog
    )
    expect(declarations).toEqual([])
    expect(findings.map((f) => [f.ruleId, f.location.file, f.message])).toEqual(
      [
        [
          'unresolved-reference',
          'infra/main.tf',
          'Terraform (azuread): "for_each" of dynamic "resource_access" in azuread_application.job cannot be resolved statically: var.roles is not defined in this module\'s files that parse (variables.tf could not be parsed). The blocks it generates are not checked.'
        ],
        [
          'malformed-manifest',
          'infra/variables.tf',
          'Terraform (azuread): HCL syntax error: missing "}"'
        ]
      ]
    )
  })

  it('reads the files of a module too large to hold together one at a time, and says so', async () => {
    // Comments parse fast; three such files, each under the file size limit, take the
    // folder over the module limit.
    const filler = '# padding\n'.repeat(
      Math.ceil(MAX_MODULE_CHARACTERS / 30) + 1000
    )
    const files = {
      ...module,
      'infra/a.tf': filler,
      'infra/b.tf': filler,
      'infra/c.tf': filler
    }
    const { declarations, findings } = await scan(
      ['infra'],
      memoryFiles(files),
      catalog
    )
    expect(declarations).toEqual([])
    expect(
      findings
        .filter((f) => f.ruleId === 'unresolved-reference')
        .map((f) => `${f.location.file}:${f.location.line} ${f.message}`)
    ).toEqual([
      expect.stringMatching(
        /^infra\/a\.tf:1 Terraform \(azuread\): the module's Terraform files hold \d+ characters, over the \d+ read together; each file is read on its own/
      ) as string,
      expect.stringContaining(
        'local.graph is not defined in this module'
      ) as string,
      expect.stringContaining(
        'var.roles is not defined in this module'
      ) as string
    ])
  })

  it('reads a file once when the scanned paths overlap', async () => {
    const result = await scan(
      ['infra', 'infra/main.tf', 'infra'],
      memoryFiles(module),
      catalog
    )
    expect(result.declarations).toHaveLength(1)
    expect(result.filesScanned).toBe(4)
  })

  it('reads a module only when one of its files uses the azuread provider', async () => {
    const network = {
      'net/main.tf': 'resource "azurerm_virtual_network" "v" {}',
      'net/variables.tf': variables
    }
    const walked = await scan(['net'], memoryFiles(network), catalog)
    expect(walked).toMatchObject({ declarations: [], findings: [] })
    expect(walked.filesScanned).toBe(0)
    const named = await scan(['net/main.tf'], memoryFiles(network), catalog)
    expect(named.findings.map((f) => f.message)).toEqual([
      'net/main.tf was not scanned: it is in none of the formats this tool reads.'
    ])
  })

  it('reads configurations in JSON syntax, templates and dynamic blocks included, at their JSON locations', async () => {
    const json = [
      '{',
      '  "//": "Generated; do not edit.",',
      '  "variable": { "scopes": { "default": ["Mail.Send", "${not.a.reference}"] } },',
      '  "data": { "azuread_service_principal": { "graph": { "client_id": "' +
        GRAPH +
        '" } } },',
      '  "resource": { "azuread_application": { "mailer": {',
      '    "display_name": "Mailer \\"v2\\" \\/ \\u00e9",',
      '    "required_resource_access": {',
      '      "resource_app_id": "${data.azuread_service_principal.graph.client_id}",',
      '      "dynamic": { "resource_access": {',
      '        "for_each": "${var.scopes}", "iterator": "scope",',
      '        "content": {',
      '          "id": "${data.azuread_service_principal.graph.oauth2_permission_scope_ids[scope.value]}",',
      '          "type": "Scope" } } },',
      '      "resource_access": [{ "id": "${local.role}", "type": "Role" }]',
      '    }',
      '  } } }',
      '}'
    ].join('\n')
    const { declarations, findings } = await scan(
      ['app'],
      memoryFiles({
        'app/main.tf.json': json,
        'app/locals.tf':
          'locals {\n  role = "df021288-bdef-4463-88db-98f22de89214"\n}'
      }),
      catalog
    )
    expect(
      declarations.map((d) => [
        d.app.name,
        d.reference,
        d.type,
        `${d.location.line}:${d.location.column}`,
        d.definedAt &&
          `${d.definedAt.file}:${d.definedAt.line}:${d.definedAt.column}`
      ])
    ).toEqual([
      [
        'Mailer "v2" / é',
        'Mail.Send',
        'delegated',
        '10:24',
        'app/main.tf.json:3:42'
      ],
      // A variable's default is literal in JSON syntax: "${" there interpolates nothing.
      [
        'Mailer "v2" / é',
        '${not.a.reference}',
        'delegated',
        '10:24',
        'app/main.tf.json:3:55'
      ],
      [
        'Mailer "v2" / é',
        'df021288-bdef-4463-88db-98f22de89214',
        'application',
        '14:38',
        'app/locals.tf:2:11'
      ]
    ])
    expect(declarations[0]?.location.file).toBe('app/main.tf.json')
    expect(findings.map((f) => f.ruleId)).toContain('unknown-permission')
  })

  it('reports a JSON syntax error, and JSON that is not a configuration, where they are', async () => {
    const { findings } = await scan(
      ['a', 'b'],
      memoryFiles({
        'a/main.tf.json': '{\n  "resource": { "azuread_application": {,\n}',
        'b/main.tf.json': '["azuread_application"]'
      }),
      catalog
    )
    expect(
      findings.map((f) => [
        f.ruleId,
        f.location.file,
        f.location.line,
        f.location.column,
        f.message
      ])
    ).toEqual([
      [
        'malformed-manifest',
        'a/main.tf.json',
        2,
        41,
        'Terraform (azuread): JSON syntax error: a value expected'
      ],
      [
        'malformed-manifest',
        'b/main.tf.json',
        1,
        1,
        'Terraform (azuread): a Terraform file in JSON syntax must hold an object'
      ]
    ])
  })

  it('turns odd JSON configurations into findings, never into a crash', async () => {
    const odd = [
      '{"resource": {"azuread_application": {"a\\"b ${x}": {"display_name": "%{ if true }x%{ endif }"}}}}',
      '{"resource": {"azuread_application": {"a": {"required_resource_access": "${var.x}"}}}}',
      '{"resource": {"azuread_application": {"a": {"required_resource_access": [1, null, {"resource_access": {}}]}}}}',
      '{"resource": {"azuread_application": {"a": {"tags": {"${": "}", "\\u0000\\b\\f": [1e3, true]}}}}}',
      '{"resource": {"azuread_application": {"a": {"display_name": "${unterminated"}}}}',
      '{"//": "azuread_", "locals": [{"x": "$${literal}"}, {"9bad name": 1}], "variable": {"v": {"default": {"${k}": "%{v}"}}}}',
      '{"resource": {"azuread_application": []}, "data": null, "variable": "x", "locals": 3}'
    ]
    const messages: string[][] = []
    for (const text of odd) {
      const result = await scan(
        ['x'],
        memoryFiles({ 'x/main.tf.json': text }),
        catalog
      )
      expect(result.filesScanned).toBe(1)
      for (const finding of result.findings)
        expect(finding.location.file).toBe('x/main.tf.json')
      messages.push(
        result.findings.map(
          (f) => `${f.location.column} ${f.message.replace(/^[^:]*: /, '')}`
        )
      )
    }
    expect(messages).toEqual([
      [],
      [
        '73 "required_resource_access" is a block: it must be an object or a list of objects'
      ],
      [
        '74 "required_resource_access" is a block: it must be an object or a list of objects'
      ],
      [
        '54 a string or name here is not a valid Terraform template (HCL syntax error: unexpected "\\"")'
      ],
      [
        '76 a string or name here is not a valid Terraform template (HCL syntax error: unexpected "\\"")'
      ],
      [],
      []
    ])
  })

  it("reads a local module as each module block calls it, with the block's arguments", async () => {
    const child = [
      'variable "name" {}',
      'variable "roles" {',
      '  default = []',
      '}',
      'resource "azuread_application" "this" {',
      '  display_name = var.name',
      '  required_resource_access {',
      `    resource_app_id = "${GRAPH}"`,
      '    dynamic "resource_access" {',
      '      for_each = var.roles',
      '      content {',
      '        id   = data.azuread_service_principal.graph.app_role_ids[resource_access.value]',
      '        type = "Role"',
      '      }',
      '    }',
      '  }',
      '}',
      `data "azuread_service_principal" "graph" { client_id = "${GRAPH}" }`,
      // A module that calls its caller must not loop.
      'module "back" {',
      '  source = "../.."',
      '}'
    ].join('\n')
    const files = {
      'infra/main.tf': [
        'module "sync" {',
        '  source = "./modules/app"',
        '  name   = "HR sync"',
        '  roles  = ["User.Read.All"]',
        '}',
        'module "per_team" {',
        '  source   = "./modules/app/"',
        '  for_each = toset(["blue", "green"])',
        '  name     = "Team ${each.key}"',
        '  roles    = each.key == "blue" ? ["Mail.Read"] : []',
        '}',
        'module "remote" {',
        '  source = "Azure/naming/azurerm"',
        '}'
      ].join('\n'),
      'infra/modules/app/main.tf': child,
      // A called module takes its variables from the caller, never from its tfvars.
      'infra/modules/app/terraform.tfvars':
        'roles = ["Directory.ReadWrite.All"]'
    }
    const result = await scan(['infra/main.tf'], memoryFiles(files), catalog)
    expect(
      result.declarations.map((d) => [
        d.app.name,
        d.reference,
        `${d.location.file}:${d.location.line}`,
        d.definedAt && `${d.definedAt.file}:${d.definedAt.line}`
      ])
    ).toEqual([
      [
        'HR sync',
        'User.Read.All',
        'infra/modules/app/main.tf:10',
        'infra/main.tf:4'
      ],
      [
        'Team blue',
        'Mail.Read',
        'infra/modules/app/main.tf:10',
        'infra/main.tf:10'
      ]
    ])
    // The caller's values are the real ones: no "empty by default" notice for green.
    expect(
      result.findings.filter((f) => f.ruleId === 'unresolved-reference')
    ).toEqual([])
    // Read on its own, the module has only its defaults (and its tfvars).
    const alone = await scan(['infra/modules/app'], memoryFiles(files), catalog)
    expect(alone.declarations.map((d) => [d.app.name, d.reference])).toEqual([
      ['azuread_application.this', 'Directory.ReadWrite.All']
    ])
  })

  it("follows the conditions modules guard their blocks with, and names a called module's grants by its address", async () => {
    const child = [
      'variable "roles" {',
      '  default = null',
      '}',
      'variable "name" {}',
      'variable "consent" {',
      '  default = false',
      '}',
      'locals {',
      '  roles = var.roles != null ? var.roles : []',
      '}',
      'resource "azuread_application" "app" {',
      '  display_name = var.name',
      '  dynamic "required_resource_access" {',
      '    for_each = length(local.roles) > 0 ? [1] : []',
      '    content {',
      `      resource_app_id = "${GRAPH}"`,
      '      dynamic "resource_access" {',
      '        for_each = local.roles',
      '        content {',
      '          id   = resource_access.value',
      '          type = "Role"',
      '        }',
      '      }',
      '    }',
      '  }',
      '}',
      'resource "azuread_app_role_assignment" "consent" {',
      '  count               = var.consent && var.roles != null ? 1 : 0',
      '  app_role_id         = local.roles[0]',
      '  principal_object_id = azuread_service_principal.app.object_id',
      `  resource_object_id  = data.azuread_service_principal.graph.object_id`,
      '}',
      `data "azuread_service_principal" "graph" { client_id = "${GRAPH}" }`
    ].join('\n')
    const role = 'df021288-bdef-4463-88db-98f22de89214'
    const files = {
      'main.tf': [
        'module "a" {',
        '  source  = "./modules/app"',
        '  name    = "App A"',
        `  roles   = ["${role}"]`,
        '  consent = true',
        '}',
        'module "b" {',
        '  source  = "./modules/app"',
        '  name    = "App B"',
        `  roles   = ["${role}"]`,
        '  consent = true',
        '}',
        'module "gone" {',
        '  source = "./modules/missing"',
        '}',
        'module "above" {',
        '  source = "../shared/app"',
        '}'
      ].join('\n'),
      'modules/app/main.tf': child
    }
    const { declarations, findings } = await scan(
      ['main.tf'],
      memoryFiles(files),
      catalog
    )
    expect(declarations.map((d) => [d.app.name, d.reference, d.kind])).toEqual([
      ['App A', role, 'required'],
      ['module.a.azuread_service_principal.app', role, 'granted'],
      ['App B', role, 'required'],
      ['module.b.azuread_service_principal.app', role, 'granted']
    ])
    // Two modules' grants are two apps: no duplicate between them.
    expect(findings.map((f) => f.ruleId)).not.toContain('duplicate-declaration')
    expect(
      findings
        .filter((f) => f.ruleId === 'unresolved-reference')
        .map((f) => `${f.location.line} ${f.message}`)
    ).toEqual([
      '14 Terraform (azuread): module.gone is not read: "./modules/missing" holds no Terraform files the scan can read',
      '17 Terraform (azuread): module.above is not read: its source "../shared/app" lies outside the folder scanned as the repository (run the scan from the repository\'s root)'
    ])
    // Read on its own, with its defaults, the module creates nothing and says why.
    const alone = await scan(['modules/app'], memoryFiles(files), catalog)
    expect(alone.declarations).toEqual([])
    expect(alone.findings.map((f) => f.message)).toEqual([
      'Terraform (azuread): "for_each" of dynamic "required_resource_access" in azuread_application.app is empty with the values in this module. The blocks it generates from other values are not checked.',
      'Terraform (azuread): "count" of azuread_app_role_assignment.consent is 0 with the values in this module. The instances it generates from other values are not checked.'
    ])
  })

  it('follows a module call written in JSON syntax', async () => {
    const { declarations } = await scan(
      ['root'],
      memoryFiles({
        'root/main.tf.json': JSON.stringify({
          module: {
            sync: {
              source: '../modules/app',
              name: 'Sync ${"job"}',
              roles: ['Mail.Send']
            }
          }
        }),
        'modules/app/main.tf': [
          'variable "name" {}',
          'variable "roles" {}',
          ...dynamicAppOver('var.roles').map((line) =>
            line.includes('"app" {')
              ? `${line}\n  display_name = var.name`
              : line.replace('"Scope"', '"Role"')
          ),
          `data "azuread_service_principal" "g" { client_id = "${GRAPH}" }`
        ]
          .join('\n')
          .replace(
            'id   = resource_access.value',
            'id   = data.azuread_service_principal.g.app_role_ids[resource_access.value]'
          )
      }),
      catalog
    )
    expect(declarations.map((d) => [d.app.name, d.reference, d.type])).toEqual([
      ['Sync job', 'Mail.Send', 'application']
    ])
  })

  it('uses siblings outside the globs but not files .gitignore keeps out of the repository', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gca-module-'))
    try {
      mkdirSync(join(root, 'infra'))
      for (const [path, text] of Object.entries(module))
        writeFileSync(join(root, path), text)
      // Secrets often live in an ignored terraform.tfvars: CI never sees it.
      writeFileSync(join(root, '.gitignore'), '*.tfvars\n')
      writeFileSync(
        join(root, 'infra', 'terraform.tfvars'),
        'roles = ["Directory.ReadWrite.All"]'
      )
      const result = await scan(
        ['.'],
        localFiles(root, { include: [], exclude: ['**/variables.tf'] }),
        catalog
      )
      expect(permissions(result.declarations)).toEqual([defaultRole])
      expect(result.filesScanned).toBe(3)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
