import type { Rule } from '../rule.js'

/**
 * A file in a known format that cannot be parsed, or whose structure is wrong. The readers
 * report these at the place parsing failed; the scan goes on with the other files.
 */
export const malformedManifest: Rule = {
  id: 'malformed-manifest',
  severity: 'error',
  summary:
    'A permissions file cannot be parsed or does not have the expected structure.'
}
