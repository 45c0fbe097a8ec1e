import type { Declaration, SourceLocation } from '../model.js'

/** Something wrong with a file's syntax or structure, at the place it went wrong. */
export interface ManifestProblem {
  message: string
  location: SourceLocation
}

/** What a reader gets out of one file: the declarations it could read and what it could not. */
export interface ReadResult {
  declarations: Declaration[]
  /** Syntax and structure errors (malformed-manifest). */
  problems: ManifestProblem[]
  /**
   * Permissions the reader saw but could not pin down statically, such as a Terraform
   * reference to a module output (unresolved-reference). Optional for readers that always can.
   */
  unresolved?: ManifestProblem[]
}

/** A file's repo-relative path and text. */
export interface SourceFile {
  path: string
  text: string
}

/** A reader for one file format. Readers never throw on bad input; they report problems. */
export interface ManifestReader {
  /** Stable id of the format (`yaml-manifest`), recorded on each declaration. */
  id: string
  /** Short name of the format, shown in messages. */
  format: string
  /** True when a file of this name may be in this format and is worth reading. */
  considers(path: string): boolean
  /** True when the file (repo-relative path and text) is in this reader's format. */
  accepts(path: string, text: string): boolean
  /** Reads one file; readers never throw on bad input, they report problems. */
  read(path: string, text: string): ReadResult | Promise<ReadResult>
}

/**
 * A reader for a format that spreads one configuration over the files of a folder, such as
 * a Terraform module: the engine hands it every file of the folder it considers, so a
 * reference in one file resolves to a definition in another. `read` reads one file alone.
 */
export interface FolderReader extends ManifestReader {
  /**
   * Reads the files of one folder together.
   * @param files Every file of the folder that `considers` names, with its text.
   * @param reported Whether a file's declarations and problems are reported; the others
   *   (outside the scan's paths or globs) only supply definitions.
   * @param loadFolder The files `considers` names in another folder of the repository
   *   (repo-relative), for a configuration that uses one (a Terraform module call).
   */
  readFolder(
    files: readonly SourceFile[],
    reported: (path: string) => boolean,
    loadFolder: FolderLoader
  ): Promise<ReadResult>
}

/** Loads the readable files of a repo-relative folder that a reader considers; none if it is missing. */
export type FolderLoader = (folder: string) => Promise<SourceFile[]>

/**
 * Maps character offsets in a text to 1-based line and column numbers, with one scan of the
 * text up front and a binary search per lookup.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0]
  /** Editors do not show a byte order mark, so columns on line 1 must not count it. */
  private readonly byteOrderMarkWidth: number

  constructor(
    private readonly file: string,
    text: string
  ) {
    this.byteOrderMarkWidth = text.charCodeAt(0) === 0xfeff ? 1 : 0
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1)
    }
  }

  /** The location of the character at `offset`. */
  locate(offset: number): SourceLocation {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {
      file: this.file,
      line: low + 1,
      column:
        offset -
        (this.lineStarts[low] ?? 0) +
        1 -
        (low === 0 ? this.byteOrderMarkWidth : 0)
    }
  }
}

/**
 * Turns a leading byte order mark (which Windows editors like to add) into a space, so
 * parsers accept the text and every offset still matches the file.
 */
export function blankByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text
}
