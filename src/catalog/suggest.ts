/** How many names a "did you mean" list offers at most. */
export const MAX_SUGGESTIONS = 3

/**
 * The catalog names closest to a misspelt one: edit distance on lower-cased names, keeping
 * those close enough to be a plausible typo (about a third of the name's length).
 * @param query The name the user wrote.
 * @param names Candidate names.
 * @returns Up to MAX_SUGGESTIONS names, closest first.
 */
export function suggestNames(query: string, names: Iterable<string>): string[] {
  const wanted = query.toLowerCase()
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  const scored: { name: string; distance: number }[] = []
  for (const name of new Set(names)) {
    const distance = editDistance(wanted, name.toLowerCase(), limit)
    if (distance <= limit) scored.push({ name, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.name)
}

/**
 * Levenshtein distance, giving up early (returning limit + 1) once every path exceeds the
 * limit, so scanning a thousand names stays cheap.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      const value = Math.min(
        substitution,
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1
      )
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}
