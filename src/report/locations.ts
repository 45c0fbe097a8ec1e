import type { SourceLocation } from '../model.js'

/** A location as editors and terminals link it: `file:line:column`. */
export function formatLocation({ file, line, column }: SourceLocation): string {
  return `${file}:${line}:${column}`
}

/** Says where a value that a reference brought from elsewhere is written. */
export function writtenAt(definedAt: SourceLocation): string {
  return `value written at ${formatLocation(definedAt)}`
}
