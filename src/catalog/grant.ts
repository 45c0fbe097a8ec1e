import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../model.js'

/** How to grant one permission, in each of the usual tools. Placeholders are in `<...>`. */
export interface GrantInstructions {
  /** Steps in the Microsoft Entra admin center. */
  adminCenter: string[]
  /** Azure CLI commands. */
  azureCli: string[]
  /** Microsoft Graph PowerShell commands. */
  powerShell: string[]
  /** The Microsoft Graph API request that grants it; none for resource-specific consent. */
  graphApi: { method: 'POST'; url: string; body: Record<string, string> } | null
}

/** What grant instructions need to know about the permission. */
export interface GrantSubject {
  name: string
  id: string
  type: PermissionType
  adminConsentRequired: boolean | null
  resourceAppId: string
  resourceName: string
  /** A Teams resource-specific consent permission, granted per team, chat or user. */
  resourceSpecific: boolean
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
  if (subject.resourceSpecific)
    return resourceSpecificInstructions(subject.name)
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

/**
 * Resource-specific consent is requested in the Teams app manifest and granted by the owner
 * of each team, chat or meeting when they install the app; no tenant-wide command grants it.
 */
function resourceSpecificInstructions(name: string): GrantInstructions {
  return {
    adminCenter: [
      `Add { "name": "${name}", "type": "Application" } to authorization.permissions.resourceSpecific in the Teams app manifest (manifest.json), with the app's Entra ID app in webApplicationInfo.`,
      'Publish or upload the app; the owner of each team, chat or meeting grants the permission when installing it there, if the tenant allows resource-specific consent (Teams admin center > Teams apps > Permission policies and Entra ID consent settings).'
    ],
    azureCli: [],
    powerShell: [],
    graphApi: null
  }
}
