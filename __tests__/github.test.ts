import { createGitHubClient, type GitHubClient } from '../src/github/client.js'
import {
  changedFiles,
  listTree,
  MAX_COMPARE_FILES,
  readBlob
} from '../src/github/repository-api.js'
import { approvingReviewers } from '../src/github/reviews.js'
import {
  commentBodyBudget,
  commentMarker,
  GitHubAccessError,
  MAX_COMMENT_CHARS,
  upsertStickyComment,
  type RunId,
  type StickyCommentOptions
} from '../src/github/sticky-comment.js'
import {
  startGitHubServer,
  type GitHubServer,
  type RecordedRequest,
  type StoredComment,
  type StoredReview
} from './helpers/github-server.js'

const TOKEN = 'ghs_loopbackToken123'
const HEAD = 'a'.repeat(40)
const OLDER = 'b'.repeat(40)

let server: GitHubServer
let warnings: string[]
let debugs: string[]
let client: GitHubClient

function newClient(): GitHubClient {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    log: {
      warning: (message) => warnings.push(message),
      debug: (message) => debugs.push(message)
    },
    minWriteIntervalMs: 0
  })
}

beforeEach(async () => {
  server = await startGitHubServer()
  warnings = []
  debugs = []
  client = newClient()
})

afterEach(async () => {
  await server.close()
})

const comment = (
  id: number,
  body: string,
  overrides: Partial<StoredComment> = {}
): StoredComment => ({
  id,
  owner: 'contoso',
  repo: 'app',
  issueNumber: 7,
  body,
  login: 'someone',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...overrides
})

const marked = (id: number, run: RunId, text = 'old', key = 'default') =>
  comment(id, `${commentMarker(key, run)}\n${text}`, {
    login: 'github-actions[bot]'
  })

const sticky = (
  overrides: Partial<StickyCommentOptions> = {}
): StickyCommentOptions => ({
  owner: 'contoso',
  repo: 'app',
  issueNumber: 7,
  key: 'default',
  body: 'summary',
  run: { id: 10, attempt: 1 },
  ...overrides
})

