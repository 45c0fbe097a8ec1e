/** How many names a "did you mean" list offers at most. */
export const MAX_SUGGESTIONS = 3

/** A candidate name with its lower-cased form, computed once per catalog. */
export interface NameCandidate {
  name: string
  lower: string
}

/** Prepares names for suggestNames: distinct, each with its lower-cased form. */
export function nameCandidates(names: Iterable<string>): NameCandidate[] {
  return [...new Set(names)].map((name) => ({
    name,
    lower: name.toLowerCase()
  }))
}

/**
 * The catalog names closest to a misspelt one: edit distance on lower-cased names, keeping
 * those close enough to be a plausible typo (about a third of the name's length).
 * @param query The name the user wrote.
 * @param candidates Candidate names, from nameCandidates.
 * @returns Up to MAX_SUGGESTIONS names, closest first.
 */
export function suggestNames(
  query: string,
  candidates: readonly NameCandidate[]
): string[] {
  const wanted = query.toLowerCase()
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  const scored: { name: string; distance: number }[] = []
  const rows = new DistanceRows()
  for (const { name, lower } of candidates) {
    const distance = editDistance(wanted, lower, limit, rows)
    if (distance <= limit) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.name)
}

/** Two rows of the distance table, reused across calls so comparing names allocates nothing. */
export class DistanceRows {
  private previous = new Int32Array(64)
  private current = new Int32Array(64)

  /** Both rows, grown to at least `length` cells. */
  forLength(length: number): [Int32Array, Int32Array] {
    if (this.previous.length < length) {
      this.previous = new Int32Array(length)
      this.current = new Int32Array(length)
    }
    return [this.previous, this.current]
  }
}

/**
 * Levenshtein distance within a band of `limit` cells around the diagonal (no path outside
 * it can stay within the limit), giving up as soon as a whole row exceeds the limit. Returns
 * limit + 1 for "too far". Scanning the thousand names of a catalog stays cheap.
 */
export function editDistance(
  a: string,
  b: string,
  limit: number,
  rows: DistanceRows = new DistanceRows()
): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const tooFar = limit + 1
  let [previous, current] = rows.forLength(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : tooFar
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    current[from - 1] = from === 1 && i <= limit ? i : tooFar
    let rowMinimum = current[from - 1] as number
    const characterOfA = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const substitution =
        (previous[j - 1] as number) +
        (characterOfA === b.charCodeAt(j - 1) ? 0 : 1)
      const value = Math.min(
        substitution,
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        tooFar
      )
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (to < b.length) current[to + 1] = tooFar
    if (rowMinimum > limit) return tooFar
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}
