import type { Catalog } from './catalog/catalog.js'
import {
  normalizeResource,
  resolveDeclaration,
  type ResolvedDeclaration
} from './catalog/resolve.js'
import {
  FileTooLargeError,
  type FileAccess,
  type RepositoryFile
} from './files.js'
import { compareFindings, type Finding } from './findings.js'
import {
  folderReaderFor,
  isCandidate,
  readerFor,
  type FolderReader,
  type ManifestProblem,
  type ManifestReader,
  type ReadResult,
  type SourceFile
} from './manifests/index.js'
import { formatLocation, type Declaration } from './model.js'
import { evaluatePolicy, toFindings } from './policy/evaluate.js'
import { retier } from './policy/retier.js'
import {
  defaultPolicyOptions,
  type PolicyOptions,
  type RuleHit
} from './policy/rule.js'
import {
  malformedManifest,
  skippedFile,
  unresolvedReference
} from './policy/rules/index.js'

/** Files larger than this are reported and not read: no real manifest comes near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** How many files are read at once. */
const READ_CONCURRENCY = 32
/** How far into a file to look for NUL bytes when telling binary from text. */
const BINARY_SNIFF_BYTES = 8192

/** Everything one scan found. */
export interface ScanResult {
  declarations: ResolvedDeclaration[]
  findings: Finding[]
  /** Files read by a reader. */
  filesScanned: number
  /** What each unit read and produced, for comparing the scan with another commit's. */
  readings: UnitReading[]
}

/** What reading one file, or one folder of a folder reader, produced. */
interface ReadOutcome {
  declarations: Declaration[]
  findings: Finding[]
  /** How many files a reader read. */
  scanned: number
}

/** The files and folders a unit's reading depended on. */
export interface UnitInputs {
  /** Every file whose text the reader was given. */
  files: Set<string>
  /** Every folder that was listed: a file added to one may change the reading. */
  folders: Set<string>
}

/**
 * One unit's reading: its key (`file:<path>`, or `<reader>:<folder>` for a folder reader),
 * what it depended on, and its declarations already resolved against the catalog.
 */
export interface UnitReading {
  key: string
  /** The unit's own files, as the listing gave them. */
  listed: string[]
  inputs: UnitInputs
  declarations: ResolvedDeclaration[]
  findings: Finding[]
  scanned: number
}

/** Files read as one: a file alone, or the listed files of a folder reader's folder. */
type ReadUnit =
  | { kind: 'file'; file: RepositoryFile }
  | {
      kind: 'folder'
      reader: FolderReader
      folder: string
      files: RepositoryFile[]
    }

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Scans files for permission declarations, resolves them against the catalog and evaluates
 * every rule. Bad files become findings; only a path that is missing or outside the
 * repository (PathError) throws.
 * @param paths Repo-relative files or folders to scan.
 * @param files How to list and read the repository's files.
 * @param catalog The permission catalog.
 * @param options How the rules judge (the tier threshold).
 */
export async function scan(
  paths: readonly string[],
  files: FileAccess,
  catalog: Catalog,
  options: PolicyOptions = defaultPolicyOptions()
): Promise<ScanResult> {
  return evaluateReadings(
    await readRepository(paths, files, catalog),
    catalog,
    options
  )
}

/**
 * Reads the files under the paths, unit by unit, and resolves each unit's declarations.
 * @param select Which units to read, by key and files (all when omitted): the base side of
 *   a change reads only the units the change touches.
 */
export async function readRepository(
  paths: readonly string[],
  files: FileAccess,
  catalog: Catalog,
  select?: (key: string, paths: readonly string[]) => boolean
): Promise<UnitReading[]> {
  const listed = onceEach(await files.list(paths)).filter(
    (file) => file.explicit || isCandidate(file.path)
  )
  const ownFiles = (unit: ReadUnit): string[] =>
    unit.kind === 'file' ? [unit.file.path] : unit.files.map((f) => f.path)
  const units = readUnits(listed).filter(
    (unit) => select === undefined || select(unitKey(unit), ownFiles(unit))
  )
  return mapConcurrently(units, READ_CONCURRENCY, async (unit) => {
    const inputs: UnitInputs = { files: new Set(), folders: new Set() }
    const outcome =
      unit.kind === 'file'
        ? await readOne(unit.file, files, inputs)
        : await readFolder(unit.reader, unit.folder, unit.files, files, inputs)
    return {
      key: unitKey(unit),
      listed: ownFiles(unit),
      inputs,
      declarations: outcome.declarations.map((declaration) =>
        resolve(declaration, catalog)
      ),
      findings: outcome.findings,
      scanned: outcome.scanned
    }
  })
}