const bodies = () => server.state.comments.map(({ body }) => body)
const calls = (method: string, path: RegExp): RecordedRequest[] =>
  server.requests.filter(
    (request) => request.method === method && path.test(request.path)
  )

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place past the first page', async () => {
    server.state.comments.push(
      ...Array.from({ length: 150 }, (_, i) => comment(i + 1, `chatter ${i}`))
    )
    const created = await upsertStickyComment(client, sticky())
    expect(created).toEqual({
      action: 'created',
      commentId: 1000,
      url: 'https://github.com/contoso/app/pull/7#issuecomment-1000'
    })
    const updated = await upsertStickyComment(
      client,
      sticky({ body: 'summary, second run', run: { id: 11, attempt: 1 } })
    )
    expect(updated).toEqual({ ...created, action: 'updated' })
    expect(server.state.comments).toHaveLength(151)
    expect(server.state.comments.at(-1)?.body).toBe(
      '<!-- graph-consent-audit:consent-summary key=default run=11.1 -->\nsummary, second run'
    )
    expect(calls('POST', /\/comments$/)).toHaveLength(1)
    // The marked comment is the 151st: found only by reading page 2 of 100.
    expect(
      calls('GET', /\/issues\/7\/comments\?per_page=100&page=2$/).length
    ).toBeGreaterThanOrEqual(2)
  })

  it('leaves a comment a newer run or attempt wrote, and rewrites an older one', async () => {
    server.state.comments.push(marked(1, { id: 20, attempt: 2 }, 'from 20.2'))
    for (const run of [
      { id: 19, attempt: 5 },
      { id: 20, attempt: 1 }
    ])
      await expect(
        upsertStickyComment(client, sticky({ run }))
      ).resolves.toMatchObject({ action: 'kept-newer', commentId: 1 })
    expect(bodies()).toEqual([expect.stringContaining('from 20.2')])
    await expect(
      upsertStickyComment(client, sticky({ run: { id: 20, attempt: 3 } }))
    ).resolves.toMatchObject({ action: 'updated', commentId: 1 })
    expect(bodies()).toEqual([expect.stringMatching(/run=20\.3 -->\nsummary$/)])
  })

  it('keeps the oldest of several marked comments and deletes the others of its key only', async () => {
    server.state.comments.push(
      marked(5, { id: 1, attempt: 1 }),
      marked(7, { id: 1, attempt: 1 }, 'other workflow', 'nightly'),
      marked(9, { id: 2, attempt: 1 }),
      comment(
        11,
        `quoting it: ${commentMarker('default', { id: 3, attempt: 1 })}`
      )
    )
    const result = await upsertStickyComment(client, sticky())
    expect(result).toMatchObject({ action: 'updated', commentId: 5 })
    expect(server.state.comments.map(({ id }) => id)).toEqual([5, 7, 11])
    expect(calls('DELETE', /\/issues\/comments\/9$/)).toHaveLength(1)
  })

  it('converges on the competitor that created its comment between our list and create', async () => {
    server.state.beforeRequest = (request) => {
      if (request.method !== 'POST') return
      server.state.beforeRequest = undefined
      server.state.comments.push(
        marked(server.state.nextId++, { id: 9, attempt: 1 }, 'competitor')
      )
    }
    const result = await upsertStickyComment(client, sticky())
    // Ours (1001) is newer but not the oldest: the competitor's (1000) is rewritten.
    expect(result).toMatchObject({ action: 'updated', commentId: 1000 })
    expect(server.state.comments).toHaveLength(1)
    expect(server.state.comments[0]).toMatchObject({
      id: 1000,
      body: expect.stringMatching(/run=10\.1 -->\nsummary$/)
    })
    expect(calls('DELETE', /\/issues\/comments\/1001$/)).toHaveLength(1)
  })

  it('ends with one comment holding the newer body when two runs list at the same moment', async () => {
    let release: () => void = () => undefined
    const bothListed = new Promise<void>((resolve) => (release = resolve))
    let lists = 0
    server.state.beforeRequest = async (request) => {
      if (request.method !== 'GET' || ++lists > 2) return
      if (lists === 2) release()
      await bothListed
    }
    const results = await Promise.all([
      upsertStickyComment(
        client,
        sticky({ body: 'older run', run: { id: 40, attempt: 1 } })
      ),
      upsertStickyComment(
        newClient(),
        sticky({ body: 'newer run', run: { id: 41, attempt: 1 } })
      )
    ])
    expect(calls('POST', /\/comments$/)).toHaveLength(2)
    expect(server.state.comments).toHaveLength(1)
    expect(server.state.comments[0]?.body).toMatch(/run=41\.1 -->\nnewer run$/)
    const kept = server.state.comments[0]?.id
    expect(results.map((r) => r.action !== 'none' && r.commentId)).toEqual([
      kept,
      kept
    ])
  })

  it('turns a 403 on the comment into GitHubAccessError naming the permission', async () => {
    server.state.forbidCommentWrites = true
    const attempt = upsertStickyComment(client, sticky())
    await expect(attempt).rejects.toBeInstanceOf(GitHubAccessError)
    await expect(attempt).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('grant `pull-requests: write`')
    })
    expect(calls('POST', /\/comments$/)).toHaveLength(1)
  })

  it('waits out secondary rate limits twice, then gives up with the original error', async () => {
    server.state.secondaryRateLimits = 2
    await expect(upsertStickyComment(client, sticky())).resolves.toMatchObject({
      action: 'created'
    })
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub secondary rate limit on GET .*retry 1 of 2/
      ),
      expect.stringMatching(/retry 2 of 2/)
    ])
    server.state.secondaryRateLimits = 3
    warnings = []
    const attempt = upsertStickyComment(client, sticky())
    await expect(attempt).rejects.toThrow(/secondary rate limit/)
    await expect(attempt).rejects.not.toBeInstanceOf(GitHubAccessError)
    expect(warnings.at(-1)).toMatch(/giving up after 2 retries/)
  })

  it('waits out a primary rate limit until its reset', async () => {
    server.state.primaryRateLimits = 1
    await expect(upsertStickyComment(client, sticky())).resolves.toMatchObject({
      action: 'created'
    })
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub primary rate limit on GET /)
    ])
  })

  it('sends the token as `authorization: token …` and never logs it', async () => {
    server.state.secondaryRateLimits = 1
    await upsertStickyComment(client, sticky())
    expect(server.requests.length).toBeGreaterThanOrEqual(3)
    for (const request of server.requests)
      expect(request.headers.authorization).toBe(`token ${TOKEN}`)
    expect([...warnings, ...debugs].join('\n')).not.toContain(TOKEN)
  })

  it('refuses a body over the limit before any request, and takes one that just fits', async () => {
    const budget = commentBodyBudget('default')
    expect(budget).toBeLessThan(MAX_COMMENT_CHARS - 50)
    await expect(
      upsertStickyComment(client, sticky({ body: 'x'.repeat(65_536) }))
    ).rejects.toThrow(RangeError)
    expect(server.requests).toHaveLength(0)
    await upsertStickyComment(client, sticky({ body: 'x'.repeat(budget) }))
    expect(bodies()[0]?.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
  })

  it('keeps one comment per key, escaping keys that are not plain words', async () => {
    await upsertStickyComment(client, sticky({ key: 'prod / east -->' }))
    await upsertStickyComment(client, sticky({ key: 'staging' }))
    await upsertStickyComment(
      client,
      sticky({ key: 'prod / east -->', run: { id: 12, attempt: 1 } })
    )
    expect(bodies()).toEqual([
      '<!-- graph-consent-audit:consent-summary key=prod%20%2F%20east%20--%3E run=12.1 -->\nsummary',
      '<!-- graph-consent-audit:consent-summary key=staging run=10.1 -->\nsummary'
    ])
    expect(() => commentMarker('', { id: 1, attempt: 1 })).toThrow(RangeError)
  })

  it('only keeps an existing comment current when asked not to create one', async () => {
    await expect(
      upsertStickyComment(client, sticky({ createIfMissing: false }))
    ).resolves.toEqual({ action: 'none' })
    expect(calls('POST', /./)).toHaveLength(0)
    server.state.comments.push(marked(3, { id: 1, attempt: 1 }))
    await expect(
      upsertStickyComment(client, sticky({ createIfMissing: false }))
    ).resolves.toMatchObject({ action: 'updated', commentId: 3 })
  })
})

