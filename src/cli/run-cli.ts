import { TOOL_VERSION } from '../version.js'
import { catalogCommand } from './catalog-command.js'
import {
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliEnvironment
} from './cli-support.js'
import {
  renderUsage,
  type CliCommand,
  type CommandSpec
} from './command-spec.js'
import { explainCommand } from './explain-command.js'
import { leastPrivilegeCommand } from './least-privilege-command.js'
import { scanCommand } from './scan-command.js'

export {
  EXIT_FINDINGS,
  EXIT_INTERNAL_ERROR,
  EXIT_OK,
  EXIT_USAGE,
  type CliEnvironment
} from './cli-support.js'
export type { CommandSpec, OptionSpec } from './command-spec.js'

/** The subcommands, in the order the help lists them. */
const COMMANDS: readonly CliCommand[] = [
  scanCommand,
  explainCommand,
  leastPrivilegeCommand,
  catalogCommand
]

/**
 * Every command's specification: its operands and option table, from which its parser,
 * its `--help` and the program's usage are generated.
 */
export const COMMAND_SPECS: readonly CommandSpec[] = COMMANDS.map(
  ({ spec }) => spec
)

const COMMANDS_BY_NAME = new Map(
  COMMANDS.map((command) => [command.spec.name, command.run])
)

/** The program's help, `graph-consent-audit --help`. */
export const USAGE = renderUsage(COMMAND_SPECS)

/**
 * Runs the command line. Never throws for a user mistake: it prints one line and returns 2.
 * @param argv The arguments after the program name.
 * @param env Where to write, and the working directory.
 * @returns The process exit code.
 */
export async function runCli(
  argv: string[],
  env: CliEnvironment
): Promise<number> {
  const [command, ...args] = argv
  try {
    const run =
      command === undefined ? undefined : COMMANDS_BY_NAME.get(command)
    if (run !== undefined) return await run(args, env)
    switch (command) {
      case '-h':
      case '--help':
      case 'help':
        env.stdout(USAGE)
        return EXIT_OK
      case '-v':
      case '--version':
        env.stdout(`${TOOL_VERSION}\n`)
        return EXIT_OK
      case undefined:
        env.stderr(USAGE)
        return EXIT_USAGE
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`)
    }
  } catch (error) {
    const isArgumentError =
      error instanceof UsageError ||
      (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') ===
        true
    if (!isArgumentError) throw error
    env.stderr(`graph-consent-audit: ${(error as Error).message}\n`)
    return EXIT_USAGE
  }
}
