import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Runs the committed bundle the way the runner does: `node dist/index.js` with INPUT_* env. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), 'gca-action-'))
  const summaryFile = join(temp, 'summary.md')
  const outputFile = join(temp, 'output.txt')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: resolve(workspace),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.toUpperCase()}`] = value
  const run = spawnSync(process.execPath, ['dist/index.js'], {
    env,
    encoding: 'utf8'
  })
  const outputs: Record<string, string> = {}
  for (const match of readFileSync(outputFile, 'utf8').matchAll(
    /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  ))
    outputs[match[1] as string] = match[3] as string
  return {
    status: run.status,
    stdout: run.stdout,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs,
    temp
  }
}

const FIXTURE_REPO = join('__tests__', 'fixtures', 'repo')

describe('action bundle (dist/index.js)', () => {
  it('annotates at file:line, writes the summary and outputs, and fails on errors', () => {
    const { status, stdout, summary, outputs } = runAction(FIXTURE_REPO, {})
    expect(status).toBe(1)
    expect(stdout).toContain(
      '::error title=permission-type-mismatch,file=apps/odd%2Cname%3A1.json,line=7,col=18::`df021288-bdef-4463-88db-98f22de89214` is the application (Role) permission `User.Read.All`'
    )
    expect(stdout).toContain(
      '::error title=malformed-manifest,file=apps/broken.json,line=4,col=74::Entra ID application manifest: JSON syntax error: "," expected'
    )
    expect(stdout).toContain(
      '::error::4 errors, 0 warnings counted at the "error" threshold.'
    )
    expect(outputs['report-json']).toMatch(/graph-consent-audit-report\.json$/)
    expect(outputs).toEqual({
      'report-json': outputs['report-json'],
      'added-count': '0',
      'removed-count': '0',
      'unapproved-count': '0',
      result: 'fail',
      'error-count': '4',
      'warning-count': '0',
      'notice-count': '0',
      'declaration-count': '4',
      'files-scanned': '3'
    })
    expect(summary).toContain('<h2>Graph consent audit</h2>')
    expect(summary).toContain(
      '<td>-</td><td><code>User.Read</code></td><td>delegated</td><td>low</td><td>no</td><td>not needed</td><td>ok</td>'
    )
  })

  it('cannot be made to forge workflow commands or HTML by repository text', () => {
    const { stdout, summary } = runAction(FIXTURE_REPO, {})
    // The newline inside a permission name stays inside its own annotation.
    expect(stdout).not.toMatch(/^::warning file=forged\.yml/m)
    expect(stdout).toContain(
      'Evil.Read\\u000a::warning file=forged.yml::forged annotation'
    )
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&#60;img src=x onerror=alert(1)&#62;')
  })

  it('passes a clean repository and honours fail-on and json-file', () => {
    const clean = runAction(join('__tests__', 'fixtures', 'clean'), {
      'fail-on': 'warning',
      'json-file': 'report.json'
    })
    expect(clean.status).toBe(0)
    expect(clean.outputs.result).toBe('pass')
    const none = runAction(FIXTURE_REPO, { 'fail-on': 'none', paths: 'apps' })
    expect(none.status).toBe(0)
    expect(none.outputs['files-scanned']).toBe('2')
  })

  it('gates privileged permissions with fail-on-tier', () => {
    const workspace = join('__tests__', 'fixtures', 'privileged')
    const gated = runAction(workspace, {})
    expect(gated.status).toBe(1)
    expect(gated.stdout).toContain(
      '::error title=privileged-permission,file=graph-permissions.yml,line=4,col=19::The application permission `Mail.Read` is high privilege (at or above the "high" tier threshold) and not approved'
    )
    expect(gated.summary).toContain(
      '<td>-</td><td><code>Mail.Read</code></td><td>application</td><td>high</td><td>yes</td><td>❌ not approved</td><td>ok</td>'
    )
    const relaxed = runAction(workspace, { 'fail-on-tier': 'critical' })
    expect(relaxed.status).toBe(0)
    expect(relaxed.stdout).toContain('::notice title=privileged-permission,')
    const invalid = runAction(workspace, { 'fail-on-tier': 'severe' })
    expect(invalid.stdout).toContain(
      '::error::input "fail-on-tier" is "severe"; expected one of low, medium, high, critical, none'
    )
  })

  it('reads a Terraform module as a whole and says where a value from terraform.tfvars is written', () => {
    const workspace = join('__tests__', 'fixtures', 'terraform')
    const run = runAction(workspace, {
      paths: 'module-across-files',
      'fail-on': 'none'
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      '::error title=privileged-permission,file=module-across-files/main.tf,line=29,col=18::The application permission `Mail.Send` is high privilege (at or above the "high" tier threshold) and not approved: Sends mail as any user in the tenant, without a signed-in user. (value written at module-across-files/override.auto.tfvars:2:29)'
    )
    expect(run.stdout).toContain(
      'file=module-across-files/reports.tf.json,line=23,col=80::'
    )
    expect(run.summary).toContain(
      '<code>module-across-files/main.tf:29</code><br>value: <code>module-across-files/override.auto.tfvars:2</code>'
    )
  })

  it('fails with the input name for a bad value or a missing path', () => {
    const badValue = runAction(FIXTURE_REPO, { 'fail-on': 'critical' })
    expect(badValue.status).toBe(1)
    expect(badValue.stdout).toContain(
      '::error::input "fail-on" is "critical"; expected one of notice, warning, error, none'
    )
    const missing = runAction(FIXTURE_REPO, { paths: 'nowhere' })
    expect(missing.stdout).toContain('::error::path not found: nowhere')
  })
})

describe('command-line bundle (bin/graph-consent-audit.js)', () => {
  it('runs the bundled CLI with the example', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/graph-consent-audit.js', 'scan', 'examples', '--format', 'json'],
      { encoding: 'utf8' }
    )
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as {
      version: number
      declarations: unknown[]
    }
    expect(report.version).toBe(1)
    expect(report.declarations).toHaveLength(18)
  })
})
