/**
 * Applies the project's classification to source resources: a tier and rationale for every
 * permission, the permissions each one covers, and a review flag for tiers nobody has
 * reviewed. Inputs are the hand-kept files in tiering/.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import type {
  CatalogPermission,
  CatalogResource
} from '../../src/catalog/catalog.js'
import { TIERS } from '../../src/catalog/tiers.js'
import { MICROSOFT_GRAPH_APP_ID, type PermissionType } from '../../src/model.js'
import type { SourceResource } from '../catalog-sources.js'
import { classify, type TierOverride, type TierVerdict } from './classify.js'
import { deriveImplications } from './implications.js'

/** The hand-kept classification inputs. */
export interface TieringInputs {
  overrides: TierOverride[]
  /** Curated "covers" relations: broader name -> covered names. */
  curatedImplications: Record<string, string[]>
  /** Keys (see reviewKey) of the permissions whose tiers have been reviewed. */
  reviewed: Set<string>
}

/** A classified permission's verdict, kept for the comparison report. */
export interface ClassifiedPermission extends CatalogPermission {
  resourceAppId: string
  basis: string
}

/** How tiering/reviewed.txt names a permission: `<resourceAppId> <type> <name>`. */
export function reviewKey(
  resourceAppId: string,
  type: PermissionType,
  name: string
): string {
  return `${resourceAppId} ${type} ${name}`
}

const fail = (file: string, problem: string): never => {
  throw new Error(`${file}: ${problem}`)
}

/** Reads and checks tiering/overrides.yml, tiering/implications.yml and tiering/reviewed.txt. */
export function readTieringInputs(folder: string): TieringInputs {
  const overridesFile = `${folder}/overrides.yml`
  const raw: unknown = parseYaml(readFileSync(overridesFile, 'utf8'))
  if (!Array.isArray(raw))
    return fail(overridesFile, 'expected a list of overrides')
  const overrides = raw.map((entry: unknown, index): TierOverride => {
    const e = (entry ?? {}) as Record<string, unknown>
    const where = `entry ${index + 1}`
    if (
      !Array.isArray(e.permissions) ||
      !e.permissions.every((p) => typeof p === 'string')
    )
      fail(overridesFile, `${where}: "permissions" must be a list of names`)
    if (!(TIERS as readonly unknown[]).includes(e.tier))
      fail(overridesFile, `${where}: "tier" must be one of ${TIERS.join(', ')}`)
    if (typeof e.rationale !== 'string' || e.rationale.trim() === '')
      fail(
        overridesFile,
        `${where}: every override needs a one-line "rationale"`
      )
    const override: TierOverride = {
      permissions: e.permissions as string[],
      tier: e.tier as TierOverride['tier'],
      rationale: (e.rationale as string).trim()
    }
    if (typeof e.resource === 'string')
      override.resource = e.resource.toLowerCase()
    if (e.types !== undefined) override.types = e.types as PermissionType[]
    return override
  })
  const implicationsFile = `${folder}/implications.yml`
  const curatedImplications = (parseYaml(
    readFileSync(implicationsFile, 'utf8')
  ) ?? {}) as Record<string, string[]>
  const reviewedFile = `${folder}/reviewed.txt`
  const reviewed = new Set(
    existsSync(reviewedFile)
      ? readFileSync(reviewedFile, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && !line.startsWith('#'))
      : []
  )
  return { overrides, curatedImplications, reviewed }
}

/**
 * Classifies every permission of a source resource.
 * @param resourceSpecific Whether these are Teams resource-specific consent permissions.
 * @returns The catalog resource and every verdict (for reports).
 */
export function classifyResource(
  source: SourceResource,
  inputs: TieringInputs,
  resourceSpecific = false
): { resource: CatalogResource; verdicts: ClassifiedPermission[] } {
  const verdicts: ClassifiedPermission[] = []
  const implications = new Map<PermissionType, Map<string, string[]>>()
  for (const type of ['delegated', 'application'] as const) {
    const names = source.permissions
      .filter((p) => p.type === type)
      .map((p) => p.name)
    // The curated relations are between Microsoft Graph permissions only.
    const curated =
      source.resourceAppId === MICROSOFT_GRAPH_APP_ID
        ? inputs.curatedImplications
        : {}
    implications.set(type, deriveImplications(names, type, curated))
  }
  const permissions = source.permissions.map((facts): CatalogPermission => {
    const verdict: TierVerdict = classify(
      { name: facts.name, type: facts.type, resourceSpecific },
      source.resourceAppId,
      inputs.overrides
    )
    const permission: CatalogPermission = {
      ...facts,
      tier: verdict.tier,
      rationale: verdict.rationale
    }
    const implies = implications.get(facts.type)?.get(facts.name)
    if (implies !== undefined) permission.implies = implies
    if (
      !inputs.reviewed.has(
        reviewKey(source.resourceAppId, facts.type, facts.name)
      )
    )
      permission.review = true
    verdicts.push({
      ...permission,
      resourceAppId: source.resourceAppId,
      basis: verdict.basis
    })
    return permission
  })
  return { resource: { ...source, permissions }, verdicts }
}

/**
 * Names in the hand-kept files that match no catalog permission: a typo there would
 * silently leave a permission on its rule-based tier, so the build refuses it.
 */
export function unmatchedTieringNames(
  inputs: TieringInputs,
  resources: readonly SourceResource[]
): string[] {
  const known = new Set(
    resources.flatMap((r) =>
      r.permissions.map((p) => `${r.resourceAppId}|${p.name}`)
    )
  )
  const unmatched = inputs.overrides.flatMap((o) =>
    o.permissions
      .filter(
        (name) => !known.has(`${o.resource ?? MICROSOFT_GRAPH_APP_ID}|${name}`)
      )
      .map((name) => `override ${name}`)
  )
  for (const [broader, covered] of Object.entries(inputs.curatedImplications))
    for (const name of [broader, ...covered])
      if (!known.has(`${MICROSOFT_GRAPH_APP_ID}|${name}`))
        unmatched.push(`implication ${name}`)
  return unmatched
}
