import type { AuditReport, DeclarationVerdict } from '../audit.js'
import type { Catalog } from '../catalog/catalog.js'
import { declarationKey, type Change } from '../changes/compare.js'
import { isGuid } from '../model.js'
import { describeApproval, describeReview } from '../policy/approval-status.js'
import {
  appLabel,
  viewDeclaration,
  type DeclarationView
} from './declaration-view.js'

/** One permission of an app as the change summaries show it. */
export interface PermissionRow {
  change: Change
  view: DeclarationView
  /** The approval column: what the policy says of the permission. */
  approval: string
  /** Needs an approval it does not have (or is denied): the row that fails the check. */
  blocking: boolean
}

/** The permissions of one app, added first, then removed, then unchanged. */
export interface AppChanges {
  label: string
  /** The app's client id, when the files give a valid one. */
  appId?: string
  rows: PermissionRow[]
  added: number
  removed: number
}

const CHANGE_ORDER: Record<Change, number> = {
  added: 0,
  removed: 1,
  unchanged: 2
}

/** What the policy says of a permission, as a state for machines. */
export type ApprovalState =
  | 'not-needed'
  | 'approved'
  | 'approved-by-review'
  | 'unapproved'
  | 'expired'
  | 'denied'

/** The policy's verdict on a permission: a state, and words for a table cell. */
export function approvalOf(verdict: DeclarationVerdict): {
  state: ApprovalState | null
  text: string
  blocking: boolean
} {
  const { status } = verdict
  if (status === undefined) return { state: null, text: '-', blocking: false }
  if (status.denial !== undefined)
    return {
      state: 'denied',
      text: `⛔ denied (${status.denial.permission})`,
      blocking: true
    }
  if (status.approval !== undefined)
    return {
      state: 'approved',
      text: `✅ approved by ${describeApproval(status.approval)}`,
      blocking: false
    }
  if (status.review !== undefined)
    return {
      state: 'approved-by-review',
      text: `✅ approved by ${describeReview(status.review)}`,
      blocking: false
    }
  if (!status.needsApproval)
    return { state: 'not-needed', text: 'not needed', blocking: false }
  if (status.expired !== undefined)
    return {
      state: 'expired',
      text: `❌ approval expired on ${status.expired.expires ?? ''}`,
      blocking: true
    }
  return { state: 'unapproved', text: '❌ not approved', blocking: true }
}

/**
 * Groups a report's declarations by app, each permission once (the first declaration of
 * it), apps with changes first.
 */
export function appChanges(
  report: AuditReport,
  catalog: Catalog
): AppChanges[] {
  const apps = new Map<string, AppChanges>()
  const seen = new Set<string>()
  for (const verdict of report.declarations) {
    const key = declarationKey(verdict.declaration)
    if (seen.has(key)) continue
    seen.add(key)
    const view = viewDeclaration(verdict.declaration, catalog)
    const label = appLabel(view)
    const appId = view.app.appId ?? undefined
    const appKey = appId?.toLowerCase() ?? label
    let app = apps.get(appKey)
    if (app === undefined) {
      app = {
        label,
        ...(appId !== undefined && isGuid(appId) && { appId }),
        rows: [],
        added: 0,
        removed: 0
      }
      apps.set(appKey, app)
    }
    const { text, blocking } = approvalOf(verdict)
    app.rows.push({
      change: verdict.change,
      view,
      approval: text,
      blocking: blocking && verdict.change !== 'removed'
    })
    if (verdict.change === 'added') app.added += 1
    if (verdict.change === 'removed') app.removed += 1
  }
  const sorted = [...apps.values()]
  for (const app of sorted)
    app.rows.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change])
  return sorted.sort(
    (a, b) =>
      Number(b.added + b.removed > 0) - Number(a.added + a.removed > 0) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  )
}

/** The app's API permissions page in the Microsoft Entra admin center. */
export function adminCenterUrl(appId: string): string {
  return `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${appId}/isMSAApp~/false`
}
