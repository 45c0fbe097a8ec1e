import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { audit, type AuditSettings } from '../src/audit.js'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { localFiles } from '../src/files.js'
import { EMPTY_POLICY, parsePolicy } from '../src/policy/policy-file.js'
import { renderConsentSummary } from '../src/report/consent-summary.js'
import { renderJson } from '../src/report/json.js'
import { renderSummary } from '../src/report/summary.js'
import { git, writeFiles } from './helpers/git-repo.js'
import { expectGolden } from './helpers/golden.js'

const catalog = loadBundledCatalog()
const NOW = new Date('2026-12-01T12:00:00Z')
const context = { toolVersion: '0.0.0-test', catalog, warnings: [] }

const HR_APP = `version: 1
apps:
  - name: Contoso HR sync
    appId: 6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21
    application:
      - User.Read.All
`
const OTHER_APP = `version: 1
apps:
  - name: Reports
    appId: 0d6e9c1a-5b55-4f0e-8d42-2b3c4d5e6f70
    delegated: [User.Read]
    application: [Mail.Read]
`

/** A repository whose base commit has two apps, and a head that adds one permission. */
function repository(): { root: string; base: string } {
  const root = mkdtempSync(join(tmpdir(), 'gca-gate-'))
  git(root, 'init', '-q', '-b', 'main')
  writeFiles(root, {
    'hr/graph-permissions.yml': HR_APP,
    'reports/graph-permissions.yml': OTHER_APP
  })
  git(root, 'add', '.')
  git(root, 'commit', '-qm', 'base')
  const base = git(root, 'rev-parse', 'HEAD')
  writeFiles(root, {
    'hr/graph-permissions.yml': HR_APP.replace(
      '      - User.Read.All\n',
      '      - User.Read.All\n      - RoleManagement.ReadWrite.Directory\n'
    )
  })
  git(root, 'commit', '-qam', 'head: the HR app manages roles')
  return { root, base }
}

function settings(
  base: string,
  overrides: Partial<AuditSettings> = {}
): AuditSettings {
  return {
    paths: ['.'],
    failOn: 'error',
    tierThreshold: 'high',
    policy: EMPTY_POLICY,
    scope: 'added',
    warnOnly: false,
    now: NOW,
    change: { baseSha: base, origin: 'pull_request.base.sha' },
    approvers: [],
    ...overrides
  }
}

const run = async (root: string, chosen: AuditSettings) =>
  audit(
    chosen,
    { root, files: localFiles(root), debug: () => undefined },
    catalog
  )

const approval = (expires: string): string => `approvals:
  - app: Contoso HR sync
    permission: RoleManagement.ReadWrite.Directory
    type: application
    justification: Assigns the HR admin role to new HR staff.
    approved-by: alice@contoso.com
    reference: SEC-42
    expires: ${expires}
`

