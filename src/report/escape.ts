/** Escapes text from a repository for HTML and GitHub-flavoured markdown alike. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"'`|\\[\]*_@]/g,
    (character) => `&#${character.charCodeAt(0)};`
  )
}
