import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../model.js'

/** How to grant one permission, in each of the usual tools. Placeholders are in `<...>`. */
export interface GrantInstructions {
  /** Steps in the Microsoft Entra admin center. */
  adminCenter: string[]
  /** Azure CLI commands. */
  azureCli: string[]
  /** Microsoft Graph PowerShell commands. */
  powerShell: string[]
  /** The Microsoft Graph API request that grants it. */
  graphApi: { method: 'POST'; url: string; body: Record<string, string> }
}

/** What grant instructions need to know about the permission. */
export interface GrantSubject {
  name: string
  id: string
  type: PermissionType
  adminConsentRequired: boolean | null
  resourceAppId: string
  resourceName: string
}

const MANIFEST_TYPE: Record<PermissionType, string> = {
  delegated: 'Scope',
  application: 'Role'
}

/**
 * The steps and commands that add a permission to an app registration and grant consent
 * to it. Application permissions are granted as an app role assignment to the app's
 * service principal; delegated ones as a tenant-wide OAuth2 permission grant.
 */
export function grantInstructions(subject: GrantSubject): GrantInstructions {
  const { name, id, type, resourceAppId, resourceName } = subject
  const adminConsent =
    type === 'application' || subject.adminConsentRequired !== false
  const typeLabel =
    type === 'application' ? 'Application permissions' : 'Delegated permissions'
  const resourceFilter = `appId eq '${resourceAppId}'`
  const apiLabel =
    resourceAppId === MICROSOFT_GRAPH_APP_ID
      ? 'Microsoft Graph'
      : `APIs my organization uses > ${resourceName}`
  return {
    adminCenter: [
      'Open the Microsoft Entra admin center and go to Identity > Applications > App registrations > your app.',
      `Select API permissions > Add a permission > ${apiLabel} > ${typeLabel}.`,
      `Find ${name}, select it, and choose Add permissions.`,
      adminConsent
        ? 'Choose Grant admin consent for your tenant (a Privileged Role Administrator, Cloud Application Administrator or Application Administrator can, within the limits of their role).'
        : 'Users can consent to it themselves when they first sign in, unless your tenant restricts user consent.'
    ],
    azureCli: [
      `az ad app permission add --id <app-id> --api ${resourceAppId} --api-permissions ${id}=${MANIFEST_TYPE[type]}`,
      type === 'application'
        ? 'az ad app permission admin-consent --id <app-id>'
        : `az ad app permission grant --id <app-id> --api ${resourceAppId} --scope ${name}`
    ],
    powerShell: [
      `$resource = Get-MgServicePrincipal -Filter "${resourceFilter}"`,
      '$client = Get-MgServicePrincipal -Filter "appId eq \'<app-id>\'"',
      type === 'application'
        ? `New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $client.Id -PrincipalId $client.Id -ResourceId $resource.Id -AppRoleId ${id}`
        : `New-MgOauth2PermissionGrant -ClientId $client.Id -ConsentType AllPrincipals -ResourceId $resource.Id -Scope '${name}'`
    ],
    graphApi:
      type === 'application'
        ? {
            method: 'POST',
            url: 'https://graph.microsoft.com/v1.0/servicePrincipals/<client-service-principal-id>/appRoleAssignments',
            body: {
              principalId: '<client-service-principal-id>',
              resourceId: `<service-principal-id of ${resourceAppId}>`,
              appRoleId: id
            }
          }
        : {
            method: 'POST',
            url: 'https://graph.microsoft.com/v1.0/oauth2PermissionGrants',
            body: {
              clientId: '<client-service-principal-id>',
              consentType: 'AllPrincipals',
              resourceId: `<service-principal-id of ${resourceAppId}>`,
              scope: name
            }
          }
  }
}
