import { TOOL_VERSION } from '../version.js'
import { catalogCommand } from './catalog-command.js'
import {
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliEnvironment,
  type Command
} from './cli-support.js'
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

/** The subcommands, by name. */
const COMMANDS = new Map<string, Command>([
  ['scan', scanCommand],
  ['explain', explainCommand],
  ['least-privilege', leastPrivilegeCommand],
  ['catalog', catalogCommand]
])

export const USAGE = `Usage: graph-consent-audit <command> [options]

Commands:
  scan [paths...]                 Audit permission declarations (default path: .)
      --format text|json          Output format (default: text)
      --fail-on error|warning|notice|none
                                  Lowest severity that makes the exit code 1 (default: error)
      --fail-on-tier critical|high|medium|low|none
                                  Lowest privilege tier of a declared permission that is an
                                  error (default: high)
      --include <glob>            Read only walked files matching a glob (repeatable)
      --exclude <glob>            Skip walked files and folders matching a glob (repeatable);
                                  .gitignore is always honoured
  explain <name-or-guid>          Show a permission per type: id, consent, tier, operations,
                                  narrower permissions and how to grant it
      --resource <appId|name>     Another API than Microsoft Graph (e.g. "Office 365
                                  Exchange Online")
      --format text|json
  least-privilege <METHOD> <path> Which permissions allow a Microsoft Graph call, the least
                                  privileged first
      --type delegated|application
      --format text|json
  catalog export                  Print every catalog entry with its tier
      --format json|csv           (default: json)

Options:
  -h, --help                      Show this help
  -v, --version                   Show the version
`

/**
 * Runs the command line. Never throws for a user mistake: it prints one line and returns 2.
 * @param argv The arguments after the program name.
 * @returns The process exit code.
 */
export async function runCli(
  argv: string[],
  env: CliEnvironment
): Promise<number> {
  const [command, ...args] = argv
  try {
    const run = command === undefined ? undefined : COMMANDS.get(command)
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
