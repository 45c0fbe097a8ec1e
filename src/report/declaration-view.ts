import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import type { Tier } from '../catalog/tiers.js'
import type {
  DeclarationKind,
  PermissionType,
  SourceLocation
} from '../model.js'

/** A declaration flattened for reports: what it names, and what the catalog says of it. */
export interface DeclarationView {
  file: string
  line: number
  column: number
  app: { name: string | null; appId: string | null }
  resourceAppId: string
  /** The resource's display name, when the catalog or the first-party app list knows it. */
  resourceName: string | null
  permission: { name: string | null; id: string | null; type: PermissionType }
  adminConsentRequired: boolean | null
  enabled: boolean | null
  /** The project's privilege tier, when the permission resolved. */
  tier: Tier | null
  /** The catalog verdict: resolved, wrong-type, unknown, invalid-guid or unverifiable. */
  status: ResolvedDeclaration['resolution']['status']
  /** required (asked for by an app registration), granted (consented) or requested (by code). */
  kind: DeclarationKind
  /** The reader that found it, e.g. `terraform-azuread`. */
  format: string
  /** Where a permission named through a reference has its value, when it does. */
  definedAt: SourceLocation | null
}

/** Flattens a resolved declaration. Facts the catalog could not confirm are null. */
export function viewDeclaration(
  declaration: ResolvedDeclaration,
  catalog: Catalog
): DeclarationView {
  const {
    location,
    app,
    resourceAppId,
    reference,
    referenceKind,
    type,
    resolution
  } = declaration
  const known =
    resolution.status === 'resolved' || resolution.status === 'wrong-type'
      ? resolution.permission
      : undefined
  const resolved =
    resolution.status === 'resolved' ? resolution.permission : undefined
  return {
    file: location.file,
    line: location.line,
    column: location.column,
    app: { name: app.name ?? null, appId: app.appId ?? null },
    resourceAppId,
    resourceName: catalog.resourceName(resourceAppId) ?? null,
    permission: {
      name: known?.name ?? (referenceKind === 'name' ? reference : null),
      id: known?.id ?? (referenceKind === 'id' ? reference : null),
      type
    },
    adminConsentRequired: resolved?.adminConsentRequired ?? null,
    enabled: resolved?.enabled ?? null,
    tier: resolved?.tier ?? null,
    status: resolution.status,
    kind: declaration.kind,
    format: declaration.format,
    definedAt: declaration.definedAt ?? null
  }
}

/** The app's best label: its name, else its appId, else a dash. */
export function appLabel(view: DeclarationView): string {
  return view.app.name ?? view.app.appId ?? '-'
}