/** Runs every rule over the readings' declarations; each unit's own findings come first. */
export function evaluateReadings(
  readings: UnitReading[],
  catalog: Catalog,
  options: PolicyOptions = defaultPolicyOptions()
): ScanResult {
  const declarations = retier(
    readings.flatMap((reading) => reading.declarations),
    catalog,
    options.policy
  )
  const findings = onceEachFinding([
    ...readings.flatMap((reading) => reading.findings),
    ...evaluatePolicy(declarations, catalog, options)
  ]).sort(compareFindings)
  return {
    declarations,
    findings,
    filesScanned: readings.reduce((sum, reading) => sum + reading.scanned, 0),
    readings
  }
}

function resolve(
  declaration: Declaration,
  catalog: Catalog
): ResolvedDeclaration {
  const normalized = normalizeResource(declaration, catalog)
  return { ...normalized, resolution: resolveDeclaration(normalized, catalog) }
}

/** A unit's identity across commits: its file, or its reader and folder. */
function unitKey(unit: ReadUnit): string {
  return unit.kind === 'file'
    ? `file:${unit.file.path}`
    : `${unit.reader.id}:${unit.folder}`
}

/**
 * Each file once, where paths overlap (`scan infra infra/main.tf`): explicit when any
 * listing named it.
 */
function onceEach(listed: readonly RepositoryFile[]): RepositoryFile[] {
  const byPath = new Map<string, RepositoryFile>()
  for (const file of listed) {
    const seen = byPath.get(file.path)
    byPath.set(
      file.path,
      seen === undefined
        ? file
        : { ...seen, explicit: seen.explicit || file.explicit }
    )
  }
  return [...byPath.values()]
}

/**
 * Each finding once: a module read on its own and as another module calls it may note the
 * same expression twice.
 */
