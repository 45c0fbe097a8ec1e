import type { HclNode } from './parser.js'

/** A block such as `resource "azuread_application" "app" { … }`. */
export interface HclBlock {
  node: HclNode
  /** The block type: `resource`, `locals`, `required_resource_access`. */
  type: string
  /** The labels after the type, unquoted. */
  labels: string[]
  /** The block's body; undefined for an empty block. */
  body: HclNode | undefined
}

/** An attribute such as `display_name = "HR sync"`. */
export interface HclAttribute {
  node: HclNode
  name: string
  /** The value expression. */
  expression: HclNode
}

/**
 * The children of a node, without comments (which the grammar allows between any two
 * tokens, so they would shift positions) and without the nulls web-tree-sitter may return.
 */
export function childrenOf(node: HclNode): HclNode[] {
  return node.children.filter(
    (child): child is HclNode => child !== null && child.type !== 'comment'
  )
}

/** The named children of a node (no punctuation, no comments), without nulls. */
export function namedChildrenOf(node: HclNode): HclNode[] {
  return node.namedChildren.filter(
    (child): child is HclNode => child !== null && child.type !== 'comment'
  )
}

/** The top-level body of a parsed file; undefined for an empty file. */
export function fileBody(root: HclNode): HclNode | undefined {
  return namedChildrenOf(root).find((child) => child.type === 'body')
}

/** The blocks directly in a body, in file order. */
export function blocksIn(body: HclNode | undefined): HclBlock[] {
  if (body === undefined) return []
  return namedChildrenOf(body)
    .filter((child) => child.type === 'block')
    .map((node) => {
      const parts = namedChildrenOf(node)
      return {
        node,
        type: parts[0]?.text ?? '',
        labels: parts
          .slice(1)
          .filter(
            (part) => part.type === 'string_lit' || part.type === 'identifier'
          )
          .map((label) =>
            label.type === 'string_lit' ? stringLiteralValue(label) : label.text
          ),
        body: parts.find((part) => part.type === 'body')
      }
    })
}

/** The attributes directly in a body by name; the first of a repeated name wins. */
export function attributesIn(
  body: HclNode | undefined
): Map<string, HclAttribute> {
  const attributes = new Map<string, HclAttribute>()
  if (body === undefined) return attributes
  for (const node of namedChildrenOf(body)) {
    if (node.type !== 'attribute') continue
    const [name, expression] = namedChildrenOf(node)
    if (name === undefined || expression === undefined) continue
    if (!attributes.has(name.text))
      attributes.set(name.text, { node, name: name.text, expression })
  }
  return attributes
}

/**
 * Where the content of a quoted string or template lies: from after its opening quote to
 * before its closing one (text offsets).
 */
export function quotedContent(node: HclNode): [number, number] {
  const children = childrenOf(node)
  const opening = children[0]
  const closing = children[children.length - 1]
  const start = opening?.text === '"' ? opening.endIndex : node.startIndex
  const end =
    closing?.text === '"' && closing !== opening
      ? closing.startIndex
      : node.endIndex
  return [start, end]
}

/**
 * The text of a `string_lit` node, with its escape sequences decoded. Read from the
 * source between the quotes: the grammar's literal token leaves out leading and trailing
 * spaces.
 */
export function stringLiteralValue(node: HclNode): string {
  const [start, end] = quotedContent(node)
  return unescapeTemplateLiteral(
    node.text.slice(start - node.startIndex, end - node.startIndex)
  )
}

const ESCAPE = /\\(?:[nrt"\\]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g
const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\'
}

/** Decodes HCL's string escapes (`\n`, `\"`, `\u00e9`) and its `$${`/`%%{` literals. */
export function unescapeTemplateLiteral(raw: string): string {
  return raw.replace(ESCAPE, (escape) => {
    if (escape === '$${') return '${'
    if (escape === '%%{') return '%{'
    const letter = escape.charAt(1)
    if (letter === 'u' || letter === 'U') {
      const codePoint = Number.parseInt(escape.slice(2), 16)
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : escape
    }
    return SIMPLE_ESCAPES[letter] ?? escape
  })
}

/**
 * Where the token a node stands for starts: inside the quotes of a string, so a location
 * points at the permission itself as it does for the other formats.
 */
export function tokenOffset(node: HclNode): number {
  let current = node
  // Expressions wrap their value in single-child layers (expression > literal_value > string_lit).
  for (let layer = 0; layer < 4; layer++) {
    if (current.type === 'string_lit' || current.type === 'quoted_template')
      return current.startIndex + 1
    const children = namedChildrenOf(current)
    const only = children[0]
    if (children.length !== 1 || only === undefined) break
    current = only
  }
  return node.startIndex
}

/** Longest expression text quoted in a message. */
const MAX_DESCRIBED_LENGTH = 60

/** An expression's source text on one line, shortened for a message. */
export function describeExpression(node: HclNode): string {
  const text = node.text.slice(0, MAX_DESCRIBED_LENGTH * 4)
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > MAX_DESCRIBED_LENGTH || text.length < node.text.length
    ? `${oneLine.slice(0, MAX_DESCRIBED_LENGTH - 1)}…`
    : oneLine
}
