/**
 * A setting the tool cannot use: an action input, a command-line option's value or a
 * policy file. A usage error (exit 2, a failed step with one line), never a finding.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