function onceEachFinding(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(({ ruleId, location, message }) => {
    const key = `${ruleId}\0${formatLocation(location)}\0${message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Groups the listed files into what is read as one, in the order of the listing: a folder
 * reader's files of one folder join the unit of the first of them.
 */
function readUnits(listed: readonly RepositoryFile[]): ReadUnit[] {
  const units: ReadUnit[] = []
  const folders = new Map<string, Extract<ReadUnit, { kind: 'folder' }>>()
  for (const file of listed) {
    const reader =
      file.refusal === undefined ? folderReaderFor(file.path) : undefined
    if (reader === undefined) {
      units.push({ kind: 'file', file })
      continue
    }
    const folder = parentFolder(file.path)
    const key = `${reader.id}\0${folder}`
    const unit = folders.get(key)
    if (unit !== undefined) {
      unit.files.push(file)
      continue
    }
    const created = { kind: 'folder' as const, reader, folder, files: [file] }
    folders.set(key, created)
    units.push(created)
  }
  return units
}

/** The repo-relative folder of a repo-relative path, '.' at the root. */
function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '.' : path.slice(0, slash)
}

/** A skipped-file finding for a file that was not read. */
function skipped(path: string, reason: string): Finding[] {
  return toFindings(skippedFile, [
    {
      message: `${path} was not scanned: ${reason}.`,
      location: { file: path, line: 1, column: 1 }
    }
  ])
}

/** A file's text, or why it cannot be read as text. */
async function loadText(
  file: RepositoryFile,
  files: FileAccess
): Promise<{ text: string } | { refusal: string }> {
  if (file.refusal !== undefined) return { refusal: file.refusal }
  let bytes: Uint8Array
  try {
    bytes = await files.read(file.path, MAX_FILE_BYTES)
  } catch (error) {
    if (error instanceof FileTooLargeError)
      return {
        refusal: `it is ${error.size} bytes, over the ${MAX_FILE_BYTES}-byte limit`
      }
    return {
      refusal: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    }
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    return { refusal: 'it is a binary file' }
  try {
    return { text: decoder.decode(bytes) }
  } catch {
    return { refusal: 'it is not valid UTF-8 text' }
  }
}

/** The texts of files, telling `refused` about each that cannot be read as text. */
async function loadSources(
  list: readonly RepositoryFile[],
  files: FileAccess,
  refused: (path: string, reason: string) => void = () => undefined
): Promise<SourceFile[]> {
  const sources: SourceFile[] = []
  for (const file of list) {
    const loaded = await loadText(file, files)
    if ('text' in loaded) sources.push({ path: file.path, text: loaded.text })
    else refused(file.path, loaded.refusal)
  }
  return sources
}

/** Reads and parses one file, turning anything wrong with it into a finding. */
async function readOne(
  file: RepositoryFile,
  files: FileAccess,
  inputs: UnitInputs
): Promise<ReadOutcome> {
  inputs.files.add(file.path)
  const loaded = await loadText(file, files)
  if ('refusal' in loaded)
    return {
      declarations: [],
      findings: skipped(file.path, loaded.refusal),
      scanned: 0
    }
  const reader = readerFor(file.path, loaded.text)
  if (reader === undefined) {
    // Only a file the user named is worth a word; a folder holds many unrelated files.
    return {
      declarations: [],
      findings: file.explicit
        ? skipped(file.path, 'it is in none of the formats this tool reads')
        : [],
      scanned: 0
    }
  }
  return withFindings(reader, await reader.read(file.path, loaded.text), 1)
}

/**
 * Reads the listed files of one folder with a folder reader, together with the folder's
 * other files the reader considers (a module's variables.tf outside the globs, the siblings
 * of a file named alone), which supply definitions but are not reported on.
 */
async function readFolder(
  reader: FolderReader,
  folder: string,
  listed: readonly RepositoryFile[],
  files: FileAccess,
  inputs: UnitInputs
): Promise<ReadOutcome> {
  const reported = new Set(listed.map((file) => file.path))
  inputs.folders.add(folder)
  const context = (await files.listFolder(folder)).filter(
    (file) => !reported.has(file.path) && reader.considers(file.path)
  )
  const findings: Finding[] = []
  for (const file of [...listed, ...context]) inputs.files.add(file.path)
  const sources = await loadSources(
    [...listed, ...context],
    files,
    (path, reason) => {
      if (reported.has(path)) findings.push(...skipped(path, reason))
    }
  )
  // A module called from many blocks (or instances) is listed and read once.
  const loaded = new Map<string, Promise<SourceFile[]>>()
  const loadFolder = async (other: string): Promise<SourceFile[]> => {
    let pending = loaded.get(other)
    if (pending === undefined) {
      inputs.folders.add(other)
      pending = files.listFolder(other).then(async (listed) => {
        const considered = listed.filter((file) => reader.considers(file.path))
        for (const file of considered) inputs.files.add(file.path)
        return loadSources(considered, files)
      })
      loaded.set(other, pending)
    }
    return pending
  }
  const relevant = sources.some(
    (source) =>
      reported.has(source.path) && reader.accepts(source.path, source.text)
  )
  if (!relevant) {
    for (const file of listed)
      if (file.explicit && sources.some((source) => source.path === file.path))
        findings.push(
          ...skipped(file.path, 'it is in none of the formats this tool reads')
        )
    return { declarations: [], findings, scanned: 0 }
  }
  const isReported = (path: string): boolean => reported.has(path)
  const outcome = withFindings(
    reader,
    await reader.readFolder(sources, isReported, loadFolder),
    sources.filter((source) => isReported(source.path)).length
  )
  return { ...outcome, findings: [...findings, ...outcome.findings] }
}

/** A reader's result as an outcome, its problems and notices turned into findings. */
function withFindings(
  reader: ManifestReader,
  { declarations, problems, unresolved = [] }: ReadResult,
  scanned: number
): ReadOutcome {
  const prefixed = ({ message, location }: ManifestProblem): RuleHit => ({
    message: `${reader.format}: ${message}`,
    location
  })
  return {
    declarations,
    findings: [
      ...toFindings(malformedManifest, problems.map(prefixed)),
      ...toFindings(unresolvedReference, unresolved.map(prefixed))
    ],
    scanned
  }
}

/** Maps over items with at most `limit` promises pending, keeping the order of the input. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index] as T)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker)
  )
  return results
}
