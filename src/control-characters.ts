/**
 * C0 and C1 control characters, newlines and terminal escapes among them: text from a
 * repository must never carry these into a message, a terminal or a workflow command.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g

/** Shows each control character as a visible `\uXXXX` escape instead. */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
