/**
 * The bundle (dist/index.js) on a pull request, end to end: a real git history checked
 * out shallow as actions/checkout does, the event payload in GITHUB_EVENT_PATH, and the
 * GitHub REST API served on 127.0.0.1 (GITHUB_API_URL). The bundle runs in a child process
 * started with async `spawn`, so the loopback server in this process can answer it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { git, gitBytes, writeFiles } from './helpers/git-repo.js'
import {
  startGitHubServer,
  type GitHubServer,
  type StoredTreeEntry
} from './helpers/github-server.js'
import { expectGolden } from './helpers/golden.js'

const TOKEN = 'ghs_endToEndToken0123456789abcdef'
const OWNER = 'contoso'
const REPO = 'app'
const PULL = 7
const HR_APP_ID = '6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21'

const HR_APP = `version: 1
apps:
  - name: Contoso HR sync
    appId: ${HR_APP_ID}
    application:
      - User.Read.All
`
const REPORTS_APP = `version: 1
apps:
  - name: Reports
    appId: 0d6e9c1a-5b55-4f0e-8d42-2b3c4d5e6f70
    delegated: [User.Read]
    application: [Mail.Read]
`
const POLICY = `approvals:
  - app: Contoso HR sync
    permission: User.Read.All
    type: application
    justification: Reads the directory to match HR records to accounts.
    approved-by: alice@contoso.com
    reference: SEC-17
    expires: 2099-12-31
`
/** Repository text that tries to forge annotations, HTML, links and mentions. */
const HOSTILE_APP = `version: 1
apps:
  - name: "Evil <img src=x onerror=alert(1)> [click](https://evil.example) @contoso/security\\n::error file=forged.yml::forged"
    appId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301
    delegated:
      - "Evil.Read\\n::warning file=forged.yml::forged annotation"
`

interface Repository {
  /** Where the commits live, as the remote `origin` of every checkout. */
  origin: string
  base: string
  head: string
}

/** A base commit and a head commit that adds a critical permission and removes one. */
function pullRequestHistory(extra: Record<string, string> = {}): Repository {
  const origin = mkdtempSync(join(tmpdir(), 'gca-origin-'))
  git(origin, 'init', '-q', '-b', 'main')
  writeFiles(origin, {
    '.github/graph-consent-policy.yml': POLICY,
    'hr/graph-permissions.yml': HR_APP,
    'reports/graph-permissions.yml': REPORTS_APP
  })
  git(origin, 'add', '.')
  git(origin, 'commit', '-qm', 'base')
  const base = git(origin, 'rev-parse', 'HEAD')
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFiles(origin, {
    'hr/graph-permissions.yml': HR_APP.replace(
      '      - User.Read.All\n',
      '      - User.Read.All\n      - RoleManagement.ReadWrite.Directory\n'
    ),
    'reports/graph-permissions.yml': REPORTS_APP.replace(
      '    application: [Mail.Read]\n',
      ''
    ),
    ...extra
  })
  git(origin, 'add', '.')
  git(
    origin,
    'commit',
    '-qm',
    'head: HR manages roles, Reports stops reading mail'
  )
  return { origin, base, head: git(origin, 'rev-parse', 'HEAD') }
}

/** The head commit alone, as actions/checkout leaves it (fetch-depth: 1). */
function shallowCheckout(repository: Repository): string {
  const workspace = mkdtempSync(join(tmpdir(), 'gca-workspace-'))
  git(workspace, 'init', '-q')
  git(workspace, 'remote', 'add', 'origin', `file://${repository.origin}`)
  git(workspace, 'fetch', '-q', '--depth=1', 'origin', repository.head)
  git(workspace, 'checkout', '-q', '--detach', repository.head)
  return workspace
}

function pullRequestEvent(repository: Repository): object {
  return {
    action: 'synchronize',
    number: PULL,
    pull_request: {
      number: PULL,
      base: { ref: 'main', sha: repository.base },
      head: { ref: 'feature', sha: repository.head }
    },
    repository: {
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      owner: { login: OWNER }
    }
  }
}

interface ActionRun {
  code: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
  temp: string
}

/** Runs `node dist/index.js` as the runner does, and waits for it to exit. */
async function runAction(options: {
  workspace: string
  event: object
  eventName?: string
  inputs?: Record<string, string>
  apiUrl: string
  runId?: number
}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'gca-runner-'))
  const files = {
    summary: join(temp, 'summary.md'),
    output: join(temp, 'output.txt'),
    event: join(temp, 'event.json')
  }
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  writeFileSync(files.event, JSON.stringify(options.event))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_RUN_ID: String(options.runId ?? 100),
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': TOKEN
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [resolve('dist/index.js')], {
    cwd: options.workspace,
    env
  })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
  })
  child.stderr.resume()
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  const outputs: Record<string, string> = {}
  for (const match of readFileSync(files.output, 'utf8').matchAll(
    /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  ))
    outputs[match[1] as string] = match[3] as string
  return {
    code,
    stdout,
    summary: readFileSync(files.summary, 'utf8'),
    outputs,
    temp
  }
}

