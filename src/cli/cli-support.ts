/** Exit codes: nothing at the threshold, findings at the threshold, a usage error, a bug. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2
export const EXIT_INTERNAL_ERROR = 3

/** Where the command line writes, and what it knows of its surroundings. */
export interface CliEnvironment {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** True when stdout is a terminal (and colours are welcome). */
  colour: boolean
  /** The current time; tests move it to check the catalog's age warning. */
  now: () => Date
}

/** A mistake in how the tool was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** One subcommand: takes its own arguments, returns the exit code. */
export type Command = (
  args: string[],
  env: CliEnvironment
) => number | Promise<number>

/** The `--format` option every command shares. */
export const FORMAT_OPTION = { format: { type: 'string' as const } }

/**
 * Validates an option whose value must be one of a fixed set.
 * @param fallback The value when the option was not given.
 */
export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `invalid value for --${option}: "${value}" (expected ${allowed.join(', ')})`
  )
}
