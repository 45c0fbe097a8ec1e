// Rebuilds dist/ and fails when the result differs from what is committed, new untracked
// files included (git diff alone would miss a new chunk).
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', '--silent', 'package'], {
  stdio: ['ignore', 'ignore', 'inherit']
})
const changes = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
  {
    encoding: 'utf8'
  }
)
if (changes.trim() !== '') {
  console.error(
    'dist/ is stale: run `npm run package` and commit the result.\n' + changes
  )
  process.exit(1)
}
console.log('dist/ matches a fresh build.')
