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
  isCandidate,
  readerFor,
  type ManifestProblem
} from './manifests/index.js'
import type { Declaration } from './model.js'
import { evaluatePolicy, toFindings } from './policy/evaluate.js'
import {
  DEFAULT_POLICY_OPTIONS,
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
}

/** What reading one file produced. */
interface FileOutcome {
  declarations: Declaration[]
  findings: Finding[]
  scanned: boolean
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Scans files for permission declarations, resolves them against the catalog and evaluates
 * every rule. Bad files become findings; only a missing path (PathNotFoundError) throws.
 * @param paths Repo-relative files or folders to scan.
 * @param files How to list and read the repository's files.
 * @param catalog The permission catalog.
 * @param options How the rules judge (the tier threshold).
 */
export async function scan(
  paths: readonly string[],
  files: FileAccess,
  catalog: Catalog,
  options: PolicyOptions = DEFAULT_POLICY_OPTIONS
): Promise<ScanResult> {
  const listed = (await files.list(paths)).filter(
    (file) => file.explicit || isCandidate(file.path)
  )
  const outcomes = await mapConcurrently(
    listed,
    READ_CONCURRENCY,
    async (file) => readOne(file, files)
  )
  const declarations = outcomes
    .flatMap((outcome) => outcome.declarations)
    .map((declaration) => {
      const normalized = normalizeResource(declaration, catalog)
      return {
        ...normalized,
        resolution: resolveDeclaration(normalized, catalog)
      }
    })
  const findings = [
    ...outcomes.flatMap((outcome) => outcome.findings),
    ...evaluatePolicy(declarations, catalog, options)
  ].sort(compareFindings)
  return {
    declarations,
    findings,
    filesScanned: outcomes.filter((outcome) => outcome.scanned).length
  }
}

/** Reads and parses one file, turning anything wrong with it into a finding. */
async function readOne(
  file: RepositoryFile,
  files: FileAccess
): Promise<FileOutcome> {
  const skip = (reason: string): FileOutcome => ({
    declarations: [],
    findings: toFindings(skippedFile, [
      {
        message: `${file.path} was not scanned: ${reason}.`,
        location: { file: file.path, line: 1, column: 1 }
      }
    ]),
    scanned: false
  })
  if (file.refusal !== undefined) return skip(file.refusal)

  let bytes: Uint8Array
  try {
    bytes = await files.read(file.path, MAX_FILE_BYTES)
  } catch (error) {
    if (error instanceof FileTooLargeError)
      return skip(
        `it is ${error.size} bytes, over the ${MAX_FILE_BYTES}-byte limit`
      )
    return skip(
      `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    return skip('it is a binary file')
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return skip('it is not valid UTF-8 text')
  }

  const reader = readerFor(file.path, text)
  if (reader === undefined) {
    // Only a file the user named is worth a word; a folder holds many unrelated files.
    return file.explicit
      ? skip('it is in none of the formats this tool reads')
      : { declarations: [], findings: [], scanned: false }
  }
  const {
    declarations,
    problems,
    unresolved = []
  } = await reader.read(file.path, text)
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
    scanned: true
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
