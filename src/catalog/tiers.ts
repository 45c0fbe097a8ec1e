/** Privilege tiers, from least to most dangerous. Definitions: docs/tiers.md. */
export const TIERS = ['low', 'medium', 'high', 'critical'] as const
export type Tier = (typeof TIERS)[number]

/** A tier threshold: a tier, or `none` to never gate on tiers. */
export type TierThreshold = Tier | 'none'
export const TIER_THRESHOLDS: readonly TierThreshold[] = [...TIERS, 'none']

/** True when a permission of this tier reaches the threshold. */
export function reachesTier(tier: Tier, threshold: TierThreshold): boolean {
  return threshold !== 'none' && TIERS.indexOf(tier) >= TIERS.indexOf(threshold)
}

/** Orders tiers from most to least dangerous. */
export function compareTiersDescending(a: Tier, b: Tier): number {
  return TIERS.indexOf(b) - TIERS.indexOf(a)
}
