import type { Catalog } from '../catalog/catalog.js'
import type { ResolvedDeclaration } from '../catalog/resolve.js'
import { readRepository, type UnitReading } from '../engine.js'
import { evaluatePolicy } from '../policy/evaluate.js'
import { retier } from '../policy/retier.js'
import type { Rule } from '../policy/rule.js'
import { RULES } from '../policy/rules/index.js'
import type { TreeFileAccess } from './tree-files.js'
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
  // Both sides of a comparison share the declarations of units the change did not touch.
  let key = declarationKeys.get(declaration)
  if (key === undefined) {
    key = keyOf(declaration)
    declarationKeys.set(declaration, key)
  }
  return key
}

const declarationKeys = new WeakMap<ResolvedDeclaration, string>()

function keyOf(declaration: ResolvedDeclaration): string {
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
  /** The base side's declarations: unchanged units as read at the head, the rest as at the base. */
  baseDeclarations: ResolvedDeclaration[]
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

const isLocal = (rule: Rule): boolean => rule.reach !== 'repository'

/**
 * Compares the head with the base of a change without scanning the whole base: units the
 * change cannot have touched keep their head reading, and only the others are read from
 * the base commit. Rules that look at one file at a time are run at the base only on the
 * files the change touches (their findings elsewhere are the head's); rules that look
 * across files run on the whole base.
 * @param head The head's readings.
 * @param changed Paths (relative to the scan's root) that differ between base and head.
 * @param baseFiles The base commit's files.
 */
export async function compareWithBase(
  head: readonly UnitReading[],
  paths: readonly string[],
  changed: ReadonlySet<string>,
  baseFiles: TreeFileAccess,
  catalog: Catalog,
  options: PolicyOptions
): Promise<Comparison> {
  const affected = affectedUnits(head, changed)
  const listable = new Set(changed)
  const touchedFiles = new Set(changed)
  for (const reading of head)
    if (affected.has(reading.key)) {
      for (const path of reading.listed) listable.add(path)
      for (const path of reading.inputs.files) touchedFiles.add(path)
    }
  const reread = await readRepository(
    paths,
    baseFiles.narrowed((path) => listable.has(path)),
    catalog,
    (key, files) => affected.has(key) || files.some((file) => changed.has(file))
  )
  for (const reading of reread)
    for (const path of reading.inputs.files) touchedFiles.add(path)
  const kept = head.filter((reading) => !affected.has(reading.key))
  const baseReadings = [...kept, ...reread]
  const baseDeclarations = retier(
    baseReadings.flatMap((reading) => reading.declarations),
    catalog,
    options.policy
  )
  const touched = (finding: Finding): boolean =>
    touchedFiles.has(finding.location.file)
  const baseFindings = new Set(
    [
      ...baseReadings.flatMap((reading) => reading.findings).filter(touched),
      ...evaluatePolicy(
        baseDeclarations.filter((d) => touchedFiles.has(d.location.file)),
        catalog,
        options,
        isLocal
      ),
      ...evaluatePolicy(
        baseDeclarations,
        catalog,
        options,
        (rule) => !isLocal(rule)
      )
    ].map(findingKey)
  )
  const baseKeys = new Set(baseDeclarations.map(declarationKey))
  const changeOf = (declaration: ResolvedDeclaration): 'added' | 'unchanged' =>
    baseKeys.has(declarationKey(declaration)) ? 'unchanged' : 'added'
  const repositoryRules = new Set(
    RULES.filter((rule) => !isLocal(rule)).map((rule) => rule.id)
  )
  return {
    baseDeclarations,
    unitsReread: reread.length,
    changeOf,
    findingChange: (finding) => {
      if (
        finding.subject !== undefined &&
        changeOf(finding.subject) === 'added'
      )
        return 'added'
      // A file-local finding in a file the change did not touch is the base's too.
      if (!touched(finding) && !repositoryRules.has(finding.ruleId))
        return 'unchanged'
      return baseFindings.has(findingKey(finding)) ? 'unchanged' : 'added'
    },
    removedFrom: (headDeclarations) => {
      const seen = new Set(headDeclarations.map(declarationKey))
      return baseDeclarations.filter((declaration) => {
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
