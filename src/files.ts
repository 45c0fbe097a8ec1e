import { open, readdir, readFile, realpath, stat } from 'node:fs/promises'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

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

/** Which paths a walk would list: applies the working tree's rules to another commit's files. */
export interface PathFilter {
  /**
   * True when a walk would list the file: .gitignore, the skipped folders and, when
   * `scoped`, the include/exclude globs let it through. The file need not exist.
   */
  keeps(path: string, scoped: boolean): Promise<boolean>
}

/** File access to a folder on disk, which can also say what its walks would list. */
export type LocalFileAccess = FileAccess & PathFilter

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

/** True when `path` is `folder` or lies below it, by their names alone. */
function isWithin(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path)
  return (
    fromFolder === '' ||
    (!fromFolder.startsWith('..') && !isAbsolute(fromFolder))
  )
}

/** The deepest folder that holds every one of the absolute folders. */
function commonFolder(folders: readonly string[]): string {
  return folders.reduce((common, folder) => {
    let candidate = common
    while (!isWithin(candidate, folder)) candidate = dirname(candidate)
    return candidate
  })
}

/**
 * A path as reports show it: relative to the root, or absolute when the root is the
 * filesystem's (the named paths have no other folder in common).
 */
function shownPath(root: string, absolutePath: string): string {
  return toRepoPath(
    dirname(root) === root ? absolutePath : relative(root, absolutePath)
  )
}

/**
 * File access rooted at a folder on disk. A walk honours .gitignore files (those of the
 * folders above a named folder too) and the include/exclude globs, and skips dependency and
 * tool folders. Symbolic links are followed only where they resolve inside the root, and
 * each real folder is walked once, so a link cycle cannot loop; repository content is
 * untrusted, and a link could point at any file on the runner. A path the user names is
 * read even when .gitignore or the globs would skip it; one outside the root is a PathError.
 * @param root The repository root; reported paths are relative to it.
 * @param scope The include and exclude globs.
 * @returns Access to the files under the root.
 */
export function localFiles(
  root: string,
  scope: ScanScope = EVERYTHING
): LocalFileAccess {
  return rootedFiles(resolve(root), [resolve(root)], scope)
}

/**
 * File access for the paths named on the command line, which may lie outside the working
 * folder: such a path is scanned as its own root. When every path lies inside `cwd`, this
 * is `localFiles(cwd)` and the paths are unchanged. Otherwise locations are relative to the
 * deepest folder holding all the paths (a file's folder for a file), or absolute when only
 * the filesystem root holds them all. Each path keeps its own root (`cwd` for a path inside
 * it, else the path's folder, or a named folder holding that) for .gitignore files and
 * symbolic links: a link is refused only when it leaves the root it was reached from, and
 * no .gitignore above that root applies.
 * @param cwd The working folder.
 * @param paths The paths as given, relative to `cwd` or absolute.
 * @param scope The include and exclude globs, matched against the reported paths.
 * @returns The file access, and the paths to pass to its list().
 * @throws PathError when a path does not exist.
 */
export async function filesForPaths(
  cwd: string,
  paths: readonly string[],
  scope: ScanScope = EVERYTHING
): Promise<{ files: LocalFileAccess; paths: string[] }> {
  const base = resolve(cwd)
  const named = await Promise.all(
    paths.map(async (given) => {
      const absolute = resolve(base, given)
      const info = await stat(absolute).catch(() => undefined)
      if (info === undefined) throw new PathError(`path not found: ${given}`)
      const inside = isWithin(base, absolute)
      const folder = info.isDirectory() ? absolute : dirname(absolute)
      return { absolute, folder, ownRoot: inside ? base : folder, inside }
    })
  )
  if (named.every(({ inside }) => inside))
    return { files: localFiles(base, scope), paths: [...paths] }
  const root = commonFolder(named.map(({ folder }) => folder))
  const ownRoots = [...new Set(named.map(({ ownRoot }) => ownRoot))]
  return {
    files: rootedFiles(root, ownRoots, scope),
    paths: named.map(({ absolute }) => shownPath(root, absolute) || '.')
  }
}

/**
 * The file access behind localFiles and filesForPaths.
 * @param absoluteRoot The folder reported paths are relative to; at the filesystem root
 *   they are absolute.
 * @param ownRoots The roots a named path may lie in: a path belongs to the outermost one
 *   holding it, and the .gitignore files and links it reaches are judged against that one.
 * @param scope The include and exclude globs, on reported paths.
 */
