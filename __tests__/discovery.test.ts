import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { loadBundledCatalog } from '../src/catalog/bundled.js'
import { scan } from '../src/engine.js'
import {
  filesForPaths,
  localFiles,
  PathError,
  type ScanScope
} from '../src/files.js'

const MANIFEST = JSON.stringify({
  displayName: 'App',
  requiredResourceAccess: [
    {
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceAccess: [
        { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }
      ]
    }
  ]
})

/** Writes a repository of files (path -> contents) into a fresh temporary folder. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gca-discovery-'))
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), contents)
  }
  return root
}

/** A new folder whose top-level folder differs from `path`'s, wherever the tests run. */
function folderApartFrom(path: string): string {
  const top = (folder: string) => folder.split(sep)[1]
  const parent = ['/var/tmp', '/dev/shm', homedir(), process.cwd()].find(
    (candidate) => existsSync(candidate) && top(candidate) !== top(path)
  )
  if (parent === undefined)
    throw new Error(`no writable folder outside /${top(path)} for this test`)
  const folder = mkdtempSync(join(parent, 'gca-apart-'))
  writeFileSync(join(folder, 'app.json'), MANIFEST)
  return folder
}

async function listed(
  root: string,
  paths = ['.'],
  scope?: ScanScope
): Promise<string[]> {
  return (await localFiles(root, scope).list(paths)).map((file) =>
    file.refusal ? `${file.path} (refused)` : file.path
  )
}

describe('walking a repository', () => {
  it('honours .gitignore files at every level, also when walking a subfolder, and skips dependencies and build output', async () => {
    const root = repository({
      '.gitignore': 'ignored/\n*.local.json\n',
      'app.json': MANIFEST,
      'app.local.json': MANIFEST,
      'ignored/app.json': MANIFEST,
      'sub/.gitignore': 'secret.json\n',
      'sub/secret.json': MANIFEST,
      'sub/keep.json': MANIFEST,
      'sub/x.local.json': MANIFEST,
      'node_modules/pkg/app.json': MANIFEST,
      'web/dist/app.json': MANIFEST,
      'appPackage/build/app.json': MANIFEST,
      'vendor/lib/app.json': MANIFEST
    })
    expect(await listed(root)).toEqual([
      '.gitignore',
      'app.json',
      'sub/.gitignore',
      'sub/keep.json'
    ])
    expect(await listed(root, ['sub'])).toEqual([
      'sub/.gitignore',
      'sub/keep.json'
    ])
    // A file the user names is read even when ignored, and a named build folder walked.
    expect(await listed(root, ['ignored/app.json'])).toEqual([
      'ignored/app.json'
    ])
    expect(await listed(root, ['web/dist'])).toEqual(['web/dist/app.json'])
  })

  it('lists the files of one folder for a module, with .gitignore but without the globs', async () => {
    const root = repository({
      '.gitignore': '*.tfvars\n',
      'infra/main.tf': 'x',
      'infra/variables.tf': 'x',
      'infra/terraform.tfvars': 'x',
      'infra/.gitignore': 'local.tf\n',
      'infra/local.tf': 'x',
      'infra/modules/app/main.tf': 'x'
    })
    symlinkSync(tmpdir(), join(root, 'infra', 'outside'))
    const folder = async (path: string) =>
      (
        await localFiles(root, {
          include: ['**/main.tf'],
          exclude: ['**/variables.tf']
        }).listFolder(path)
      ).map((file) => file.path)
    expect(await folder('infra')).toEqual([
      'infra/.gitignore',
      'infra/main.tf',
      'infra/variables.tf'
    ])
    expect(await folder('missing')).toEqual([])
  })

  it('applies include and exclude globs', async () => {
    const root = repository({
      'infra/app.json': MANIFEST,
      'infra/generated/app.json': MANIFEST,
      'apps/app.json': MANIFEST,
      'apps/app.yml': 'x'
    })
    expect(
      await listed(root, ['.'], {
        include: ['**/*.json'],
        exclude: ['infra/generated']
      })
    ).toEqual(['apps/app.json', 'infra/app.json'])
    expect(
      await listed(root, ['.'], { include: [], exclude: ['apps/**'] })
    ).toEqual(['infra/app.json', 'infra/generated/app.json'])
  })

  it('follows links inside the repository once and refuses links that leave it', async () => {
    const outside = repository({ 'secret.json': MANIFEST })
    const root = repository({ 'real/app.json': MANIFEST })
    symlinkSync(join(root, 'real'), join(root, 'alias'))
    symlinkSync(join(root, 'real', 'app.json'), join(root, 'linked.json'))
    symlinkSync(join(outside, 'secret.json'), join(root, 'escape.json'))
    symlinkSync(root, join(root, 'real', 'loop'))
    // real/ and alias/ are one folder: it is walked once, the loop back to the root not at all.
    expect(await listed(root)).toEqual([
      'escape.json (refused)',
      'linked.json',
      'real/app.json'
    ])
    const result = await scan(['.'], localFiles(root), loadBundledCatalog())
    expect(result.findings.filter((f) => f.ruleId === 'skipped-file')).toEqual([
      expect.objectContaining({
        message:
          'escape.json was not scanned: it is a symbolic link to a location outside the repository.'
      })
    ])
    expect(result.declarations).toHaveLength(2)
  })

  it('walks a deep tree and reports an oversized manifest instead of reading it', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/')
    const root = repository({
      [`${deep}/app.json`]: MANIFEST,
      'big.json': `{"requiredResourceAccess": [], "pad": "${'x'.repeat(6 * 1024 * 1024)}"}`
    })
    const result = await scan(['.'], localFiles(root), loadBundledCatalog())
    expect(result.declarations.map((d) => d.location.file)).toEqual([
      `${deep}/app.json`
    ])
    expect(
      result.findings.map((f) => [f.ruleId, f.location.file])
    ).toContainEqual(['skipped-file', 'big.json'])
  })
})

