import {
  FileTooLargeError,
  type FileAccess,
  type PathFilter,
  type RepositoryFile
} from '../files.js'
import type { TreeEntry } from './git.js'

/**
 * File access to a commit's tree, for reading the base side of a change: the same listing
 * rules as the working tree's (the filter decides), files read by object id.
 * @param entries The commit's files, by path from the top of the repository.
 * @param prefix Where the scan's root sits below the top of the repository ('' at the top).
 * @param readBlob Reads one object.
 * @param filter The working tree's listing rules.
 */
/** A commit's files, and the same restricted to a few paths for its listing. */
export interface TreeFileAccess extends FileAccess {
  /**
   * The same files, whose list() gives only the paths `listable` accepts: judging every
   * path of a large tree by the listing rules costs more than reading the few a change needs.
   */
  narrowed(listable: (path: string) => boolean): FileAccess
}

export function treeFiles(
  entries: readonly TreeEntry[],
  prefix: string,
  readBlob: (blobSha: string) => Promise<Uint8Array>,
  filter: PathFilter
): TreeFileAccess {
  const start = prefix === '' ? '' : `${prefix}/`
  const byPath = new Map<string, TreeEntry>()
  for (const entry of entries)
    if (entry.kind !== 'submodule' && entry.path.startsWith(start))
      byPath.set(entry.path.slice(start.length), entry)
  const sorted = [...byPath.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

  const asFile = (path: string, explicit: boolean): RepositoryFile =>
    byPath.get(path)?.kind === 'link'
      ? {
          path,
          explicit,
          refusal: 'it is a symbolic link, not followed at the base commit'
        }
      : { path, explicit }

  const under = async (
    folder: string,
    direct: boolean,
    scoped: boolean,
    listable: (path: string) => boolean = () => true
  ): Promise<RepositoryFile[]> => {
    const inside = folder === '.' || folder === '' ? '' : `${folder}/`
    const found: RepositoryFile[] = []
    for (const path of sorted) {
      if (!path.startsWith(inside) || !listable(path)) continue
      if (direct && path.slice(inside.length).includes('/')) continue
      if (await filter.keeps(path, scoped)) found.push(asFile(path, false))
    }
    return found
  }

  const listUnder =
    (listable?: (path: string) => boolean) =>
    async (paths: readonly string[]): Promise<RepositoryFile[]> => {
      const found: RepositoryFile[] = []
      for (const given of paths) {
        const path = given.replace(/^\.\/?/, '').replace(/\/$/, '')
        if (byPath.has(path)) {
          if (listable === undefined || listable(path))
            found.push(asFile(path, true))
        } else found.push(...(await under(path, false, true, listable)))
      }
      return found
    }

  const access: TreeFileAccess = {
    list: listUnder(),
    narrowed: (listable) => ({ ...access, list: listUnder(listable) }),
    async listFolder(folder) {
      return (await under(folder, true, false)).filter(
        (file) => file.refusal === undefined
      )
    },
    async read(path, maxBytes) {
      const entry = byPath.get(path)
      if (entry === undefined || entry.kind !== 'file')
        throw Object.assign(new Error(`not in the base commit: ${path}`), {
          code: 'ENOENT'
        })
      if (entry.size !== undefined && entry.size > maxBytes)
        throw new FileTooLargeError(entry.size)
      const bytes = await readBlob(entry.blobSha)
      if (bytes.length > maxBytes) throw new FileTooLargeError(bytes.length)
      return bytes
    }
  }
  return access
}
