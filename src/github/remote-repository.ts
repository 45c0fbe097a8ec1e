import type { RemoteRepository } from '../changes/base.js'
import type { GitHubClient } from './client.js'
import { changedFiles, listTree, readBlob } from './repository-api.js'

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
    tree: async (sha) => listTree(client, { owner, repo, sha }),
    blob: async (blobSha) => readBlob(client, { owner, repo, blobSha }),
    changedFiles: async (base, head) =>
      changedFiles(client, { owner, repo, base, head })
  }
}
