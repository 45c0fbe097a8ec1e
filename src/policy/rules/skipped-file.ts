import type { Rule } from '../rule.js'

/**
 * A file that was not read: too large, binary, unreadable, a symbolic link, or named on the
 * command line but in no known format. Saying so keeps a skip from passing for a clean result.
 */
export const skippedFile: Rule = {
  id: 'skipped-file',
  severity: 'notice',
  summary: 'A file was not scanned; the finding says why.'
}
