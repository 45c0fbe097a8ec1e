/**
 * One measurement for `npm run bench`, run by scripts/bench.ts in a fresh process so the
 * peak memory it reports belongs to this measurement alone:
 *
 *   node lib/scripts/bench-worker.js read-floor|full-scan|gate ROOT

 * `gate` audits ROOT's working tree against its HEAD commit, as the pull-request gate
 * does (the tree's only change is in the working tree).
 *
 * Prints a WorkerReport as JSON on stdout.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { scan } from '../src/engine.js'
import { localFiles, type FileAccess } from '../src/files.js'
import { isCandidate } from '../src/manifests/index.js'

/** What a worker can measure. */
export type Measurement = 'read-floor' | 'full-scan' | 'gate'

/** What one worker run prints. */
export interface WorkerReport {
  wallMs: number
  /** Files read. */
  files: number
  /** Bytes read. */
  bytes: number
  /** process.resourceUsage().maxRSS: the process's peak resident memory, in KiB. */
  peakRssKiB: number
  /** What the scan found; absent for the read floor. */
  scan?: { filesScanned: number; declarations: number; findings: number }
}

/** As many reads in flight as src/engine.ts allows, so the floor is comparable. */
const READ_CONCURRENCY = 32

type Counts = Pick<WorkerReport, 'files' | 'bytes' | 'scan'>

/**
 * The least any scan must do: list the tree and read the files the scan would read
 * (those isCandidate picks), with no decoding, parsing or rules.
 */
async function readFloor(root: string): Promise<Counts> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => isCandidate(path))
  let next = 0
  let bytes = 0
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const data = await readFile(paths[next++] as string)
      bytes += data.byteLength
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader))
  return { files: paths.length, bytes }
}

/** What `graph-consent-audit` does on the tree, catalog loading included. */
async function fullScan(root: string): Promise<Counts> {
  // Imported here so parsing the catalog JSON counts towards the scan's time.
  const { loadBundledCatalog } = await import('../src/catalog/bundled.js')
  const local = localFiles(root)
  let files = 0
  let bytes = 0
  const countingAccess: FileAccess = {
    list: async (paths) => local.list(paths),
    listFolder: async (folder) => local.listFolder(folder),
    read: async (path, maxBytes) => {
      const data = await local.read(path, maxBytes)
      files += 1
      bytes += data.byteLength
      return data
    }
  }
  const result = await scan(['.'], countingAccess, loadBundledCatalog())
  return {
    files,
    bytes,
    scan: {
      filesScanned: result.filesScanned,
      declarations: result.declarations.length,
      findings: result.findings.length
    }
  }
}

/** The pull-request gate: the head scan plus the base side of a change to HEAD. */
async function gate(root: string): Promise<Counts> {
  const { loadBundledCatalog } = await import('../src/catalog/bundled.js')
  const { audit } = await import('../src/audit.js')
  const { EMPTY_POLICY } = await import('../src/policy/policy-file.js')
  const report = await audit(
    {
      paths: ['.'],
      failOn: 'error',
      tierThreshold: 'high',
      policy: EMPTY_POLICY,
      scope: 'added',
      warnOnly: false,
      now: new Date(),
      change: { baseSha: 'HEAD', origin: 'bench' },
      approvers: []
    },
    { root, files: localFiles(root), debug: () => undefined },
    loadBundledCatalog()
  )
  if (report.base === undefined)
    throw new Error(`the gate compared nothing: ${report.warnings.join('; ')}`)
  return {
    files: report.base.changedFiles,
    bytes: 0,
    scan: {
      filesScanned: report.filesScanned,
      declarations: report.head.declarations.length,
      findings: report.findings.filter((finding) => finding.counted).length
    }
  }
}

const MEASUREMENTS = new Map<string, (root: string) => Promise<Counts>>([
  ['read-floor', readFloor],
  ['full-scan', fullScan],
  ['gate', gate]
] satisfies [Measurement, unknown][])

const [measurement = '', root] = process.argv.slice(2)
const run = MEASUREMENTS.get(measurement)
if (run === undefined || root === undefined) {
  throw new Error(
    'usage: bench-worker.js read-floor|full-scan|gate ROOT (run by npm run bench)'
  )
}
const started = performance.now()
const counts = await run(root)
const wallMs = performance.now() - started
const report: WorkerReport = {
  wallMs,
  ...counts,
  peakRssKiB: process.resourceUsage().maxRSS
}
process.stdout.write(`${JSON.stringify(report)}\n`)
