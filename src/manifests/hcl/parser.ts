import { readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as TreeSitter from 'web-tree-sitter'

/** A node of an HCL syntax tree. */
export type HclNode = TreeSitter.Node

/** The web-tree-sitter runtime, an ES module that loads its own `tree-sitter.wasm`. */
const RUNTIME_MODULE = 'tree-sitter.js'
/** The HCL grammar compiled to WebAssembly. */
const HCL_GRAMMAR = 'tree-sitter-hcl.wasm'
/** Where the grammar sits in node_modules, for runs from source (tests, the compiled lib/). */
const HCL_GRAMMAR_PACKAGE_PATH = `@tree-sitter-grammars/tree-sitter-hcl/${HCL_GRAMMAR}`

/**
 * Parsing is linear in practice; the limit only guards against a pathological input keeping
 * a run busy. A 5 MiB file parses in a few seconds.
 */
const MAX_PARSE_MILLISECONDS = 30_000
/** How long the second, logged parse that pinpoints a syntax error may take. */
const MAX_ERROR_SEARCH_MILLISECONDS = 5_000

/** What parsing produced: a tree the caller must `delete()`, or nothing within the time limit. */
export type HclParse =
  | { status: 'parsed'; tree: TreeSitter.Tree }
  | { status: 'timed-out'; seconds: number }

/** The first syntax error of a file: where it is (a text offset) and what it is. */
export interface HclSyntaxError {
  offset: number
  message: string
}

let parserPromise: Promise<TreeSitter.Parser> | undefined

/**
 * The shared HCL parser, loaded on first use: instantiating the WebAssembly runtime and
 * grammar takes tens of milliseconds, which scans without Terraform never pay.
 * Parsing is synchronous, so one parser serves every file.
 */
async function hclParser(): Promise<TreeSitter.Parser> {
  parserPromise ??= loadParser().catch((error: unknown) => {
    // An installation problem, not a problem with any file: every read fails the same way.
    throw new Error(
      `The HCL parser could not be loaded (${RUNTIME_MODULE} and ${HCL_GRAMMAR} belong next to the bundle): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    )
  })
  return parserPromise
}

async function loadParser(): Promise<TreeSitter.Parser> {
  const here = dirname(fileURLToPath(import.meta.url))
  const { runtimeUrl, grammarPath } = (await isFile(join(here, HCL_GRAMMAR)))
    ? // The packaging step copies both files next to each bundle (dist/, dist/cli/).
      {
        runtimeUrl: pathToFileURL(join(here, RUNTIME_MODULE)).href,
        grammarPath: join(here, HCL_GRAMMAR)
      }
    : fromNodeModules()
  // The runtime stays a separate module that the bundler must not inline: bundled, its
  // `import("module")` no longer yields createRequire, and its CommonJS build needs
  // __dirname, which an ES module bundle lacks.
  const treeSitter = (await import(
    /* webpackIgnore: true */ runtimeUrl
  )) as typeof TreeSitter
  await treeSitter.Parser.init()
  const language = await treeSitter.Language.load(await readFile(grammarPath))
  const parser = new treeSitter.Parser()
  parser.setLanguage(language)
  return parser
}

function fromNodeModules(): { runtimeUrl: string; grammarPath: string } {
  const resolve = createRequire(import.meta.url).resolve
  const runtimeFolder = dirname(resolve('web-tree-sitter/tree-sitter.wasm'))
  return {
    runtimeUrl: pathToFileURL(join(runtimeFolder, RUNTIME_MODULE)).href,
    grammarPath: resolve(HCL_GRAMMAR_PACKAGE_PATH)
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * Parses HCL text. Tree-sitter always returns a tree, recovering from syntax errors with
 * ERROR and MISSING nodes; see `firstSyntaxError`.
 * @param text The file's text (without a byte order mark).
 */
export async function parseHcl(text: string): Promise<HclParse> {
  const parser = await hclParser()
  const deadline = performance.now() + MAX_PARSE_MILLISECONDS
  const tree = parser.parse(text, null, {
    progressCallback: () => performance.now() > deadline
  })
  if (tree === null) {
    // A cancelled parse would otherwise resume where it stopped on the next file.
    parser.reset()
    return { status: 'timed-out', seconds: MAX_PARSE_MILLISECONDS / 1000 }
  }
  return { status: 'parsed', tree }
}

/** Closing tokens the grammar names, as a reader would write them. */
const MISSING_TOKEN_NAMES: Record<string, string> = {
  quoted_template_end: 'closing quote',
  template_interpolation_end: 'closing "}" of "${"',
  template_directive_end: 'closing "}" of "%{"',
  heredoc_identifier: 'heredoc end marker',
  block_end: '"}"',
  object_end: '"}"',
  tuple_end: '"]"'
}

/**
 * The first syntax error in a parsed file, or undefined when it has none. A MISSING node
 * says exactly what is missing and where. An ERROR node often starts long before the
 * mistake (at the block the parser could not finish), so the offending token is taken from
 * the parser's own log of a second parse, when that log names it.
 * @param text The text that was parsed.
 * @param tree Its syntax tree.
 */
export async function firstSyntaxError(
  text: string,
  tree: TreeSitter.Tree
): Promise<HclSyntaxError | undefined> {
  let node = tree.rootNode
  if (!node.hasError) return undefined
  // Descend towards the earliest error, one level at a time: no recursion, whatever the depth.
  for (;;) {
    if (node.isError || node.isMissing) break
    const next = node.children.find(
      (child) => child !== null && (child.hasError || child.isMissing)
    )
    if (next === undefined || next === null) break
    node = next
  }
  if (node.isMissing) {
    const expected = MISSING_TOKEN_NAMES[node.type] ?? `"${node.type}"`
    return { offset: node.startIndex, message: `missing ${expected}` }
  }
  const logged = await offendingTokenOffset(text)
  const offset =
    logged !== undefined && logged >= node.startIndex && logged <= node.endIndex
      ? logged
      : node.startIndex
  return { offset, message: `unexpected ${describeToken(text, offset)}` }
}

/**
 * Reparses with the parser's log on and returns the offset of the lookahead token at its
 * first `detect_error` while only one parse version is alive (with several, one failing is
 * ordinary ambiguity). The log is debugging output, not an API: when its format changes the
 * caller falls back to the ERROR node's start.
 */
async function offendingTokenOffset(text: string): Promise<number | undefined> {
  const parser = await hclParser()
  let row = 0
  let utf16ByteColumn = 0
  let alone = false
  let found: { row: number; column: number } | undefined
  parser.setLogger((message, isLex) => {
    if (isLex || found !== undefined) return
    const step =
      /^process version:\d+, version_count:(\d+), state:\d+, row:(\d+), col:(\d+)/.exec(
        message
      )
    if (step !== null) {
      alone = step[1] === '1'
      row = Number(step[2])
      utf16ByteColumn = Number(step[3])
    } else if (alone && message.startsWith('detect_error')) {
      // Tree-sitter reads JavaScript strings as UTF-16: two bytes per column.
      found = { row, column: utf16ByteColumn / 2 }
    }
  })
  const deadline = performance.now() + MAX_ERROR_SEARCH_MILLISECONDS
  try {
    parser
      .parse(text, null, {
        progressCallback: () =>
          found !== undefined || performance.now() > deadline
      })
      ?.delete()
  } finally {
    parser.setLogger(null)
    parser.reset()
  }
  return found === undefined
    ? undefined
    : offsetOf(text, found.row, found.column)
}

/** The text offset of a 0-based row and column. */
function offsetOf(text: string, row: number, column: number): number {
  let offset = 0
  for (let line = 0; line < row; line++) {
    const newline = text.indexOf('\n', offset)
    if (newline === -1) return text.length
    offset = newline + 1
  }
  return Math.min(offset + column, text.length)
}

/** The token at an offset, quoted, for a message. */
function describeToken(text: string, offset: number): string {
  if (offset >= text.length) return 'end of file'
  const token = /^(?:[\p{L}\p{N}_-]{1,40}|\r?\n|.)/su.exec(text.slice(offset))
  const value = token?.[0] ?? ''
  return /\n/.test(value) ? 'end of line' : JSON.stringify(value)
}
