import {
  FileTooLargeError,
  PathError,
  type FileAccess
} from '../../src/files.js'

/**
 * Serves a repository from a map of path -> contents, so engine tests need no disk.
 * Paths under a listed folder are found by prefix, like a folder walk.
 */
export function memoryFiles(
  files: Record<string, string | Uint8Array>
): FileAccess {
  const bytes = (content: string | Uint8Array): Uint8Array =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content
  return {
    list: async (paths) => {
      await Promise.resolve()
      return paths.flatMap((given) => {
        if (given in files) return [{ path: given, explicit: true }]
        const prefix = given === '.' ? '' : `${given.replace(/\/$/, '')}/`
        const found = Object.keys(files)
          .filter((path) => path.startsWith(prefix))
          .sort()
          .map((path) => ({ path, explicit: false }))
        if (found.length === 0) throw new PathError(`path not found: ${given}`)
        return found
      })
    },
    listFolder: async (folder) => {
      await Promise.resolve()
      const prefix = folder === '.' || folder === '' ? '' : `${folder}/`
      return Object.keys(files)
        .filter(
          (path) =>
            path.startsWith(prefix) && !path.slice(prefix.length).includes('/')
        )
        .sort()
        .map((path) => ({ path, explicit: false }))
    },
    read: async (path, maxBytes) => {
      await Promise.resolve()
      const content = files[path]
      if (content === undefined)
        throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      const data = bytes(content)
      if (data.length > maxBytes) throw new FileTooLargeError(data.length)
      return data
    }
  }
}