function rootedFiles(
  absoluteRoot: string,
  ownRoots: readonly string[],
  scope: ScanScope
): LocalFileAccess {
  const realRoots = new Map(
    ownRoots.map((ownRoot) => [ownRoot, realpath(ownRoot)])
  )
  // Shallowest first: a path belongs to the outermost root that holds it.
  const outermostFirst = [...ownRoots].sort((a, b) => a.length - b.length)
  const rootOf = (path: string): string | undefined =>
    outermostFirst.find((ownRoot) => isWithin(ownRoot, path))
  /** Relative to the root, for .gitignore rules, which take no absolute paths. */
  const fromRoot = (absolutePath: string): string =>
    toRepoPath(relative(absoluteRoot, absolutePath))
  /** As reported: relative to the root, or absolute when the root is the filesystem's. */
  const shown = (absolutePath: string): string =>
    shownPath(absoluteRoot, absolutePath)
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

  /** The real path when it lies inside the given root, else undefined. */
  const realInside = async (
    absolutePath: string,
    ownRoot: string
  ): Promise<string | undefined> => {
    const real = await realpath(absolutePath).catch(() => undefined)
    const realRoot = await realRoots.get(ownRoot)
    if (real === undefined || realRoot === undefined) return undefined
    return isWithin(realRoot, real) ? real : undefined
  }

  const gitignoreAt = async (
    folder: string
  ): Promise<IgnoreRules | undefined> => {
    const text = await readFile(join(folder, '.gitignore'), 'utf8').catch(
      () => undefined
    )
    return text === undefined
      ? undefined
      : { base: fromRoot(folder), rules: ignore().add(text) }
  }
  // keeps() asks about many files of few folders: each folder's rules are read once.
  const folderRules = new Map<string, Promise<IgnoreRules[]>>()
  const rulesOfFolder = async (
    folder: string,
    ownRoot: string
  ): Promise<IgnoreRules[]> => {
    let rules = folderRules.get(folder)
    if (rules === undefined) {
      rules =
        folder === ownRoot || !isWithin(ownRoot, folder)
          ? gitignoreAt(folder).then((own) => (own ? [own] : []))
          : rulesOfFolder(dirname(folder), ownRoot).then(async (above) =>
              rulesFor(folder, above)
            )
      folderRules.set(folder, rules)
    }
    return rules
  }

  /** The .gitignore rules of the own root and every folder down to (not including) `folder`. */
  const ancestorRules = async (
    folder: string,
    ownRoot: string
  ): Promise<IgnoreRules[]> => {
    const parts = toRepoPath(relative(ownRoot, folder))
      .split('/')
      .filter(Boolean)
    const stack: IgnoreRules[] = []
    for (let depth = 0; depth < parts.length; depth++) {
      const rules = await gitignoreAt(join(ownRoot, ...parts.slice(0, depth)))
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
    ownRoot: string,
    rules: IgnoreRules[],
    scoped: boolean
  ): Promise<{ files: RepositoryFile[]; folders: string[] }> => {
    const files: RepositoryFile[] = []
    const folders: string[] = []
    const entries = await readdir(folder, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolutePath = join(folder, entry.name)
      const path = shown(absolutePath)
      const rulePath = fromRoot(absolutePath)
      let directory = entry.isDirectory()
      let file = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await realInside(absolutePath, ownRoot)
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
        if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(rulePath, true, rules))
          continue
        if (scoped && isExcluded(path, true)) continue
        folders.push(absolutePath)
      } else if (file) {
        if (isIgnored(rulePath, false, rules)) continue
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
    const own = await gitignoreAt(folder)
    return own ? [...inherited, own] : inherited
  }

  const walk = async (
    start: string,
    ownRoot: string,
    found: RepositoryFile[]
  ): Promise<void> => {
    const visited = new Set<string>()
    // An explicit stack rather than recursion: a deep tree cannot overflow the call stack.
    const pending: { folder: string; rules: IgnoreRules[] }[] = [
      { folder: start, rules: await ancestorRules(start, ownRoot) }
    ]
    while (pending.length > 0) {
      const { folder, rules: inherited } =
        pending.pop() as (typeof pending)[number]
      const real = await realpath(folder)
      if (visited.has(real)) continue
      visited.add(real)
      const rules = await rulesFor(folder, inherited)
      const { files, folders } = await entriesOf(folder, ownRoot, rules, true)
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
        const ownRoot = rootOf(absolutePath)
        if (ownRoot === undefined)
          throw new PathError(`path is outside the repository root: ${given}`)
        const path = shown(absolutePath) || '.'
        if ((await realInside(absolutePath, ownRoot)) === undefined) {
          found.push({
            path,
            explicit: true,
            refusal: 'it resolves to a location outside the repository'
          })
        } else if (info.isDirectory()) {
          const walked: RepositoryFile[] = []
          await walk(absolutePath, ownRoot, walked)
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
      const ownRoot = rootOf(absoluteFolder)
      if (
        ownRoot === undefined ||
        (await realInside(absoluteFolder, ownRoot)) === undefined
      )
        return []
      const rules = await rulesFor(
        absoluteFolder,
        await ancestorRules(absoluteFolder, ownRoot)
      )
      const { files } = await entriesOf(absoluteFolder, ownRoot, rules, false)
      return files.filter((file) => file.refusal === undefined)
    },

    async keeps(path, scoped) {
      const absolutePath = resolve(absoluteRoot, path)
      const ownRoot = rootOf(absolutePath)
      if (ownRoot === undefined) return false
      const parts = toRepoPath(relative(ownRoot, absolutePath)).split('/')
      if (parts.slice(0, -1).some((part) => SKIPPED_FOLDERS.has(part)))
        return false
      const shownPath = shown(absolutePath)
      if (scoped && isExcluded(shownPath, false)) return false
      if (scoped && included !== undefined && !included(shownPath)) return false
      let folder = dirname(absolutePath)
      if (
        isIgnored(
          fromRoot(absolutePath),
          false,
          await rulesOfFolder(folder, ownRoot)
        )
      )
        return false
      // Each folder on the way is judged by the rules of the folder holding it.
      while (folder !== ownRoot && isWithin(ownRoot, folder)) {
        const above = dirname(folder)
        if (
          isIgnored(fromRoot(folder), true, await rulesOfFolder(above, ownRoot))
        )
          return false
        if (scoped && isExcluded(shown(folder), true)) return false
        folder = above
      }
      return true
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
