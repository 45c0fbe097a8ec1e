import { entraAppManifestReader } from './entra-app-manifest.js'
import type { ManifestReader } from './reader.js'
import { yamlManifestReader } from './yaml-manifest.js'

/** Every reader, tried in order; the first that accepts a file reads it. */
export const READERS: readonly ManifestReader[] = [
  yamlManifestReader,
  entraAppManifestReader
]

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

export type { ManifestProblem, ManifestReader, ReadResult } from './reader.js'
