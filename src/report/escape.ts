import { escapeControlCharacters } from '../control-characters.js'

/**
 * Escapes text from a repository for HTML and GitHub-flavoured markdown alike; control
 * characters (a newline would end a markdown table row) become visible escapes.
 */
export function escapeHtml(text: string): string {
  return escapeControlCharacters(text).replace(
    /[&<>"'`|\\[\]*_@]/g,
    (character) => `&#${character.charCodeAt(0)};`
  )
}
