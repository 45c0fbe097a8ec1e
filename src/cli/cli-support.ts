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

/**
 * Validates an option whose value must be one of a fixed set; the command tables
 * (command-spec.ts) call it for every option with `choices`.
 * @param value The value given, if any.
 * @param allowed The accepted values, in the order the error message lists them.
 * @param option The option's long name, for the error message.
 * @param fallback The value when the option was not given (need not be an accepted one).
 * @returns The value, or the fallback.
 * @throws UsageError when the value is not an accepted one.
 */
export function choice<T extends string, F extends string | undefined = T>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: F
): T | F {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `invalid value for --${option}: "${value}" (expected ${allowed.join(', ')})`
  )
}
