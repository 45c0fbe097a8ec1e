import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError
} from 'jsonc-parser'
import type { SourceLocation } from '../model.js'
import {
  blankByteOrderMark,
  LineIndex,
  type ManifestProblem
} from './reader.js'

export type { JsonNode }

/**
 * How deeply arrays and objects may nest. jsonc-parser recurses once per level and
 * overflows the stack somewhere below 10,000 levels; no manifest comes near this.
 */
export const MAX_JSON_NESTING_DEPTH = 256

/** What each of the parser's error codes means, in words. */
const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected:
    'end of file expected (a file holds one value: one object or one list)',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'string not closed',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'unknown escape sequence',
  InvalidCharacter: 'control character in a string'
}

function describeParseError({ error }: ParseError): string {
  const code = printParseErrorCode(error)
  return PARSE_ERRORS[code] ?? code
}

/** A JSON file as a tree, with the index that turns its offsets into locations. */
export interface ParsedJson {
  /** Undefined when the text could not be parsed; `problem` says why. */
  root: JsonNode | undefined
  lines: LineIndex
  problem: ManifestProblem | undefined
}

/**
 * Parses JSON the way editors of these files tolerate it: comments, trailing commas and a
 * byte order mark are allowed. The first syntax error is reported at its place, as is
 * nesting deep enough to exhaust the parser's stack.
 * @param path Repo-relative path, for locations.
 * @param rawText The file's text as read.
 */
export function parseJson(path: string, rawText: string): ParsedJson {
  const lines = new LineIndex(path, rawText)
  const failed = (offset: number, message: string): ParsedJson => ({
    root: undefined,
    lines,
    problem: { message, location: lines.locate(offset) }
  })
  const tooDeep = findExcessiveNesting(rawText, MAX_JSON_NESTING_DEPTH)
  if (tooDeep !== undefined)
    return failed(
      tooDeep,
      `JSON nesting is deeper than ${MAX_JSON_NESTING_DEPTH} levels`
    )
  const errors: ParseError[] = []
  const root = parseTree(blankByteOrderMark(rawText), errors, {
    allowTrailingComma: true,
    disallowComments: false
  })
  const firstError = errors[0]
  if (firstError !== undefined)
    return failed(
      firstError.offset,
      `JSON syntax error: ${describeParseError(firstError)}`
    )
  if (root === undefined) return failed(0, 'JSON syntax error: empty file')
  return { root, lines, problem: undefined }
}

/**
 * The offset of the first bracket that opens a level deeper than `limit`, skipping strings
 * and comments; undefined when the text stays within it. One linear pass, no recursion.
 */
function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      // Skip the string, escapes included; an unterminated one ends the scan.
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++
      }
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end === -1 ? text.length : end + 1
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i
    } else if (c === ']' || c === '}') {
      depth--
    }
  }
  return undefined
}

/** Finds the value node of a property of a JSON object node. */
export function propertyValue(
  node: JsonNode | undefined,
  name: string
): JsonNode | undefined {
  if (node?.type !== 'object') return undefined
  const property = node.children?.find(
    (child) => child.children?.[0]?.value === name
  )
  return property?.children?.[1]
}

/** The value of a string node; undefined for any other node. */
export function stringValue(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined
}

/** The value node at a path of property names, when every step is an object. */
export function valueAtPath(
  node: JsonNode | undefined,
  names: readonly string[]
): JsonNode | undefined {
  return names.reduce<JsonNode | undefined>(
    (current, name) => propertyValue(current, name),
    node
  )
}

/**
 * Where a value sits: for a string, its first character inside the quotes, which is
 * where an editor puts the cursor on the name; for anything else, its first character.
 */
export function nodeLocation(lines: LineIndex, node: JsonNode): SourceLocation {
  return lines.locate(node.type === 'string' ? node.offset + 1 : node.offset)
}
