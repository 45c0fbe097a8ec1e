/**
 * Which permission covers which: derived from the naming where it allows, curated
 * (tiering/implications.yml) where it does not. Used for the redundant-permission and
 * broader-than-needed rules.
 */
import type { PermissionType } from '../../src/model.js'
import { parseName } from './classify.js'

/**
 * What each access operation includes: ReadWrite covers Read covers ReadBasic, and
 * ReadWriteBasic covers ReadBasic.
 */
const ACCESS_INCLUDES: Record<string, readonly string[]> = {
  ReadBasic: ['ReadBasic'],
  Read: ['Read', 'ReadBasic'],
  ReadWriteBasic: ['ReadWriteBasic', 'ReadBasic'],
  ReadWrite: ['ReadWrite', 'ReadWriteBasic', 'Read', 'ReadBasic']
}

/**
 * What each reach includes, per type. A delegated permission without a constraint covers
 * the signed-in user's own data; `.Shared` adds what others shared with them; `.All`
 * everything they can reach. An application permission without a constraint is already
 * tenant-wide, so it and `.All` cover each other.
 */
const REACH_INCLUDES: Record<
  PermissionType,
  Record<string, readonly string[]>
> = {
  delegated: {
    All: ['All', 'Shared', '', 'OwnedBy', 'AppFolder'],
    Shared: ['Shared', ''],
    '': ['', 'AppFolder'],
    OwnedBy: ['OwnedBy']
  },
  application: {
    All: ['All', '', 'OwnedBy', 'AppFolder'],
    '': ['All', '', 'OwnedBy', 'AppFolder'],
    OwnedBy: ['OwnedBy']
  }
}

/** True when, by its name alone, `broader` grants everything `narrower` grants. */
export function coversByName(
  broader: string,
  narrower: string,
  type: PermissionType
): boolean {
  if (broader === narrower) return false
  const a = parseName(broader)
  const b = parseName(narrower)
  if (a.resource !== b.resource) return false
  const accessCovered =
    ACCESS_INCLUDES[a.operation]?.includes(b.operation) ?? false
  const reachCovered =
    a.constraint === b.constraint ||
    (REACH_INCLUDES[type][a.constraint]?.includes(b.constraint) ?? false)
  return accessCovered && reachCovered
}

/**
 * The permissions each permission covers, among those of one type: the naming relations,
 * the curated ones, and everything reachable through them.
 * @param names Every permission name of one resource and type.
 * @param curated Curated relations: broader name -> covered names.
 * @returns Broader name -> sorted covered names (only names that cover something).
 */
export function deriveImplications(
  names: readonly string[],
  type: PermissionType,
  curated: Readonly<Record<string, readonly string[]>>
): Map<string, string[]> {
  const known = new Set(names)
  const direct = new Map<string, Set<string>>()
  for (const broader of names) {
    const covered = new Set(
      names.filter((narrower) => coversByName(broader, narrower, type))
    )
    for (const name of curated[broader] ?? [])
      if (known.has(name)) covered.add(name)
    if (covered.size > 0) direct.set(broader, covered)
  }
  const closure = new Map<string, string[]>()
  for (const broader of direct.keys()) {
    const seen = new Set<string>()
    const pending = [...(direct.get(broader) ?? [])]
    while (pending.length > 0) {
      const name = pending.pop() as string
      if (seen.has(name) || name === broader) continue
      seen.add(name)
      pending.push(...(direct.get(name) ?? []))
    }
    closure.set(broader, [...seen].sort())
  }
  return closure
}
