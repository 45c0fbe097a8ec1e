import { open, readdir, readFile, realpath, stat } from 'node:fs/promises'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/**
 * Folders never worth walking, ignored or not: dependencies, version control internals, tool
 * caches that copy other people's code, and build output, which repeats the sources it was
 * built from (a bundle's copy of the scopes its code requests, a toolkit's resolved copy of
 * a manifest). The names follow common scanners' defaults; a folder named in the scan's
 * paths is walked all the same.
 */
const SKIPPED_FOLDERS = new Set([
  '.git',
  '.terraform',
  '.venv',
  '__pycache__',
  'bower_components',
  'build',
  'dist',
  'node_modules',
  'vendor'
])

/**
 * A path the user named cannot be scanned: it does not exist, or it lies outside the
 * repository. A usage error, not a finding.
 */
export class PathError extends Error {
  override name = 'PathError'
}

/** A file is larger than the reader was willing to read. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError'

  constructor(readonly size: number) {
    super(`file of ${size} bytes`)
  }
}

/** A file found in the repository, by repo-relative path with forward slashes. */
export interface RepositoryFile {
  path: string
  /** Named by the user rather than found by walking a folder. */
  explicit: boolean
  /** Why the file must not be read (a link leaving the repository, say), if it must not. */
  refusal?: string
}

/** How the engine reaches files: a pair of functions, so tests can serve a map instead. */
export interface FileAccess {
  /** The files at or below the given repo-relative paths. Throws PathError. */
  list(paths: readonly string[]): Promise<RepositoryFile[]>
  /**
   * The files directly in a repo-relative folder that .gitignore keeps, whatever the
   * include/exclude globs say: the rest of a module whose files are read together.
   * Links leaving the repository are left out; a missing folder has no files.
   */
  listFolder(folder: string): Promise<RepositoryFile[]>
  /** Reads a whole file, or throws FileTooLargeError when it has more than maxBytes. */
  read(path: string, maxBytes: number): Promise<Uint8Array>
}

const toRepoPath = (path: string): string => path.split(sep).join('/')

/** Which walked files to keep, beyond .gitignore: glob patterns on repo-relative paths. */
export interface ScanScope {
  /** When given, only files matching one of these are read. */
  include: readonly string[]
  /** Files and folders matching one of these are skipped. */
  exclude: readonly string[]
}

const EVERYTHING: ScanScope = { include: [], exclude: [] }

/** The patterns of one .gitignore, which apply below the folder that holds it. */
interface IgnoreRules {
  /** Repo-relative folder of the .gitignore, '' for the root. */
  base: string
  rules: Ignore
}

const isIgnored = (
  path: string,
  directory: boolean,
  stack: readonly IgnoreRules[]
): boolean =>
  stack.some(({ base, rules }) => {
    const relativePath = base === '' ? path : path.slice(base.length + 1)
    return rules.ignores(directory ? `${relativePath}/` : relativePath)
  })

/**
 * File access rooted at a folder on disk. A walk honours .gitignore files (those of the
 * folders above a named folder too) and the include/exclude globs, and skips dependency and
 * tool folders. Symbolic links are followed only where they resolve inside the root, and
 * each real folder is walked once, so a link cycle cannot loop; repository content is
 * untrusted, and a link could point at any file on the runner. A path the user names is
 * read even when .gitignore or the globs would skip it.
 * @param root The repository root; reported paths are relative to it.
 * @param scope The include and exclude globs.
 */
