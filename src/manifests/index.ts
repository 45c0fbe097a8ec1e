import { bicepGraphReader } from './bicep-graph.js'
import { codeScopesReader } from './code-scopes.js'
import { entraAppManifestReader } from './entra-app-manifest.js'
import type { FolderReader, ManifestReader } from './reader.js'
import { spfxPackageSolutionReader } from './spfx-package-solution.js'
import { teamsAppManifestReader } from './teams-app-manifest.js'
import { teamsToolkitAadManifestReader } from './teams-toolkit-aad-manifest.js'
import { terraformAzureadReader } from './terraform-azuread.js'
import { yamlManifestReader } from './yaml-manifest.js'

/** Every reader, tried in order; the first that accepts a file reads it. */
export const READERS: readonly ManifestReader[] = [
  yamlManifestReader,
  bicepGraphReader,
  spfxPackageSolutionReader,
  teamsAppManifestReader,
  // Before the Entra reader, which takes any JSON with requiredResourceAccess.
  teamsToolkitAadManifestReader,
  entraAppManifestReader,
  terraformAzureadReader,
  codeScopesReader
]

/** Readers that read a folder's files together; they take their files before READERS. */
export const FOLDER_READERS: readonly FolderReader[] = [terraformAzureadReader]

/** The folder reader whose files include this one, judged by its name. */
export function folderReaderFor(path: string): FolderReader | undefined {
  return FOLDER_READERS.find((reader) => reader.considers(path))
}

/** True when some reader may want a file of this name, found while walking a folder. */
export function isCandidate(path: string): boolean {
  return READERS.some((reader) => reader.considers(path))
}

/** The reader for a file, judged by its name and contents. */
export function readerFor(
  path: string,
  text: string
): ManifestReader | undefined {
  return READERS.find((reader) => reader.accepts(path, text))
}

export type {
  FolderReader,
  ManifestProblem,
  ManifestReader,
  ReadResult,
  SourceFile
} from './reader.js'