/** Takes out what changes with the tool's version or today's date, for golden files. */
function stable(text: string): string {
  return text
    .replaceAll(/graph-consent-audit[ /@]v?\d+\.\d+\.\d+(-[\w.]+)?/g, (match) =>
      match.replace(/\d+\.\d+\.\d+(-[\w.]+)?$/, '<version>')
    )
    .replaceAll(
      /"version": "\d+\.\d+\.\d+(-[\w.]+)?"/g,
      '"version": "<version>"'
    )
    .replaceAll(
      /The bundled permission catalog is \d+ days old[^\n"<]*/g,
      '<stale catalog warning>'
    )
}

/** The report's JSON, with the warnings that depend on today's date left out. */
function stableJson(path: string): string {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    warnings?: string[]
  }
  report.warnings = (report.warnings ?? []).filter(
    (warning) => !warning.startsWith('The bundled permission catalog is')
  )
  return stable(`${JSON.stringify(report, null, 2)}\n`)
}

describe('action bundle on a pull request', () => {
  let server: GitHubServer
  let repository: Repository
  let workspace: string
  const temps: string[] = []

  beforeAll(() => {
    repository = pullRequestHistory()
  })

  beforeEach(async () => {
    server = await startGitHubServer()
    workspace = shallowCheckout(repository)
    temps.push(workspace)
  })

  afterEach(async () => {
    await server.close()
  })

  afterAll(() => {
    for (const path of [...temps, repository.origin])
      rmSync(path, { recursive: true, force: true })
  })

  const run = async (
    options: Partial<Parameters<typeof runAction>[0]> = {}
  ): Promise<ActionRun> => {
    const result = await runAction({
      workspace,
      event: pullRequestEvent(repository),
      apiUrl: server.url,
      ...options
    })
    temps.push(result.temp)
    return result
  }

  const commentPosts = () =>
    server.requests.filter(
      ({ method, path }) => method === 'POST' && path.endsWith('/comments')
    )

  it('annotates what the pull request adds, comments the consent summary, and fails on the unapproved critical permission', async () => {
    const result = await run({ inputs: { 'sarif-file': 'results.sarif' } })
    expect(result.code).toBe(1)
    // The one unapproved critical addition, at its line, most severe first.
    const annotations = result.stdout
      .split('\n')
      .filter((line) => /^::(error|warning|notice)[ :]/.test(line))
    expect(annotations[0]).toMatch(
      /^::error title=privileged-permission,file=hr\/graph-permissions\.yml,line=7,col=\d+::The application permission `RoleManagement\.ReadWrite\.Directory` is critical privilege/
    )
    // Mail.Read in the Reports app was there before and is now removed: not annotated.
    expect(result.stdout).not.toMatch(/^::\w+ [^\n]*Mail\.Read/m)
    expect(result.stdout).toContain(
      '::error::1 errors, 0 warnings counted at the "error" threshold; 1 unapproved permissions.'
    )
    expect(result.outputs).toMatchObject({
      result: 'fail',
      'added-count': '1',
      'removed-count': '1',
      'unapproved-count': '1',
      'error-count': '1',
      'declaration-count': '3',
      'sarif-file': join(workspace, 'results.sarif')
    })
    // The comment: created once, marked, with the admin center link and the az command.
    expect(commentPosts()).toHaveLength(1)
    expect(server.state.comments).toHaveLength(1)
    const [comment] = server.state.comments
    expect(comment?.issueNumber).toBe(PULL)
    expect(comment?.body).toMatch(
      /^<!-- graph-consent-audit:consent-summary key=default run=100\.1 -->\n/
    )
    expect(comment?.body).toContain(
      `https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${HR_APP_ID}`
    )
    expect(comment?.body).toContain(
      `az ad app permission admin-consent --id ${HR_APP_ID}`
    )
    for (const request of server.requests)
      expect(request.headers.authorization).toBe(`token ${TOKEN}`)
    // The token reaches the runner once, to be masked, and is never printed.
    expect(result.stdout.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true)
    expect(result.stdout.slice(TOKEN.length + 13)).not.toContain(TOKEN)
    expect(result.summary).not.toContain(TOKEN)
    // The base came from a fetch of the base commit into the shallow clone.
    const report = JSON.parse(
      readFileSync(result.outputs['report-json'] as string, 'utf8')
    ) as { base: { sha: string; via: string } }
    expect(report.base).toMatchObject({
      sha: repository.base,
      via: 'git-fetch'
    })
    expectGolden('action-pull-request/comment.md', stable(comment?.body ?? ''))
    expectGolden('action-pull-request/summary.html', stable(result.summary))
    expectGolden(
      'action-pull-request/results.sarif',
      stable(readFileSync(join(workspace, 'results.sarif'), 'utf8'))
    )
    expectGolden(
      'action-pull-request/report.json',
      stableJson(result.outputs['report-json'] as string)
    )
  })

  it('updates its comment in place on the next run, through a secondary rate limit', async () => {
    await run({ runId: 100 })
    server.state.secondaryRateLimits = 1
    const second = await run({ runId: 101 })
    expect(second.code).toBe(1)
    expect(commentPosts()).toHaveLength(1)
    expect(
      server.requests.filter(({ method }) => method === 'PATCH')
    ).toHaveLength(1)
    expect(server.state.comments).toHaveLength(1)
    expect(server.state.comments[0]?.body).toMatch(/ run=101\.1 -->\n/)
    expect(second.stdout).toMatch(
      /^::warning::GitHub secondary rate limit on GET [^\n]*retrying in 1 s/m
    )
  })

  it('passes once an approver listed in `approvers` approves the head commit (pull_request_review)', async () => {
    server.state.reviews.push({
      id: 1,
      owner: OWNER,
      repo: REPO,
      pullNumber: PULL,
      login: 'bob',
      state: 'APPROVED',
      commitId: repository.head,
      submittedAt: '2026-12-01T10:00:00Z'
    })
    const result = await run({
      eventName: 'pull_request_review',
      inputs: { approvers: 'alice, contoso/security' }
    })
    // bob is neither alice nor a member of contoso/security.
    expect(result.code).toBe(1)
    server.state.teams['contoso/security'] = { bob: 'active' }
    const approved = await run({
      eventName: 'pull_request_review',
      inputs: { approvers: 'alice, contoso/security' }
    })
    expect(approved.code).toBe(0)
    expect(approved.outputs).toMatchObject({
      result: 'pass',
      'added-count': '1',
      'unapproved-count': '0'
    })
    expect(server.state.comments[0]?.body).toContain('bob')
  })

  it('warns and still writes the job summary when the token may not comment (403)', async () => {
    server.state.forbidCommentWrites = true
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^::warning::Could not write the consent summary comment: [^\n]*pull-requests: write/m
    )
    expect(result.stdout).not.toContain('graph-consent-audit failed')
    expect(result.summary).toContain('RoleManagement.ReadWrite.Directory')
    expect(result.outputs.result).toBe('fail')
    expect(server.state.comments).toHaveLength(0)
  })

  it('reads the base through the GitHub API when git cannot fetch it', async () => {
    git(workspace, 'remote', 'remove', 'origin')
    serveCommit(server, repository.origin, repository.base)
    server.state.comparisons[`${repository.base}...${repository.head}`] =
      comparedFiles(repository)
    const result = await run()
    const report = JSON.parse(
      readFileSync(result.outputs['report-json'] as string, 'utf8')
    ) as { base: { via: string } }
    expect(report.base.via).toBe('github-api')
    expect(result.outputs).toMatchObject({
      'added-count': '1',
      'removed-count': '1'
    })
    expect(result.summary).toContain('read through the GitHub API')
  })

  it('renders hostile repository text harmless in annotations, the summary and the comment', async () => {
    const hostile = pullRequestHistory({
      'evil/graph-permissions.yml': HOSTILE_APP
    })
    temps.push(hostile.origin)
    const checkout = shallowCheckout(hostile)
    temps.push(checkout)
    const result = await run({
      workspace: checkout,
      event: pullRequestEvent(hostile)
    })
    expect(result.code).toBe(1)
    // Every line the runner reads as a command is one the action wrote.
    expect(result.stdout).not.toMatch(/^::(error|warning) file=forged\.yml/m)
    expect(result.stdout).toContain(
      'Evil.Read\\u000a::warning file=forged.yml::forged annotation'
    )
    expect(result.summary).not.toContain('<img')
    const body = server.state.comments[0]?.body ?? ''
    expect(body).toContain('Evil.Read')
    expect(body).not.toContain('<img')
    expect(body).not.toContain('](https://evil.example)')
    expect(body).not.toMatch(/(^|\s)@contoso\/security/)
    expect(body).not.toMatch(/^::error/m)
  })
})

/** Serves a commit's tree and blobs from a local repository, as the git data API would. */
function serveCommit(server: GitHubServer, root: string, sha: string): void {
  const entries = git(root, 'ls-tree', '-r', '-l', '--full-tree', sha)
    .split('\n')
    .map((line): StoredTreeEntry => {
      const [meta = '', path = ''] = line.split('\t')
      const [mode = '', type = '', blobSha = '', size = ''] = meta.split(/\s+/)
      return {
        path,
        mode,
        type: type as StoredTreeEntry['type'],
        sha: blobSha,
        ...(type === 'blob' && { size: Number(size) })
      }
    })
  server.state.trees[`${OWNER}/${REPO}`] = { [sha]: { entries } }
  for (const entry of entries)
    server.state.blobs[entry.sha] = gitBytes(
      root,
      'cat-file',
      'blob',
      entry.sha
    )
}

/** The pull request's changed files, as the compare API lists them. */
function comparedFiles(repository: Repository) {
  return git(
    repository.origin,
    'diff',
    '--name-status',
    `${repository.base}...${repository.head}`
  )
    .split('\n')
    .map((line) => {
      const [status = '', filename = ''] = line.split('\t')
      return {
        filename,
        status:
          status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified'
      }
    })
}
