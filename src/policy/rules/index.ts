import type { Rule } from '../rule.js'
import { staleApproval } from './stale-approval.js'
import { deniedPermission } from './denied-permission.js'
import { approvalMissingJustification } from './approval-missing-justification.js'
import { approvalExpiring } from './approval-expiring.js'
import { approvalExpired } from './approval-expired.js'
import { adminConsentRequired } from './admin-consent-required.js'
import { broaderThanNeeded } from './broader-than-needed.js'
import { defaultScope } from './default-scope.js'
import { disabledPermission } from './disabled-permission.js'
import { duplicateDeclaration } from './duplicate-declaration.js'
import { invalidGuid } from './invalid-guid.js'
import { malformedManifest } from './malformed-manifest.js'
import { permissionTypeMismatch } from './permission-type-mismatch.js'
import { privilegedPermission } from './privileged-permission.js'
import { redundantPermission } from './redundant-permission.js'
import { skippedFile } from './skipped-file.js'
import { spfxSharedPrincipal } from './spfx-shared-principal.js'
import { undeclaredScope } from './undeclared-scope.js'
import { unknownPermission } from './unknown-permission.js'
import { unresolvedReference } from './unresolved-reference.js'
import { unverifiableResource } from './unverifiable-resource.js'

/** Every rule, in the order the documentation lists them. */
export const RULES: readonly Rule[] = [
  malformedManifest,
  invalidGuid,
  unknownPermission,
  permissionTypeMismatch,
  privilegedPermission,
  deniedPermission,
  approvalExpired,
  approvalExpiring,
  staleApproval,
  approvalMissingJustification,
  disabledPermission,
  duplicateDeclaration,
  redundantPermission,
  undeclaredScope,
  broaderThanNeeded,
  adminConsentRequired,
  defaultScope,
  spfxSharedPrincipal,
  unverifiableResource,
  unresolvedReference,
  skippedFile
]

export {
  adminConsentRequired,
  approvalExpired,
  approvalExpiring,
  approvalMissingJustification,
  deniedPermission,
  staleApproval,
  broaderThanNeeded,
  defaultScope,
  disabledPermission,
  duplicateDeclaration,
  invalidGuid,
  malformedManifest,
  permissionTypeMismatch,
  privilegedPermission,
  redundantPermission,
  skippedFile,
  spfxSharedPrincipal,
  undeclaredScope,
  unknownPermission,
  unresolvedReference,
  unverifiableResource
}
