import { INPUTS, OUTPUTS } from '../src/action-spec.js'
import { USAGE } from '../src/cli/run-cli.js'

/**
 * The parts of action.yml and the README generated from src/action-spec.ts and the
 * command-line tables, so the three cannot drift apart: `npm run docs` writes them, and a
 * test regenerates them and fails on any difference.
 */

const HEADER = `# Generated from src/action-spec.ts by \`npm run docs\`: edit that file, not this one.
# Defaults are not set here (except the token): the runner always sends an action.yml
# default, which would hide a value from the policy file. They are documented in the
# README and applied in src/inputs.ts.
name: Graph Consent Audit
description: >-
  Audit the Microsoft Graph and Entra ID API permissions your repository declares: resolve
  every permission against a bundled catalog, show what a pull request adds, gate
  unapproved privileged permissions, and write the consent summary an admin reviews.
author: graph-consent-audit
branding:
  icon: shield
  color: blue
`

/** Folds text into YAML folded-scalar lines of at most 90 characters. */
function fold(text: string, indent: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > 90 - indent.length) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines.map((part) => `${indent}${part}`).join('\n')
}

/** action.yml, whole. */
export function actionYaml(): string {
  const inputs = INPUTS.map((input) =>
    [
      `  ${input.name}:`,
      '    description: >-',
      fold(
        `${input.usage} Values: ${input.values}. Default: ${input.default}.`,
        '      '
      ),
      '    required: false',
      ...(input.actionDefault === undefined
        ? []
        : [`    default: '${input.actionDefault}'`])
    ].join('\n')
  )
  const outputs = OUTPUTS.map((output) =>
    [
      `  ${output.name}:`,
      '    description: >-',
      fold(output.meaning, '      ')
    ].join('\n')
  )
  return `${HEADER}\ninputs:\n${inputs.join('\n')}\n\noutputs:\n${outputs.join('\n')}\n\nruns:\n  using: node24\n  main: dist/index.js\n`
}

const cell = (text: string): string => text.replace(/\|/g, '\\|')

/** The README's inputs table. */
export function inputsTable(): string {
  return [
    '| Input | Usage | Values | Default |',
    '| --- | --- | --- | --- |',
    ...INPUTS.map(
      (input) =>
        `| \`${input.name}\` | ${cell(input.usage)} | ${cell(input.values)} | ${cell(input.default)} |`
    )
  ].join('\n')
}

/** The README's outputs table. */
export function outputsTable(): string {
  return [
    '| Output | Meaning |',
    '| --- | --- |',
    ...OUTPUTS.map(
      (output) => `| \`${output.name}\` | ${cell(output.meaning)} |`
    )
  ].join('\n')
}

/** The README's command-line usage block: `graph-consent-audit --help`. */
export function usageBlock(): string {
  return `\`\`\`text\n${USAGE}\`\`\``
}

/** The generated sections of the README, by marker name. */
export const README_SECTIONS: Record<string, () => string> = {
  inputs: inputsTable,
  outputs: outputsTable,
  usage: usageBlock
}

/** The README with each `<!-- name:start -->…<!-- name:end -->` section regenerated. */
export function withGeneratedSections(readme: string): string {
  let text = readme
  for (const [name, render] of Object.entries(README_SECTIONS)) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from === -1 || to < from)
      throw new Error(`README.md has no ${start} … ${end} section`)
    text = `${text.slice(0, from + start.length)}\n\n${render()}\n\n${text.slice(to)}`
  }
  return text
}
