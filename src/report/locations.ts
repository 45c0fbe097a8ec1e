import { formatLocation, type SourceLocation } from '../model.js'

/** Says where a value that a reference brought from elsewhere is written. */
export function writtenAt(definedAt: SourceLocation): string {
  return `value written at ${formatLocation(definedAt)}`
}
