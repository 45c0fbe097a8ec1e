import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import {
  evaluateReadings,
  readRepository,
  type ScanResult,
  type UnitReading
} from '../engine.js'
import type { FileAccess } from '../files.js'
import type { Finding } from '../findings.js'
import type { PolicyOptions } from '../policy/rule.js'

/** What a change did to a declared permission. */
export type Change = 'added' | 'removed' | 'unchanged'

/**
 * A declared permission's identity across commits: the app, the API, the type, the
 * permission and what the file does with it. Lines and files are left out, so moving a
 * declaration is no change.
 */
export function declarationKey(declaration: ResolvedDeclaration): string {
  const { app, resourceAppId, type, kind, resolution, reference } = declaration
  const appKey =
    app.appId?.toLowerCase() ??
    (app.name !== undefined
      ? `name:${app.name}`
      : `file:${declaration.location.file}`)
  const permission =
    resolution.status === 'resolved' || resolution.status === 'wrong-type'
      ? resolution.permission.name
      : reference
  return [
    appKey,
    resourceAppId.toLowerCase(),
    type,
    permission.toLowerCase(),
    kind
  ].join('|')
}

/**
 * A finding's identity across commits: its rule, what it is about (the declaration, else
 * the file) and its message with line numbers left out, since lines move.
 */
export function findingKey(finding: Finding): string {
  const subject =
    finding.subject === undefined
      ? `file:${finding.location.file}`
      : declarationKey(finding.subject)
  const message = finding.message.replace(/\bline \d+/g, 'line #')
  return `${finding.ruleId}\0${subject}\0${message}`
}

/** What the base of a change had, to classify the head's declarations and findings. */
export interface Comparison {
  /** The base side's scan: unchanged units as read at the head, the rest as at the base. */
  base: ScanResult
  /** How many units (files or module folders) were read from the base commit. */
  unitsReread: number
  /** What the change did to a head declaration. */
  changeOf(declaration: ResolvedDeclaration): 'added' | 'unchanged'
  /** Whether the base already had a head finding. */
  findingChange(finding: Finding): 'added' | 'unchanged'
  /** The base's declarations the head no longer has, each permission once. */
  removedFrom(head: readonly ResolvedDeclaration[]): ResolvedDeclaration[]
}

/** The keys of the units whose reading a change to these paths may alter. */
export function affectedUnits(
  readings: readonly UnitReading[],
  changed: ReadonlySet<string>
): Set<string> {
  const folders = new Set([...changed].map(parentFolder))
  const affected = new Set<string>()
  for (const { key, inputs } of readings) {
    const touched =
      [...inputs.folders].some((folder) => folders.has(folder)) ||
      [...inputs.files].some((file) => changed.has(file))
    if (touched) affected.add(key)
  }
  return affected
}

/**
 * Scans the base side of a change without reading the whole base: units the change cannot
 * have touched keep their head reading, and only the others are read from the base commit.
 * @param head The head's readings.
 * @param changed Paths (relative to the scan's root) that differ between base and head.
 * @param baseFiles The base commit's files.
 */
export async function compareWithBase(
  head: readonly UnitReading[],
  paths: readonly string[],
  changed: ReadonlySet<string>,
  baseFiles: FileAccess,
  catalog: Catalog,
  options: PolicyOptions
): Promise<Comparison> {
  const affected = affectedUnits(head, changed)
  const reread = await readRepository(
    paths,
    baseFiles,
    catalog,
    (key, files) => affected.has(key) || files.some((file) => changed.has(file))
  )
  const kept = head.filter((reading) => !affected.has(reading.key))
  const base = evaluateReadings([...kept, ...reread], catalog, options)
  const baseKeys = new Set(base.declarations.map(declarationKey))
  const baseFindings = new Set(base.findings.map(findingKey))
  const changeOf = (declaration: ResolvedDeclaration): 'added' | 'unchanged' =>
    baseKeys.has(declarationKey(declaration)) ? 'unchanged' : 'added'
  return {
    base,
    unitsReread: reread.length,
    changeOf,
    findingChange: (finding) =>
      finding.subject !== undefined && changeOf(finding.subject) === 'added'
        ? 'added'
        : baseFindings.has(findingKey(finding))
          ? 'unchanged'
          : 'added',
    removedFrom: (headDeclarations) => {
      const seen = new Set(headDeclarations.map(declarationKey))
      return base.declarations.filter((declaration) => {
        const key = declarationKey(declaration)
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
    }
  }
}

function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '.' : path.slice(0, slash)
}
