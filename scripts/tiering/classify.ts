/**
 * The project's privilege classification: rules over the `Resource.Operation.Constraint`
 * shape of a permission name, then reviewed per-permission overrides (tiering/overrides.yml).
 * Every permission gets a tier and a one-line rationale; the rules' wording is the
 * project's own.
 */
import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../../src/model.js'

/** Privilege tiers, from least to most dangerous. */
export const TIERS = ['low', 'medium', 'high', 'critical'] as const
export type Tier = (typeof TIERS)[number]

/** A tier with the reason for it and where it came from. */
export interface TierVerdict {
  tier: Tier
  rationale: string
  /** `override` for a reviewed per-permission entry, else the id of the naming rule. */
  basis: string
}

/** What the classifier knows of a permission. */
export interface PermissionFacts {
  name: string
  type: PermissionType
  /** Teams resource-specific consent: granted per team, chat or user, by its owner. */
  resourceSpecific?: boolean
}

/**
 * Resources whose data is sensitive content: messages, files, meetings, logs, security
 * signals, credentials. Reading them tenant-wide is high; a family prefix before a dash
 * counts too (`UserAuthMethod-Phone` is `UserAuthMethod`).
 */
const SENSITIVE_FAMILIES = new Set([
  'AiEnterpriseInteraction',
  'AuditActivity',
  'AuditLog',
  'AuditLogsQuery',
  'BitlockerKey',
  'BookingsAppointment',
  'Calendars',
  'CallAiInsights',
  'CallEvents',
  'CallRecord',
  'CallRecordings',
  'CallRecords',
  'CallTranscripts',
  'ChannelMessage',
  'Chat',
  'ChatMessage',
  'Community',
  'Contacts',
  'CopilotConversation',
  'CustomSecAttributeAssignment',
  'CustomSecAttributeAuditLogs',
  'DeviceLocalCredential',
  'eDiscovery',
  'EngagementConversation',
  'EngagementExport',
  'EngagementMeetingConversation',
  'ExchangeMessageTrace',
  'ExternalItem',
  'FileStorageContainer',
  'Files',
  'Group-Conversation',
  'IdentityRiskEvent',
  'IdentityRiskyAgent',
  'IdentityRiskyServicePrincipal',
  'IdentityRiskyUser',
  'InformationProtectionContent',
  'ListItems',
  'Lists',
  'Mail',
  'MailboxConfigItem',
  'MailboxFolder',
  'MailboxItem',
  'Member',
  'Notes',
  'OnlineMeetingAiInsight',
  'OnlineMeetingArtifact',
  'OnlineMeetingRecording',
  'OnlineMeetings',
  'OnlineMeetingTranscript',
  'ProvisioningLog',
  'RealTimeActivityFeed',
  'RecordsManagement',
  'Reports',
  'SecurityAlert',
  'SecurityAnalyzedMessage',
  'SecurityEvents',
  'SecurityIncident',
  'ShortNotes',
  'Sites',
  'Storyline',
  'SubjectRightsRequest',
  'Tasks',
  'ThreatHunting',
  'ThreatSubmission',
  'UserActivity',
  'UserAuthenticationMethod',
  'UserAuthMethod',
  'UserCloudClipboard',
  'UserTimelineActivity',
  // Exchange Online and SharePoint Online resource names for the same content.
  'AllSites',
  'EAS',
  'EWS',
  'IMAP',
  'POP',
  'SMTP'
])

/** The OpenID Connect scopes: sign-in and a refresh token, no data beyond that. */
const SIGN_IN_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access'])

/** Constraints that narrow a permission to objects the app owns or was given. */
const LIMITING_CONSTRAINTS = new Set([
  'AppFolder',
  'CreatedByApp',
  'IdentityParentedBy',
  'ManagedBy',
  'OwnedBy',
  'Selected',
  'WhereInstalled'
])

/** Constraints that keep a delegated permission to the signed-in user's own data. */
const OWN_DATA_CONSTRAINTS = new Set(['', 'Shared', 'User'])

/** The parts of a `Resource.Operation.Constraint` name. */
export interface NameParts {
  resource: string
  /** The resource without a dash-separated qualifier: `UserAuthMethod-Phone` -> `UserAuthMethod`. */
  family: string
  operation: string
  constraint: string
}

/** Splits a permission name into resource, operation and constraint. */
export function parseName(name: string): NameParts {
  const [resource = name, operation = '', ...rest] = name.split('.')
  return {
    resource,
    family: resource.split('-')[0] ?? resource,
    operation,
    constraint: rest.join('.')
  }
}

/** True for operations that only read (or read out) data. */
export function isReadOperation(operation: string): boolean {
  return (
    /^Read(Basic)?(For[A-Z]\w*|Selected\w*)?$/.test(operation) ||
    ['Evaluate', 'Compute', 'Export'].includes(operation)
  )
}

const isSensitive = (parts: NameParts): boolean =>
  SENSITIVE_FAMILIES.has(parts.resource) ||
  SENSITIVE_FAMILIES.has(parts.family) ||
  parts.operation === 'Export'

