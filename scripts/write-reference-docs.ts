// Writes action.yml and the README's generated sections, then formats them as the repository does.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { actionYaml, withGeneratedSections } from './reference-docs.js'

writeFileSync('action.yml', actionYaml())
writeFileSync(
  'README.md',
  withGeneratedSections(readFileSync('README.md', 'utf8'))
)
execFileSync('npx', ['prettier', '--write', 'action.yml', 'README.md'], {
  stdio: 'inherit'
})
