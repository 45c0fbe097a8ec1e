import { readFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { INPUTS, OUTPUTS } from '../src/action-spec.js'
import { COMMAND_SPECS, USAGE } from '../src/cli/run-cli.js'
import { actionYaml, withGeneratedSections } from '../scripts/reference-docs.js'

const PRETTIER = {
  semi: false,
  singleQuote: true,
  trailingComma: 'none' as const
}

describe('generated reference documentation', () => {
  it('action.yml is what src/action-spec.ts generates (npm run docs)', async () => {
    const generated = await format(actionYaml(), {
      ...PRETTIER,
      parser: 'yaml'
    })
    expect(readFileSync('action.yml', 'utf8')).toBe(generated)
    const action = parse(generated) as {
      inputs: Record<string, { default?: string }>
      outputs: Record<string, unknown>
    }
    expect(Object.keys(action.inputs)).toEqual(
      INPUTS.map((input) => input.name)
    )
    expect(Object.keys(action.outputs)).toEqual(
      OUTPUTS.map((output) => output.name)
    )
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
  })

  it("the README's inputs, outputs and usage sections are current", async () => {
    const readme = readFileSync('README.md', 'utf8')
    const regenerated = await format(withGeneratedSections(readme), {
      ...(await resolveConfig('README.md')),
      parser: 'markdown'
    })
    expect(readme).toBe(regenerated)
    expect(readme).toContain(USAGE)
    for (const input of INPUTS) expect(readme).toContain(`| \`${input.name}\``)
    for (const output of OUTPUTS)
      expect(readme).toContain(`| \`${output.name}\``)
  })

  it('every command-line option appears in --help and in the README', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const command of COMMAND_SPECS)
      for (const option of command.options) {
        expect(USAGE).toContain(`--${option.name}`)
        expect(readme).toContain(`--${option.name}`)
      }
  })
})