const isLimited = (parts: NameParts): boolean =>
  LIMITING_CONSTRAINTS.has(parts.constraint) ||
  parts.operation === 'Selected' ||
  parts.constraint.endsWith('.Selected')

/**
 * Classifies a permission by the naming rules alone.
 * @returns The tier, a one-line rationale, and the id of the rule that decided.
 */
export function classifyByName(facts: PermissionFacts): TierVerdict {
  const { name, type } = facts
  const parts = parseName(name)
  const reads = isReadOperation(parts.operation)
  const sensitive = isSensitive(parts)
  const what = parts.resource
  const verdict = (
    tier: Tier,
    basis: string,
    rationale: string
  ): TierVerdict => ({
    tier,
    basis,
    rationale
  })

  if (SIGN_IN_SCOPES.has(name))
    return verdict(
      'low',
      'sign-in',
      'Signs the user in and keeps the session; no data beyond that.'
    )

  if (facts.resourceSpecific)
    return sensitive || !reads
      ? verdict(
          'medium',
          'resource-specific',
          `${reads ? 'Reads' : 'Changes'} ${what} data in the one team, chat or meeting where the app is installed, with the consent of its owner.`
        )
      : verdict(
          'low',
          'resource-specific',
          `Reads ${what} settings of the one team, chat or meeting where the app is installed, with the consent of its owner.`
        )

  if (type === 'application') {
    if (parts.operation === 'Selected' || parts.constraint.endsWith('Selected'))
      return verdict(
        'medium',
        'application-limited',
        `Reaches ${what} data only where an administrator grants it access, with the access granted there.`
      )
    if (isLimited(parts))
      return reads && !sensitive
        ? verdict(
            'low',
            'application-limited',
            `Reads ${what} data only of objects the app owns or was explicitly given.`
          )
        : verdict(
            'medium',
            'application-limited',
            `${reads ? 'Reads' : 'Changes'} ${what} data, but only of objects the app owns or was explicitly given.`
          )
    if (!reads)
      return verdict(
        'high',
        'application-write',
        `Changes ${what} data across the whole tenant without a signed-in user.`
      )
    return sensitive
      ? verdict(
          'high',
          'application-sensitive-read',
          `Reads ${what} content across the whole tenant without a signed-in user.`
        )
      : verdict(
          'medium',
          'application-read',
          `Reads ${what} data across the tenant without a signed-in user; directory or configuration data, not content.`
        )
  }

  // Delegated: the app acts as the signed-in user and can do no more than they can.
  if (parts.constraint === 'AppFolder')
    return verdict(
      'low',
      'delegated-app-folder',
      `Reaches only the app's own folder in the signed-in user's ${what}.`
    )
  if (isLimited(parts))
    return verdict(
      'medium',
      'delegated-limited',
      `${reads ? 'Reads' : 'Changes'} ${what} data the signed-in user can reach, limited to objects the app owns or was given.`
    )
  const ownData = OWN_DATA_CONSTRAINTS.has(parts.constraint)
  if (!ownData)
    return !reads
      ? verdict(
          'high',
          'delegated-tenant-write',
          `Changes ${what} data anywhere the signed-in user may; in an administrator's session that is the whole tenant.`
        )
      : sensitive
        ? verdict(
            'high',
            'delegated-tenant-sensitive-read',
            `Reads ${what} content anywhere the signed-in user has access, beyond their own.`
          )
        : verdict(
            'medium',
            'delegated-tenant-read',
            `Reads ${what} data across the tenant as the signed-in user; directory or configuration data, not content.`
          )
  if (!reads)
    return verdict(
      'medium',
      'delegated-own-write',
      `Changes the signed-in user's own ${what} data.`
    )
  return sensitive
    ? verdict(
        'medium',
        'delegated-own-sensitive-read',
        `Reads the signed-in user's own ${what} content.`
      )
    : verdict(
        'low',
        'delegated-own-read',
        `Reads the signed-in user's own basic ${what} data.`
      )
}

/** A reviewed tier for named permissions, replacing what the naming rules say. */
export interface TierOverride {
  permissions: string[]
  /** Restrict to one resource (appId); Microsoft Graph when absent. */
  resource?: string
  /** Restrict to these types; both when absent. */
  types?: PermissionType[]
  tier: Tier
  rationale: string
}

/**
 * Classifies a permission: a reviewed override when one names it, else the naming rules.
 * @param overrides The reviewed overrides, from tiering/overrides.yml.
 */
export function classify(
  facts: PermissionFacts,
  resourceAppId: string,
  overrides: readonly TierOverride[]
): TierVerdict {
  const override = overrides.find(
    (entry) =>
      entry.permissions.includes(facts.name) &&
      (entry.resource ?? MICROSOFT_GRAPH_APP_ID) === resourceAppId &&
      (entry.types === undefined || entry.types.includes(facts.type))
  )
  return override
    ? { tier: override.tier, rationale: override.rationale, basis: 'override' }
    : classifyByName(facts)
}
