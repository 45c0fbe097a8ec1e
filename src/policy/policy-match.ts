import type { Catalog } from '../catalog/catalog.js'
import type { TierThreshold } from '../catalog/tiers.js'
import { ConfigError } from '../errors.js'
import {
  formatLocation,
  isGuid,
  MICROSOFT_GRAPH_APP_ID,
  type AppReference,
  type PermissionType,
  type SourceLocation
} from '../model.js'
import type {
  Policy,
  PolicyAppOverride,
  PolicyApproval,
  PolicyDenial,
  PolicyTier,
  UnknownPermissionSeverity
} from './policy-file.js'

/**
 * How policy entries apply to declared permissions. Pure functions of the policy, the
 * permission and the catalog (which turns API display names into appIds), so every rule
 * and report judges a permission the same way.
 */

/** What a rule asks about: one declared permission, as the catalog resolved it. */
export interface PermissionSubject {
  app: AppReference
  /** The API's appId, or its name as the file wrote it when the catalog does not know it. */
  resourceAppId: string
  type: PermissionType
  /** The permission's name, when known (from the file or the catalog). */
  name?: string
  /** The permission's GUID, when known (from the file or the catalog). */
  id?: string
}

/** The settings that apply to one app. */
export interface AppSettings {
  failOnTier?: TierThreshold
  unknownPermissions?: UnknownPermissionSeverity
}

/**
 * True when a policy entry's `app` names the app. An appId is compared with the app's
 * appId, anything else with its display name: both exactly, without regard to case, so a
 * near-miss name never approves a different app.
 * @param pattern `*` for every app, an appId (GUID), or a display name.
 * @param app The app as the declaring file names it.
 */
export function appMatches(pattern: string, app: AppReference): boolean {
  if (pattern === '*') return true
  const wanted = pattern.toLowerCase()
  return isGuid(pattern)
    ? app.appId?.toLowerCase() === wanted
    : app.name?.toLowerCase() === wanted
}

/**
 * The appId an API given by appId or display name stands for: Microsoft Graph when absent.
 * A name the catalog does not know stays, lower-cased, so it still matches the same name
 * in a declaration (a custom API that a file names by display name).
 */
function resourceKey(resource: string | undefined, catalog: Catalog): string {
  if (resource === undefined) return MICROSOFT_GRAPH_APP_ID
  if (isGuid(resource)) return resource.toLowerCase()
  return (catalog.resourceIdByName(resource) ?? resource).toLowerCase()
}

function sameResource(
  entry: { resource?: string },
  subject: PermissionSubject,
  catalog: Catalog
): boolean {
  return (
    resourceKey(entry.resource, catalog) ===
    resourceKey(subject.resourceAppId, catalog)
  )
}

// Patterns repeat for every declaration of a scan; compile each once.
const compiledPatterns = new Map<string, RegExp>()

/** A `*` pattern as a regular expression for the whole name, in any case. */
function compilePattern(pattern: string): RegExp {
  let regex = compiledPatterns.get(pattern)
  if (regex === undefined) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')
    regex = new RegExp(`^${body}$`, 'is')
    compiledPatterns.set(pattern, regex)
  }
  return regex
}

/**
 * True when a deny or tier entry's pattern matches the permission: a GUID is compared
 * with the permission's id, anything else is a name pattern where `*` matches any run of
 * characters (dots included) and the whole name must match, without regard to case.
 */
export function permissionMatches(
  pattern: string,
  subject: PermissionSubject
): boolean {
  if (isGuid(pattern))
    return subject.id?.toLowerCase() === pattern.toLowerCase()
  return (
    subject.name !== undefined && compilePattern(pattern).test(subject.name)
  )
}

/** True when an approval's exact name or GUID is the permission's. */
function approvalNames(
  approval: PolicyApproval,
  subject: PermissionSubject
): boolean {
  const wanted = approval.permission.toLowerCase()
  const actual = isGuid(approval.permission) ? subject.id : subject.name
  return actual?.toLowerCase() === wanted
}

/** Sorts approvals by expiry, latest first; no expiry is later than any date. */
const NEVER_EXPIRES = '9999-99-99'

/**
 * The approval that covers a permission: the same app, the exact name or GUID, the same
 * type and the same API. Of several, the one valid longest (no expiry counts as longest),
 * so an expired approval left next to its renewal does not hide the renewal.
 * @param policy The validated policy.
 * @param subject The declared permission.
 * @param catalog Resolves APIs the policy names by display name.
 * @returns The approval, expired or not (the caller judges the date), or undefined.
 */