describe('paths named on the command line', () => {
  /** The listed files of filesForPaths, and the paths it hands to list(). */
  async function named(
    cwd: string,
    paths: string[],
    scope?: ScanScope
  ): Promise<{ paths: string[]; listed: string[] }> {
    const { files, paths: rooted } = await filesForPaths(cwd, paths, scope)
    return {
      paths: rooted,
      listed: (await files.list(rooted)).map((file) =>
        file.refusal ? `${file.path} (refused)` : file.path
      )
    }
  }

  it('keeps the working folder as the root when every path lies inside it', async () => {
    const root = repository({ 'sub/app.json': MANIFEST })
    expect(await named(root, ['sub', join(root, 'sub', 'app.json')])).toEqual({
      paths: ['sub', join(root, 'sub', 'app.json')],
      listed: ['sub/app.json', 'sub/app.json']
    })
  })

  it('roots an outside path at itself, with its own .gitignore and not those above it', async () => {
    const parent = repository({
      '.gitignore': 'app.json\n',
      'checkout/.gitignore': 'ignored/\n',
      'checkout/app.json': MANIFEST,
      'checkout/ignored/app.json': MANIFEST,
      'checkout/infra/main.tf': 'x'
    })
    const cwd = repository({})
    const other = join(parent, 'checkout')
    expect(
      await named(cwd, [other], { include: ['*.json'], exclude: [] })
    ).toEqual({ paths: ['.'], listed: ['app.json'] })
    const { files } = await filesForPaths(cwd, [other])
    expect((await files.listFolder('infra')).map((f) => f.path)).toEqual([
      'infra/main.tf'
    ])
    // The parent folder is no root of the scan: its files are not the checkout's.
    expect(await files.listFolder('..')).toEqual([])
  })

  it('judges links by the outermost named root that holds them', async () => {
    const parent = repository({ 'shared/app.json': MANIFEST, 'x/keep': '' })
    symlinkSync(
      join(parent, 'shared', 'app.json'),
      join(parent, 'x', 'linked.json')
    )
    const cwd = repository({})
    // Named alone, x is its own root and the link leaves it ...
    expect((await named(cwd, [join(parent, 'x')])).listed).toEqual([
      'keep',
      'linked.json (refused)'
    ])
    // ... named with the parent, the link stays inside the root it was reached from.
    expect(
      (await named(cwd, [join(parent, 'x'), parent])).listed.filter((path) =>
        path.startsWith('x/')
      )
    ).toEqual(['x/keep', 'x/linked.json', 'x/keep', 'x/linked.json'])
  })

  it('reports absolute paths when the paths share only the filesystem root', async () => {
    const outside = repository({ 'app.json': MANIFEST })
    const fixture = folderApartFrom(outside)
    const cwd = repository({})
    const { paths, listed } = await named(cwd, [outside, fixture])
    expect(paths).toEqual([outside, fixture])
    expect(listed[0]).toBe(join(outside, 'app.json'))
    expect(listed.every((path) => path.startsWith('/'))).toBe(true)
    rmSync(fixture, { recursive: true, force: true })
  })

  it('throws PathError for a missing path, naming it as given', async () => {
    await expect(filesForPaths(tmpdir(), ['../no/such/gca'])).rejects.toEqual(
      new PathError('path not found: ../no/such/gca')
    )
    // The action's root stays a boundary: a path outside it is an error.
    await expect(localFiles(repository({})).list(['..'])).rejects.toThrow(
      'path is outside the repository root: ..'
    )
  })
})