describe('pull-request gate', () => {
  let repo: { root: string; base: string }
  beforeAll(() => {
    repo = repository()
  })
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }))

  it('fails an unapproved critical addition at its line, counting only what the change adds', async () => {
    const report = await run(repo.root, settings(repo.base))
    expect(report.result).toBe('fail')
    expect(report.base).toMatchObject({
      sha: repo.base,
      via: 'git',
      changedFiles: 1,
      unitsReread: 1
    })
    expect(report.counts).toMatchObject({ added: 1, removed: 0, unapproved: 1 })
    const failing = report.findings.filter(
      (finding) => finding.counted && finding.severity === 'error'
    )
    expect(
      failing.map((f) => [f.ruleId, f.location.file, f.location.line])
    ).toEqual([['privileged-permission', 'hr/graph-permissions.yml', 7]])
    // Mail.Read (high) of the untouched app is an error too, but the base had it.
    const unchanged = report.findings.find(
      (f) =>
        f.ruleId === 'privileged-permission' &&
        f.location.file.startsWith('reports/')
    )
    expect(unchanged).toMatchObject({
      severity: 'error',
      change: 'unchanged',
      counted: false
    })
  })

  it('passes with a valid approval and says by whom and until when', async () => {
    const policy = parsePolicy(
      approval('2027-03-31'),
      '.github/graph-consent-policy.yml'
    )
    const report = await run(repo.root, settings(repo.base, { policy }))
    expect(report.result).toBe('pass')
    const comment = renderConsentSummary(report, context)
    expect(comment).toContain(
      '✅ approved by alice&#64;contoso.com until 2027-03-31 (SEC-42)'
    )
    expect(comment).toContain('➕ added')
    expect(comment).toContain(
      'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21/isMSAApp~/false'
    )
    expect(comment).toContain(
      'az ad app permission admin-consent --id 6b7e6a4c-2f2d-4a8e-9f59-6f0a1d3c9b21'
    )
  })

  it('warns when the change edits the policy that judges it', async () => {
    const edited = repository()
    writeFiles(edited.root, {
      '.github/graph-consent-policy.yml': approval('2027-03-31')
    })
    git(edited.root, 'add', '.')
    git(edited.root, 'commit', '-qm', 'approve the addition in the same change')
    const policy = parsePolicy(
      approval('2027-03-31'),
      './.github/graph-consent-policy.yml'
    )
    const report = await run(edited.root, settings(edited.base, { policy }))
    expect(report.result).toBe('pass')
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^This change edits the policy file \.github\/graph-consent-policy\.yml, .*CODEOWNERS/
      )
    ])
    const untouched = await run(repo.root, settings(repo.base, { policy }))
    expect(untouched.warnings).toEqual([])
    rmSync(edited.root, { recursive: true, force: true })
  })

  it('fails on an expired approval, and warns before one expires', async () => {
    const expired = await run(
      repo.root,
      settings(repo.base, {
        policy: parsePolicy(approval('2026-11-30'), 'policy.yml')
      })
    )
    expect(expired.result).toBe('fail')
    expect(
      expired.findings
        .filter((f) => f.counted && f.severity === 'error')
        .map((f) => [f.ruleId, f.location.line, f.definedAt?.file])
    ).toEqual([['approval-expired', 7, 'policy.yml']])
    const soon = await run(
      repo.root,
      settings(repo.base, {
        policy: parsePolicy(approval('2026-12-10'), 'policy.yml')
      })
    )
    expect(soon.result).toBe('pass')
    expect(soon.findings.map((f) => f.ruleId)).toContain('approval-expiring')
  })

  it('counts a reviewer’s approval of the head commit for what the change adds', async () => {
    const head = git(repo.root, 'rev-parse', 'HEAD')
    const report = await audit(
      settings(repo.base, {
        change: {
          baseSha: repo.base,
          origin: 'pull_request.base.sha',
          headSha: head,
          pullNumber: 7
        },
        approvers: ['alice']
      }),
      {
        root: repo.root,
        files: localFiles(repo.root),
        reviews: async (pullNumber, headSha) => {
          await Promise.resolve()
          expect([pullNumber, headSha]).toEqual([7, head])
          return { approvedBy: [{ login: 'alice', as: 'alice' }], problems: [] }
        },
        debug: () => undefined
      },
      catalog
    )
    expect(report.result).toBe('pass')
    const notice = report.findings.find(
      (f) => f.ruleId === 'privileged-permission' && f.change === 'added'
    )
    expect(notice?.severity).toBe('notice')
    expect(notice?.message).toContain(
      `approved by review of @alice at ${head.slice(0, 7)}`
    )
  })

  it('denies whatever approvals say', async () => {
    const policy = parsePolicy(
      `${approval('2027-03-31')}deny:\n  - 'RoleManagement.*'\n`,
      'policy.yml'
    )
    const report = await run(repo.root, settings(repo.base, { policy }))
    expect(report.result).toBe('fail')
    expect(
      report.findings
        .filter((f) => f.counted && f.severity === 'error')
        .map((f) => f.ruleId)
    ).toEqual(['denied-permission'])
  })

  it('lists removed permissions and judges everything with scope all', async () => {
    const report = await run(repo.root, {
      ...settings(git(repo.root, 'rev-parse', 'HEAD')),
      change: { baseSha: git(repo.root, 'rev-parse', 'HEAD'), origin: 'test' },
      scope: 'all'
    })
    expect(report.counts.added).toBe(0)
    expect(report.result).toBe('fail')
    const removedRepo = repository()
    try {
      rmSync(join(removedRepo.root, 'reports'), { recursive: true })
      const removed = await run(removedRepo.root, settings(removedRepo.base))
      expect(removed.counts.removed).toBe(2)
      const json = JSON.parse(renderJson(removed, context)) as {
        removed: { permission: { name: string }; change: string }[]
      }
      expect(
        json.removed.map((view) => [view.permission.name, view.change])
      ).toEqual([
        ['User.Read', 'removed'],
        ['Mail.Read', 'removed']
      ])
      expect(renderSummary(removed, context)).toContain('➖ removed')
    } finally {
      rmSync(removedRepo.root, { recursive: true, force: true })
    }
  })

  it('fetches the base commit into a shallow clone', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'gca-shallow-'))
    try {
      git(clone, 'clone', '-q', '--depth=1', `file://${repo.root}`, '.')
      expect(git(clone, 'rev-list', '--count', 'HEAD')).toBe('1')
      const report = await run(clone, settings(repo.base))
      expect(report.base?.via).toBe('git-fetch')
      expect(report.counts.added).toBe(1)
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  it('says why when the base cannot be read, and judges every declaration', async () => {
    const report = await run(
      repo.root,
      settings('0123456789abcdef0123456789abcdef01234567')
    )
    expect(report.base).toBeUndefined()
    expect(report.warnings[0]).toMatch(/^cannot read the base commit 0123456/)
    expect(report.findings.every((f) => f.counted)).toBe(true)
  })

  it('renders the consent summary as its golden file', async () => {
    const report = await run(repo.root, settings(repo.base))
    const text = renderConsentSummary(report, context).replaceAll(
      repo.base.slice(0, 7),
      '<base>'
    )
    expectGolden('consent-summary.md', text)
  })
})