describe('approvingReviewers', () => {
  let nextReview = 1
  const review = (
    login: string,
    state: StoredReview['state'],
    commitId = HEAD
  ): StoredReview => ({
    id: nextReview++,
    owner: 'contoso',
    repo: 'app',
    pullNumber: 7,
    login,
    state,
    commitId,
    submittedAt: '2026-01-02T00:00:00Z'
  })
  const query = (approvers: string[]) => ({
    owner: 'contoso',
    repo: 'app',
    pullNumber: 7,
    headSha: HEAD,
    approvers
  })

  it('counts a listed login whose latest verdict approves the head commit', async () => {
    server.state.reviews.push(
      review('alice', 'CHANGES_REQUESTED'),
      review('alice', 'APPROVED'),
      review('alice', 'COMMENTED'),
      review('bob', 'APPROVED', OLDER),
      review('carol', 'APPROVED'),
      review('carol', 'CHANGES_REQUESTED'),
      review('dave', 'APPROVED'),
      review('dave', 'DISMISSED'),
      review('erin', 'APPROVED')
    )
    const result = await approvingReviewers(
      client,
      query(['Alice', '@bob', 'carol', 'dave'])
    )
    expect(result).toEqual({
      approvedBy: [{ login: 'alice', as: 'alice' }],
      problems: []
    })
  })

  it('reads every page of reviews', async () => {
    server.state.reviews.push(
      ...Array.from({ length: 120 }, () => review('bob', 'COMMENTED')),
      review('bob', 'APPROVED')
    )
    const result = await approvingReviewers(client, query(['bob']))
    expect(result.approvedBy).toEqual([{ login: 'bob', as: 'bob' }])
    expect(calls('GET', /\/reviews\?per_page=100&page=2$/)).toHaveLength(1)
  })

  it('counts active team members, not pending ones or others, and reports unreadable teams', async () => {
    server.state.reviews.push(
      review('alice', 'APPROVED'),
      review('bob', 'APPROVED'),
      review('carol', 'APPROVED'),
      review('dave', 'APPROVED')
    )
    server.state.teams = {
      'contoso/identity-admins': { alice: 'active', bob: 'pending' },
      'contoso/security': { dave: 'active' }
    }
    server.state.forbiddenTeams = ['contoso/security']
    const result = await approvingReviewers(
      client,
      query(['contoso/security', 'contoso/identity-admins', 'not a login!'])
    )
    expect(result.approvedBy).toEqual([
      { login: 'alice', as: 'contoso/identity-admins' }
    ])
    expect(result.problems).toEqual([
      'approvers: "not a login!" is neither a GitHub login nor an org/team slug',
      'cannot read the members of contoso/security: the token needs the organization permission members: read (GITHUB_TOKEN cannot; use a GitHub App or fine-grained token)'
    ])
    // One 403 is enough: the unreadable team is not asked about every reviewer.
    expect(calls('GET', /\/teams\/security\//)).toHaveLength(1)
    expect(
      calls('GET', /\/teams\/identity-admins\/memberships\/carol$/)
    ).toHaveLength(1)
  })
})

describe('repository API', () => {
  const repo = { owner: 'contoso', repo: 'app' }

  it('lists a tree recursively as files, links and submodules', async () => {
    server.state.trees['contoso/app'] = {
      [HEAD]: {
        entries: [
          { path: 'apps', mode: '040000', type: 'tree', sha: 't1' },
          {
            path: 'apps/a.json',
            mode: '100644',
            type: 'blob',
            sha: 'b1',
            size: 12
          },
          {
            path: 'apps/run.sh',
            mode: '100755',
            type: 'blob',
            sha: 'b2',
            size: 3
          },
          { path: 'latest', mode: '120000', type: 'blob', sha: 'b3', size: 4 },
          { path: 'vendor/lib', mode: '160000', type: 'commit', sha: 'c1' }
        ]
      },
      [OLDER]: { entries: [], truncated: true }
    }
    await expect(listTree(client, { ...repo, sha: HEAD })).resolves.toEqual({
      entries: [
        { path: 'apps/a.json', kind: 'file', size: 12, blobSha: 'b1' },
        { path: 'apps/run.sh', kind: 'file', size: 3, blobSha: 'b2' },
        { path: 'latest', kind: 'link', size: 4, blobSha: 'b3' },
        { path: 'vendor/lib', kind: 'submodule', blobSha: 'c1' }
      ],
      truncated: false
    })
    expect(calls('GET', /\/git\/trees\/a+\?recursive=1$/)).toHaveLength(1)
    await expect(
      listTree(client, { ...repo, sha: OLDER })
    ).resolves.toMatchObject({ truncated: true })
    await expect(
      listTree(client, { ...repo, sha: 'c'.repeat(40) })
    ).rejects.toMatchObject({
      name: 'GitHubAccessError',
      status: 404,
      message: expect.stringContaining('contents: read')
    })
  })

  it('reads a blob byte for byte across base64 line breaks', async () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 256)
    server.state.blobs.b1 = bytes
    const read = await readBlob(client, { ...repo, blobSha: 'b1' })
    expect(read).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true)
  })

  const files = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      filename: `apps/${i}.json`,
      status: 'modified'
    }))

  it('pages through a comparison 300 files at a time', async () => {
    server.state.comparisons[`${OLDER}...${HEAD}`] = [
      {
        filename: 'apps/new.json',
        status: 'renamed',
        previous_filename: 'apps/old.json'
      },
      ...files(649)
    ]
    const result = await changedFiles(client, {
      ...repo,
      base: OLDER,
      head: HEAD
    })
    expect(result.truncated).toBe(false)
    expect(result.files).toHaveLength(650)
    expect(result.files[0]).toEqual({
      path: 'apps/new.json',
      previousPath: 'apps/old.json',
      status: 'renamed'
    })
    expect(
      calls('GET', /\/compare\//).map(
        ({ path }) => /[?&]page=(\d+)/.exec(path)?.[1]
      )
    ).toEqual(['1', '2', '3'])
  })

  it('says a comparison is truncated at GitHub cap of 3000 files', async () => {
    server.state.comparisons[`${OLDER}...${HEAD}`] = files(3100)
    const result = await changedFiles(client, {
      ...repo,
      base: OLDER,
      head: HEAD
    })
    expect(result.files).toHaveLength(MAX_COMPARE_FILES)
    expect(result.truncated).toBe(true)
    expect(calls('GET', /\/compare\//)).toHaveLength(10)
  })

  it('says a comparison is truncated when GitHub lists files on the first page only', async () => {
    server.state.comparisons[`${OLDER}...${HEAD}`] = files(450)
    server.state.compareFilesOnFirstPageOnly = true
    const result = await changedFiles(client, {
      ...repo,
      base: OLDER,
      head: HEAD
    })
    expect(result.files).toHaveLength(300)
    expect(result.truncated).toBe(true)
  })
})
