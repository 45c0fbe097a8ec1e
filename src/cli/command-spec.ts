import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import {
  choice,
  EXIT_OK,
  type CliEnvironment,
  type Command
} from './cli-support.js'

/**
 * One option of a command, declared once: the parser's configuration, the validation of
 * its value and its line in the help are all generated from it.
 */
export interface OptionSpec {
  /** The long name, without the dashes. */
  readonly name: string
  /** The one-letter alias, without the dash. */
  readonly short?: string
  readonly type: 'string' | 'boolean'
  /** True when the option may be given more than once; its values are collected. */
  readonly multiple?: boolean
  /** How the value is shown in the help (`<glob>`); the accepted values when left out. */
  readonly value?: string
  /** The only values accepted, in the order the help and the error message list them. */
  readonly choices?: readonly string[]
  readonly description: string
  /** The value when the option is not given (it need not be one of the choices). */
  readonly default?: string
}

/** A command: its name, what follows it on the command line, and its options. */
export interface CommandSpec {
  readonly name: string
  /** The operands after the name, as the usage shows them: `[paths...]`. */
  readonly operands: string
  readonly summary: string
  readonly options: readonly OptionSpec[]
}

/** A command's specification together with the function that runs it. */
export interface CliCommand {
  readonly spec: CommandSpec
  readonly run: Command
}

/** The value an option has after parsing: its default, or what an absent option reads as. */
type OptionValue<O extends OptionSpec> = O extends {
  readonly choices: readonly (infer C)[]
}
  ? C | (O extends { readonly default: infer D } ? D : undefined)
  : O['type'] extends 'boolean'
    ? boolean
    : O extends { readonly multiple: true }
      ? string[]
      : O extends { readonly default: string }
        ? string
        : string | undefined

/** The parsed options of a command, by long name. */
export type OptionValues<S extends CommandSpec> = {
  [O in S['options'][number] as O['name']]: OptionValue<O>
}

/** A command line parsed against a command's specification. */
export interface ParsedCommand<S extends CommandSpec> {
  values: OptionValues<S>
  positionals: string[]
}

/** The `--help` option every command takes; the parser adds it to each command's table. */
export const HELP_OPTION = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  description: 'Show this help'
} as const satisfies OptionSpec

/** The `--version` option of the program itself. */
export const VERSION_OPTION = {
  name: 'version',
  short: 'v',
  type: 'boolean',
  description: 'Show the version'
} as const satisfies OptionSpec

/** The column where descriptions start in the help. */
const DESCRIPTION_COLUMN = 34
/** The help's lines are wrapped to at most this many characters. */
const HELP_LINE_WIDTH = 94
/** Options are indented by two; one without a short alias lines up with those that have one. */
const OPTION_INDENT = '  '

/**
 * Declares a command's specification, keeping its literal types so that parsing it gives
 * typed values (`'text' | 'json'`, not `string`).
 * @param spec The command's name, operands, summary and option table.
 * @returns The same specification.
 */
export function defineCommandSpec<const S extends CommandSpec>(spec: S): S {
  return spec
}

/**
 * The `--format` option, which every command has with its own formats.
 * @param choices The accepted formats, in the order the help lists them.
 * @param fallback The format when the option is not given.
 * @returns The option's table entry.
 */
export function formatOption<const T extends string>(
  choices: readonly T[],
  fallback: T
): {
  readonly name: 'format'
  readonly type: 'string'
  readonly choices: readonly T[]
  readonly description: string
  readonly default: T
} {
  return {
    name: 'format',
    type: 'string',
    choices,
    description: 'Output format',
    default: fallback
  }
}

/** The option's value after parsing: validated against its choices, else its default. */
function resolveValue(
  option: OptionSpec,
  value: string | boolean | (string | boolean)[] | undefined
): unknown {
  if (option.type === 'boolean') return value ?? (option.multiple ? [] : false)
  if (option.multiple) return value ?? []
  const given = value as string | undefined
  if (option.choices === undefined) return given ?? option.default
  return choice(given, option.choices, option.name, option.default)
}

/**
 * Parses a command's arguments against its table; `--help` is taken by every command.
 * @param spec The command's specification.
 * @param args The arguments after the command's name.
 * @returns The typed option values and the operands, or undefined when help was asked for.
 * @throws UsageError for a value outside an option's choices; parseArgs' errors for an
 *   unknown option or a missing value.
 */