export function localFiles(
  root: string,
  scope: ScanScope = EVERYTHING
): FileAccess {
  const absoluteRoot = resolve(root)
  const realRoot = realpath(absoluteRoot)
  const included =
    scope.include.length > 0
      ? picomatch([...scope.include], { dot: true })
      : undefined
  const excluded =
    scope.exclude.length > 0
      ? picomatch([...scope.exclude], { dot: true })
      : undefined
  const isExcluded = (path: string, directory: boolean): boolean =>
    excluded !== undefined &&
    (excluded(path) || (directory && excluded(`${path}/`)))

  /** The real path when it lies inside the root, else undefined. */
  const realInsideRoot = async (
    absolutePath: string
  ): Promise<string | undefined> => {
    const real = await realpath(absolutePath).catch(() => undefined)
    if (real === undefined) return undefined
    const fromRoot = relative(await realRoot, real)
    const inside =
      fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot))
    return inside ? real : undefined
  }

  const gitignoreAt = async (
    folder: string,
    base: string
  ): Promise<IgnoreRules | undefined> => {
    const text = await readFile(join(folder, '.gitignore'), 'utf8').catch(
      () => undefined
    )
    return text === undefined ? undefined : { base, rules: ignore().add(text) }
  }

  /** The .gitignore rules of the root and every folder down to (not including) `folder`. */
  const ancestorRules = async (folder: string): Promise<IgnoreRules[]> => {
    const parts = toRepoPath(relative(absoluteRoot, folder))
      .split('/')
      .filter(Boolean)
    const stack: IgnoreRules[] = []
    for (let depth = 0; depth < parts.length; depth++) {
      const base = parts.slice(0, depth).join('/')
      const rules = await gitignoreAt(join(absoluteRoot, base), base)
      if (rules) stack.push(rules)
    }
    return stack
  }

  /**
   * The files directly in a folder and the subfolders worth walking, under the given
   * .gitignore rules; the include/exclude globs apply when `scoped`.
   */
  const entriesOf = async (
    folder: string,
    rules: IgnoreRules[],
    scoped: boolean
  ): Promise<{ files: RepositoryFile[]; folders: string[] }> => {
    const files: RepositoryFile[] = []
    const folders: string[] = []
    const entries = await readdir(folder, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolutePath = join(folder, entry.name)
      const path = toRepoPath(relative(absoluteRoot, absolutePath))
      let directory = entry.isDirectory()
      let file = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await realInsideRoot(absolutePath)
        if (target === undefined) {
          files.push({
            path,
            explicit: false,
            refusal:
              'it is a symbolic link to a location outside the repository'
          })
          continue
        }
        const info = await stat(target)
        directory = info.isDirectory()
        file = info.isFile()
      }
      if (directory) {
        if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(path, true, rules))
          continue
        if (scoped && isExcluded(path, true)) continue
        folders.push(absolutePath)
      } else if (file) {
        if (isIgnored(path, false, rules)) continue
        if (scoped && isExcluded(path, false)) continue
        if (scoped && included !== undefined && !included(path)) continue
        files.push({ path, explicit: false })
      }
    }
    return { files, folders }
  }

  /** The .gitignore rules that apply to the files of a folder. */
  const rulesFor = async (
    folder: string,
    inherited: IgnoreRules[]
  ): Promise<IgnoreRules[]> => {
    const own = await gitignoreAt(
      folder,
      toRepoPath(relative(absoluteRoot, folder))
    )
    return own ? [...inherited, own] : inherited
  }

  const walk = async (
    start: string,
    found: RepositoryFile[]
  ): Promise<void> => {
    const visited = new Set<string>()
    // An explicit stack rather than recursion: a deep tree cannot overflow the call stack.
    const pending: { folder: string; rules: IgnoreRules[] }[] = [
      { folder: start, rules: await ancestorRules(start) }
    ]
    while (pending.length > 0) {
      const { folder, rules: inherited } =
        pending.pop() as (typeof pending)[number]
      const real = await realpath(folder)
      if (visited.has(real)) continue
      visited.add(real)
      const rules = await rulesFor(folder, inherited)
      const { files, folders } = await entriesOf(folder, rules, true)
      found.push(...files)
      for (const child of folders) pending.push({ folder: child, rules })
    }
  }

  return {
    async list(paths) {
      const found: RepositoryFile[] = []
      for (const given of paths) {
        const absolutePath = resolve(absoluteRoot, given)
        const info = await stat(absolutePath).catch(() => undefined)
        if (info === undefined) throw new PathError(`path not found: ${given}`)
        // Named as lying outside, as opposed to a path inside that a link leads out of
        // (repository content, reported as a skipped file).
        const fromRoot = relative(absoluteRoot, absolutePath)
        if (fromRoot.startsWith('..') || isAbsolute(fromRoot))
          throw new PathError(`path is outside the repository root: ${given}`)
        const path = toRepoPath(relative(absoluteRoot, absolutePath)) || '.'
        if ((await realInsideRoot(absolutePath)) === undefined) {
          found.push({
            path,
            explicit: true,
            refusal: 'it resolves to a location outside the repository'
          })
        } else if (info.isDirectory()) {
          const walked: RepositoryFile[] = []
          await walk(absolutePath, walked)
          found.push(
            ...walked.sort((a, b) =>
              a.path < b.path ? -1 : a.path > b.path ? 1 : 0
            )
          )
        } else {
          found.push({ path, explicit: true })
        }
      }
      return found
    },

    async listFolder(folder) {
      const absoluteFolder = resolve(absoluteRoot, folder)
      if ((await realInsideRoot(absoluteFolder)) === undefined) return []
      const rules = await rulesFor(
        absoluteFolder,
        await ancestorRules(absoluteFolder)
      )
      const { files } = await entriesOf(absoluteFolder, rules, false)
      return files.filter((file) => file.refusal === undefined)
    },

    // One open handle serves the size check and the read: no separate stat per file.
    async read(path, maxBytes) {
      const handle = await open(resolve(absoluteRoot, path), 'r')
      try {
        const { size } = await handle.stat()
        if (size > maxBytes) throw new FileTooLargeError(size)
        return await handle.readFile()
      } finally {
        await handle.close()
      }
    }
  }
}
