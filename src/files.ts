import { open, readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Folders never worth walking: dependencies and version control internals. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/** A path the user named does not exist: a usage error, not a finding. */
export class PathNotFoundError extends Error {
  override name = 'PathNotFoundError'
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
  /** The files at or below the given repo-relative paths. Throws PathNotFoundError. */
  list(paths: readonly string[]): Promise<RepositoryFile[]>
  /** Reads a whole file, or throws FileTooLargeError when it has more than maxBytes. */
  read(path: string, maxBytes: number): Promise<Uint8Array>
}

const toRepoPath = (path: string): string => path.split(sep).join('/')

/**
 * File access rooted at a folder on disk. Symbolic links met while walking are not followed;
 * a named path that resolves outside the root is refused, since repository content is
 * untrusted and a link could point at any file on the runner.
 * @param root The repository root; reported paths are relative to it.
 */
export function localFiles(root: string): FileAccess {
  const absoluteRoot = resolve(root)
  const realRoot = realpath(absoluteRoot)

  const insideRoot = async (absolutePath: string): Promise<boolean> => {
    const real = await realpath(absolutePath)
    const fromRoot = relative(await realRoot, real)
    return (
      fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot))
    )
  }

  const walk = async (
    folder: string,
    found: RepositoryFile[]
  ): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolutePath = join(folder, entry.name)
      const path = toRepoPath(relative(absoluteRoot, absolutePath))
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(absolutePath, found)
      } else if (entry.isSymbolicLink()) {
        found.push({
          path,
          explicit: false,
          refusal: 'it is a symbolic link, which the scan does not follow'
        })
      } else if (entry.isFile()) {
        found.push({ path, explicit: false })
      }
    }
  }

  return {
    async list(paths) {
      const found: RepositoryFile[] = []
      for (const given of paths) {
        const absolutePath = resolve(absoluteRoot, given)
        const info = await stat(absolutePath).catch(() => undefined)
        if (info === undefined)
          throw new PathNotFoundError(`path not found: ${given}`)
        const path = toRepoPath(relative(absoluteRoot, absolutePath)) || '.'
        if (!(await insideRoot(absolutePath))) {
          found.push({
            path,
            explicit: true,
            refusal: 'it resolves to a location outside the repository'
          })
        } else if (info.isDirectory()) {
          await walk(absolutePath, found)
        } else {
          found.push({ path, explicit: true })
        }
      }
      return found
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
