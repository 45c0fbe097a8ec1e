import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import type { TierThreshold } from '../catalog/tiers.js'
import type { Severity } from '../findings.js'
import type { SourceLocation } from '../model.js'
import { EMPTY_POLICY, type Policy } from './policy-file.js'

/** Where each rule's documentation page lives: docs/rules/<id>.md in the repository. */
export const RULE_DOCS_URL =
  'https://github.com/graph-consent-audit/graph-consent-audit/blob/main/docs/rules'

/** How the user asked the rules to judge. */
export interface PolicyOptions {
  /**
   * Declared permissions at or above this tier need an approval (privileged-permission),
   * unless the policy file sets another threshold for their app.
   */
  tierThreshold: TierThreshold
  /** The policy file's approvals, deny list, re-tiering and per-app settings. */
  policy: Policy
  /** The moment approvals' expiry dates are judged against. */
  now: Date
  /** Approving reviews of a pull request, which approve the permissions it adds. */
  review?: ReviewApproval
}

/** The approving reviews at a pull request's head, from the configured approvers. */
export interface ReviewApproval {
  /** Logins of the approvers whose latest review approves the head commit. */
  approvedBy: string[]
  /** The head commit they approved. */
  commit: string
  /** True for a declaration the pull request adds: the only ones a review approves. */
  appliesTo: (declaration: ResolvedDeclaration) => boolean
}

/** The policy when nobody says otherwise. */
export const DEFAULT_POLICY_OPTIONS: Omit<PolicyOptions, 'now'> = {
  tierThreshold: 'high',
  policy: EMPTY_POLICY
}

/** The policy when nobody says otherwise, judged now. */
export function defaultPolicyOptions(now = new Date()): PolicyOptions {
  return { ...DEFAULT_POLICY_OPTIONS, now }
}

/** Everything a rule may look at: every declaration of the scan, resolved. */
export interface RuleContext {
  declarations: readonly ResolvedDeclaration[]
  catalog: Catalog
  options: PolicyOptions
}

/** One thing a rule found: what, and where. The rule's metadata supplies the rest. */
export interface RuleHit {
  message: string
  location: SourceLocation
  /** Where the value at `location` is written, when a reference brings it from elsewhere. */
  definedAt?: SourceLocation
  /** Replaces the rule's default severity for this hit, for rules gated by an option. */
  severity?: Severity
  /** The declaration the hit is about, when it is about one. */
  subject?: ResolvedDeclaration
}

/** A rule: a stable kebab-case id (its file name), metadata, and a check. */
export interface Rule {
  id: string
  /** Default severity of every finding the rule makes. */
  severity: Severity
  /** One line saying what the rule detects. */
  summary: string
  /**
   * `repository` when a finding on one file may depend on declarations in others (a scope
   * requested in code against every manifest); otherwise a rule looks only at declarations
   * of the same file, so a change elsewhere cannot alter its findings there.
   */
  reach?: 'repository'
  /**
   * Finds problems among the declarations. Rules without a check report what the readers
   * and the file walk hand over (syntax errors, skipped files).
   */
  check?: (context: RuleContext) => RuleHit[]
}

/** The documentation URL of a rule. */
export function ruleHelpUri(ruleId: string): string {
  return `${RULE_DOCS_URL}/${ruleId}.md`
}

/** A hit on one declaration: at its location, and where its value is written if elsewhere. */
export function hitOn(
  declaration: ResolvedDeclaration,
  message: string,
  severity?: Severity
): RuleHit {
  return {
    message,
    location: declaration.location,
    ...(declaration.definedAt && { definedAt: declaration.definedAt }),
    ...(severity && { severity }),
    subject: declaration
  }
}

/** Builds a check that looks at each declaration on its own. */
export function eachDeclaration(
  check: (declaration: ResolvedDeclaration) => string | undefined
): (context: RuleContext) => RuleHit[] {
  return ({ declarations }) =>
    declarations.flatMap((declaration) => {
      const message = check(declaration)
      return message === undefined ? [] : [hitOn(declaration, message)]
    })
}
