import type { RemoteRepository } from '../changes/base.js'
import type { TreeEntry } from '../changes/git.js'
import type { GitHubClient } from './client.js'

/** GitHub lists at most this many files of a comparison. */
const MAX_COMPARED_FILES = 3000
const FILES_PER_PAGE = 100

/**
 * The repository through the GitHub REST API, to read a base commit that git cannot
 * fetch: its tree and blobs, and the files a comparison changes.
 */
export function remoteRepository(
  client: GitHubClient,
  owner: string,
  repo: string
): RemoteRepository {
  return {
    async tree(sha) {
      const { data } = await client.rest.git.getTree({
        owner,
        repo,
        tree_sha: sha,
        recursive: 'true'
      })
      const entries = data.tree.flatMap((item): TreeEntry[] => {
        if (item.path === undefined || item.sha === undefined) return []
        if (item.type === 'commit')
          return [{ path: item.path, kind: 'submodule', blobSha: item.sha }]
        if (item.type !== 'blob') return []
        return [
          {
            path: item.path,
            kind: item.mode === '120000' ? 'link' : 'file',
            blobSha: item.sha,
            ...(item.size !== undefined && { size: item.size })
          }
        ]
      })
      return { entries, truncated: data.truncated }
    },
    async blob(blobSha) {
      const { data } = await client.rest.git.getBlob({
        owner,
        repo,
        file_sha: blobSha
      })
      return new Uint8Array(
        Buffer.from(
          data.content,
          data.encoding === 'base64' ? 'base64' : 'utf8'
        )
      )
    },
    async changedFiles(base, head) {
      const files: { path: string; previousPath?: string }[] = []
      for (let page = 1; ; page++) {
        const { data } = await client.rest.repos.compareCommitsWithBasehead({
          owner,
          repo,
          basehead: `${base}...${head}`,
          per_page: FILES_PER_PAGE,
          page
        })
        const listed = data.files ?? []
        for (const file of listed)
          files.push({
            path: file.filename,
            ...(file.previous_filename !== undefined && {
              previousPath: file.previous_filename
            })
          })
        if (listed.length < FILES_PER_PAGE) break
      }
      return { files, truncated: files.length >= MAX_COMPARED_FILES }
    }
  }
}
