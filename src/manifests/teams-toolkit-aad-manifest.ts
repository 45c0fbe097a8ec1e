import { readAppManifest } from './entra-app-manifest.js'
import type { ManifestReader, ReadResult } from './reader.js'

/**
 * A value Teams Toolkit fills in when it provisions the app: `${{AAD_APP_CLIENT_ID}}` from
 * the environment file (Teams Toolkit 5 and the Microsoft 365 Agents Toolkit), or
 * `{{state.fx-resource-aad-app-for-teams.clientId}}` in Teams Toolkit 4 templates.
 */
const PLACEHOLDER = /\$?\{\{[^{}]*\}\}/

/**
 * True for the names the toolkits give their Entra app templates: `aad.manifest.json`,
 * `aad.manifest.template.json`, the older `aad.template.json`, and `entra.*.manifest.json`
 * files that a project's `teamsapp.yml` points its `aadApp/update` step at.
 */
function isToolkitManifestName(path: string): boolean {
  const parts = (path.split('/').pop() ?? '').toLowerCase().split('.')
  return (
    (parts[0] === 'aad' || parts[0] === 'entra') &&
    parts.at(-1) === 'json' &&
    (parts.includes('manifest') || parts.includes('template'))
  )
}

/**
 * Reads the Entra app template of a Teams Toolkit or Microsoft 365 Agents Toolkit project.
 * It has the Entra application manifest's shape, but `resourceAppId` may name the API
 * ("Microsoft Graph", "Office 365 SharePoint Online") and `resourceAccess[].id` the
 * permission ("User.Read"), which the toolkit maps to GUIDs when it provisions the app.
 * Values such as `${{AAD_APP_CLIENT_ID}}` are only known then, and are reported as unresolved.
 */
export const teamsToolkitAadManifestReader = {
  id: 'teams-toolkit-aad-manifest',
  format: 'Teams Toolkit Entra app manifest',

  considers(path) {
    return isToolkitManifestName(path)
  },

  // Any name is possible (teamsapp.yml sets the path), but placeholders give the format away.
  accepts(path, text) {
    return (
      this.considers(path) ||
      (/\.jsonc?$/i.test(path) &&
        text.includes('"requiredResourceAccess"') &&
        PLACEHOLDER.test(text))
    )
  },

  read(path, text): ReadResult {
    return readAppManifest(path, text, {
      format: 'teams-toolkit-aad-manifest',
      acceptsNames: true,
      placeholder: PLACEHOLDER
    })
  }
} satisfies ManifestReader