export function parseCommand<const S extends CommandSpec>(
  spec: S,
  args: readonly string[]
): ParsedCommand<S> | undefined {
  const options: ParseArgsOptionsConfig = {}
  const table: readonly OptionSpec[] = [...spec.options, HELP_OPTION]
  for (const { name, short, type, multiple } of table)
    options[name] = {
      type,
      multiple: multiple === true,
      ...(short === undefined ? {} : { short })
    }
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options
  })
  if (values[HELP_OPTION.name] === true) return undefined
  const resolved: Record<string, unknown> = {}
  for (const option of spec.options)
    resolved[option.name] = resolveValue(option, values[option.name])
  // The table's literal types describe exactly what resolveValue built.
  return { values: resolved as OptionValues<S>, positionals }
}

/**
 * Binds a command's specification to the function that runs it: the arguments are parsed
 * against the table, and `--help` prints the command's help and exits 0.
 * @param spec The command's specification.
 * @param run Runs the command with the parsed arguments; returns the exit code.
 * @returns The command, ready for the dispatcher.
 */
export function defineCommand<const S extends CommandSpec>(
  spec: S,
  run: (
    parsed: ParsedCommand<S>,
    env: CliEnvironment
  ) => number | Promise<number>
): CliCommand {
  return {
    spec,
    run: async (args, env) => {
      const parsed = parseCommand(spec, args)
      if (parsed !== undefined) return await run(parsed, env)
      env.stdout(renderCommandHelp(spec))
      return EXIT_OK
    }
  }
}

/** Words wrapped into lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  return line === '' ? lines : [...lines, line]
}

/** A label and its description, which starts at the description column or under it. */
function row(label: string, description: string): string[] {
  const indent = ' '.repeat(DESCRIPTION_COLUMN)
  const [first, ...rest] = wrap(description, HELP_LINE_WIDTH - indent.length)
  const body = rest.map((line) => `${indent}${line}`)
  if (first === undefined) return [label]
  return label.length < DESCRIPTION_COLUMN
    ? [`${label.padEnd(DESCRIPTION_COLUMN)}${first}`, ...body]
    : [label, `${indent}${first}`, ...body]
}

/** An option's help line(s): `-h, --help`, `--include <glob>`, `--format text|json`. */
function optionRows(option: OptionSpec): string[] {
  const alias = option.short === undefined ? '    ' : `-${option.short}, `
  const value =
    option.type === 'boolean'
      ? ''
      : ` ${option.value ?? option.choices?.join('|') ?? '<value>'}`
  const notes = [
    option.multiple ? '(repeatable)' : '',
    option.default === undefined ? '' : `(default: ${option.default})`
  ]
  return row(
    `${OPTION_INDENT}${alias}--${option.name}${value}`,
    [option.description, ...notes].filter(Boolean).join(' ')
  )
}

/**
 * The program's help: every command with its options, then the program's own options.
 * @param commands The commands' specifications, in the order to list them.
 * @returns The help text, ending in a newline.
 */
export function renderUsage(commands: readonly CommandSpec[]): string {
  const lines = ['Usage: graph-consent-audit <command> [options]', '']
  lines.push('Commands:')
  for (const command of commands) {
    lines.push(
      ...row(`  ${command.name} ${command.operands}`.trimEnd(), command.summary)
    )
    for (const option of command.options) lines.push(...optionRows(option))
  }
  lines.push('', 'Options:')
  for (const option of [HELP_OPTION, VERSION_OPTION])
    lines.push(...optionRows(option))
  return `${lines.join('\n')}\n`
}

/**
 * One command's help: its usage line, what it does, and its options.
 * @param command The command's specification.
 * @returns The help text, ending in a newline.
 */
export function renderCommandHelp(command: CommandSpec): string {
  const usage = [
    'graph-consent-audit',
    command.name,
    command.operands,
    '[options]'
  ]
  const lines = [
    `Usage: ${usage.filter(Boolean).join(' ')}`,
    '',
    ...wrap(command.summary, HELP_LINE_WIDTH),
    '',
    'Options:'
  ]
  for (const option of [...command.options, HELP_OPTION])
    lines.push(...optionRows(option))
  return `${lines.join('\n')}\n`
}