export function findApproval(
  policy: Policy,
  subject: PermissionSubject,
  catalog: Catalog
): PolicyApproval | undefined {
  const matching = policy.approvals.filter(
    (approval) =>
      approval.type === subject.type &&
      appMatches(approval.app, subject.app) &&
      approvalNames(approval, subject) &&
      sameResource(approval, subject, catalog)
  )
  return matching.sort((a, b) =>
    (b.expires ?? NEVER_EXPIRES).localeCompare(a.expires ?? NEVER_EXPIRES)
  )[0]
}

/** The app's entries under `apps`, in file order; usually none or one. */
function overridesFor(policy: Policy, app: AppReference): PolicyAppOverride[] {
  return policy.apps.filter((entry) => appMatches(entry.app, app))
}

function entryMatches(
  entry: PolicyDenial | PolicyTier,
  subject: PermissionSubject,
  catalog: Catalog
): boolean {
  return (
    (entry.type === undefined || entry.type === subject.type) &&
    permissionMatches(entry.permission, subject) &&
    sameResource(entry, subject, catalog)
  )
}

/**
 * The deny entry that matches a permission: first the deny lists of every `apps` entry
 * for its app (they add to the top-level list, so none may be skipped), then the
 * top-level list; the first match in that order, so the finding quotes the most specific.
 * @param policy The validated policy.
 * @param subject The declared permission.
 * @param catalog Resolves APIs the policy names by display name.
 */
export function findDenial(
  policy: Policy,
  subject: PermissionSubject,
  catalog: Catalog
): PolicyDenial | undefined {
  const candidates = [
    ...overridesFor(policy, subject.app).flatMap((entry) => entry.deny),
    ...policy.deny
  ]
  return candidates.find(
    (entry) =>
      (entry.app === undefined || appMatches(entry.app, subject.app)) &&
      entryMatches(entry, subject, catalog)
  )
}

/**
 * The tier entry that sets a permission's tier: the app's own `apps` entries first, then
 * the top-level list. Within that order the first matching entry wins, so a specific
 * entry belongs above a broad pattern, as in a firewall's rule list.
 * @param policy The validated policy.
 * @param subject The declared permission.
 * @param catalog Resolves APIs the policy names by display name.
 */
export function findTier(
  policy: Policy,
  subject: PermissionSubject,
  catalog: Catalog
): PolicyTier | undefined {
  const candidates = [
    ...overridesFor(policy, subject.app).flatMap((entry) => entry.tiers),
    ...policy.tiers
  ]
  return candidates.find((entry) => entryMatches(entry, subject, catalog))
}

/**
 * The tier threshold and unknown-permission severity for one app: the first `apps` entry
 * for it decides each setting it gives, the top level the others. Undefined settings are
 * left to the action's inputs.
 * @param policy The validated policy.
 * @param app The app as the declaring file names it.
 */
export function appSettings(policy: Policy, app: AppReference): AppSettings {
  const own = policy.apps.find((entry) => appMatches(entry.app, app))
  const failOnTier = own?.failOnTier ?? policy.failOnTier
  const unknownPermissions =
    own?.unknownPermissions ?? policy.unknownPermissions
  return {
    ...(failOnTier !== undefined && { failOnTier }),
    ...(unknownPermissions !== undefined && { unknownPermissions })
  }
}

/**
 * Checks that every API an entry names by display name is one the catalog knows. Matching
 * compares appIds, so a misspelt API name would make an approval or a deny entry quietly
 * match nothing; parsePolicy has no catalog to check it with.
 * @param policy The validated policy.
 * @param catalog The catalog the scan uses.
 * @throws ConfigError at the first entry whose `resource` is neither a GUID nor a name the
 *   catalog knows.
 */
export function checkPolicyResources(policy: Policy, catalog: Catalog): void {
  const entries: { resource?: string; location: SourceLocation }[] = [
    ...policy.approvals,
    ...policy.deny,
    ...policy.tiers,
    ...policy.apps.flatMap((app) => [...app.deny, ...app.tiers])
  ]
  for (const { resource, location } of entries)
    if (
      resource !== undefined &&
      !isGuid(resource) &&
      catalog.resourceIdByName(resource) === undefined
    )
      throw new ConfigError(
        `${formatLocation(location)}: resource "${resource}" is neither an appId nor the name of an API the catalog knows; give the API's appId`
      )
}
