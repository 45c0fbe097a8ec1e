/**
 * Git repositories for tests: fixed author, committer and dates, so a commit's SHA is the
 * same on every machine and golden files may name it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const FIXED_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-12-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-12-01T00:00:00Z'
}

/** Runs git in `cwd` and returns its trimmed output. */
export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...FIXED_IDENTITY }
  }).trim()

/** Writes files (path relative to `root` → text), creating their folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

/** Runs git in `cwd` and returns its output byte for byte (a blob's content). */
export const gitBytes = (cwd: string, ...args: string[]): Buffer =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...FIXED_IDENTITY } })
