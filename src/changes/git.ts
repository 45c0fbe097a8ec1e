import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Generous: a large repository's tree listing is tens of megabytes. */
const MAX_GIT_OUTPUT_BYTES = 512 * 1024 * 1024

/** A git command failed; the message carries git's own words. */
export class GitError extends Error {
  override name = 'GitError'
}

/** One file of a commit's tree, by path from the top of the repository. */
export interface TreeEntry {
  path: string
  kind: 'file' | 'link' | 'submodule'
  /** The object to read its content from. */
  blobSha: string
  size?: number
}

/**
 * The git command line in one working tree. Plain `git` rather than a library: it is on
 * every runner, honours the checkout's credentials and shallow state, and fetches one
 * commit with `--depth=1`.
 */
export class Git {
  constructor(private readonly cwd: string) {}

  private async git(args: readonly string[]): Promise<string> {
    try {
      const { stdout } = await run('git', [...args], {
        cwd: this.cwd,
        maxBuffer: MAX_GIT_OUTPUT_BYTES,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
      })
      return stdout
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string }
      throw new GitError(
        `git ${args[0] ?? ''} failed: ${(stderr ?? message).trim().split('\n')[0] ?? ''}`
      )
    }
  }

  /** The working tree's path from the top of the repository ('' at the top), or undefined outside git. */
  async prefix(): Promise<string | undefined> {
    return this.git(['rev-parse', '--show-prefix'])
      .then((out) => out.trim().replace(/\/$/, ''))
      .catch(() => undefined)
  }

  /** The commit a ref names, or undefined when this clone does not have it. */
  async commit(ref: string): Promise<string | undefined> {
    return this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .then((out) => out.trim() || undefined)
      .catch(() => undefined)
  }

  /**
   * The parents of a commit, as the commit records them: known even in a shallow clone,
   * where the parents themselves are missing.
   */
  async parents(ref: string): Promise<string[]> {
    return this.git(['cat-file', 'commit', ref])
      .then((out) =>
        out
          .split('\n\n')[0]!
          .split('\n')
          .flatMap((line) =>
            line.startsWith('parent ') ? [line.slice(7)] : []
          )
      )
      .catch(() => [])
  }

  /** Fetches one commit from `origin` without its history (a shallow checkout has none). */
  async fetchCommit(sha: string): Promise<void> {
    await this.git(['fetch', '--no-tags', '--depth=1', 'origin', sha])
  }

  /**
   * The paths (from the top of the repository) that differ between a commit and the working
   * tree, untracked files included: renames count as a removal and an addition.
   */
  async changedPaths(base: string): Promise<string[]> {
    const [diff, untracked] = await Promise.all([
      this.git([
        'diff',
        '--name-only',
        '--no-renames',
        '-z',
        '--no-ext-diff',
        base,
        '--',
        ':/'
      ]),
      this.git([
        'ls-files',
        '--others',
        '--exclude-standard',
        '--full-name',
        '-z',
        ':/'
      ])
    ])
    return [...splitNul(diff), ...splitNul(untracked)]
  }

  /** Every file of a commit's tree. */
  async tree(sha: string): Promise<TreeEntry[]> {
    const out = await this.git([
      'ls-tree',
      '-r',
      '-z',
      '-l',
      '--full-tree',
      sha
    ])
    return splitNul(out).flatMap((line): TreeEntry[] => {
      // <mode> SP <type> SP <object> SP+ <size> TAB <path>
      const tab = line.indexOf('\t')
      const [mode, type, object, size] = line.slice(0, tab).split(/ +/)
      const path = line.slice(tab + 1)
      if (object === undefined) return []
      if (type === 'commit')
        return [{ path, kind: 'submodule', blobSha: object }]
      if (type !== 'blob') return []
      return [
        {
          path,
          kind: mode === '120000' ? 'link' : 'file',
          blobSha: object,
          ...(size !== undefined && size !== '-' && { size: Number(size) })
        }
      ]
    })
  }

  /** Reads objects through one `git cat-file --batch` process for the whole scan. */
  blobReader(): BlobReader {
    return new BlobReader(this.cwd)
  }
}

function splitNul(text: string): string[] {
  return text.split('\0').filter((part) => part !== '')
}

/**
 * Reads blobs by object id from a long-lived `git cat-file --batch`: one process for
 * thousands of files instead of one per file. Requests are answered in order.
 */
export class BlobReader {
  private readonly process
  private buffer = Buffer.alloc(0)
  private readonly waiting: {
    resolve: (bytes: Uint8Array) => void
    reject: (error: Error) => void
  }[] = []

  constructor(cwd: string) {
    this.process = spawn('git', ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'ignore']
    })
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      this.drain()
    })
    const fail = (error: Error): void => {
      for (const waiter of this.waiting.splice(0))
        waiter.reject(new GitError(`git cat-file failed: ${error.message}`))
    }
    this.process.on('error', fail)
    this.process.on('close', () => fail(new Error('it exited')))
  }

  /** The content of a blob. */
  async read(blobSha: string): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.process.stdin.write(`${blobSha}\n`)
    })
  }

  /** Ends the git process. */
  close(): void {
    this.process.stdin.end()
  }

  private drain(): void {
    for (;;) {
      const waiter = this.waiting[0]
      const newline = this.buffer.indexOf(10)
      if (waiter === undefined || newline === -1) return
      const header = this.buffer.subarray(0, newline).toString('utf8')
      const [, type, size] = header.split(' ')
      if (type !== 'blob' || size === undefined) {
        this.buffer = this.buffer.subarray(newline + 1)
        this.waiting.shift()
        waiter.reject(new GitError(`git cat-file: ${header}`))
        continue
      }
      const end = newline + 1 + Number(size)
      if (this.buffer.length < end + 1) return
      const content = Uint8Array.prototype.slice.call(
        this.buffer,
        newline + 1,
        end
      )
      this.buffer = this.buffer.subarray(end + 1)
      this.waiting.shift()
      waiter.resolve(content)
    }
  }
}
