import type { JsonNode } from './json-nodes.js'

/*
 * Terraform's JSON syntax (`*.tf.json`, what CDK for Terraform and other generators write)
 * rewritten as native syntax, so one parser, one evaluator and one reader serve both. Every
 * name and value of the native text keeps the offset of the JSON token it came from, so
 * findings point into the JSON file.
 */

/** Nested blocks of the resources the reader reads; any other object is an argument value. */
const NESTED_BLOCKS = new Set([
  'required_resource_access',
  'resource_access',
  'content'
])

/** Top-level keys whose blocks carry two labels (type and name), and those with one. */
const TWO_LABELS = new Set(['resource', 'data'])
const ONE_LABEL = new Set(['variable', 'module'])

/** A name that native syntax accepts bare, as an argument or iterator name. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** Characters a native quoted string must escape, and how. */
const NATIVE_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t'
}

/** The characters of a JSON string token, decoded, each with the offset it was written at. */
function decodeJsonString(
  token: string,
  offset: number
): { chars: string[]; offsets: number[] } {
  const chars: string[] = []
  const offsets: number[] = []
  // Between the quotes; jsonc-parser has checked the escapes.
  for (let i = 1; i < token.length - 1; i++) {
    const at = offset + i
    if (token[i] !== '\\') {
      chars.push(token[i] as string)
      offsets.push(at)
      continue
    }
    const escape = token[i + 1] ?? ''
    if (escape === 'u') {
      chars.push(String.fromCharCode(parseInt(token.slice(i + 2, i + 6), 16)))
      i += 5
    } else {
      chars.push(
        { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[escape] ?? escape
      )
      i += 1
    }
    offsets.push(at)
  }
  return { chars, offsets }
}

/** A decoded character as native string syntax writes it. */
function nativeCharacter(char: string): string {
  const code = char.charCodeAt(0)
  return (
    NATIVE_ESCAPES[char] ??
    (code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : char)
  )
}

/**
 * The end (exclusive) of the `${ … }` or `%{ … }` sequence opened at `start`: the brace that
 * closes it, skipping braces inside quoted strings of the expression.
 */
function sequenceEnd(chars: readonly string[], start: number): number {
  let depth = 0
  for (let i = start + 1; i < chars.length; i++) {
    const char = chars[i]
    if (char === '"') {
      for (i++; i < chars.length && chars[i] !== '"'; i++)
        if (chars[i] === '\\') i++
    } else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return i + 1
  }
  return chars.length
}

/** What the translation produced: native text and the way back to JSON offsets. */
export interface NativeTranslation {
  text: string
  /** Values where Terraform wants a block, by JSON offset, and what is wrong with them. */
  problems: { offset: number; message: string }[]
  /** The offset in the JSON text that an offset in the native text stands for. */
  jsonOffset(nativeOffset: number): number
}

/** A stretch of native text copied from, or standing for, a JSON token. */
interface Segment {
  native: number
  json: number
  length: number
}

/** Builds native text piece by piece, remembering where each piece came from. */
class NativeWriter {
  private readonly pieces: string[] = []
  private readonly segments: Segment[] = []
  private length = 0

  /** Writes text that stands for the JSON at `json` (offsets inside map one to one). */
  write(text: string, json?: number): void {
    if (json !== undefined)
      this.segments.push({ native: this.length, json, length: text.length })
    this.pieces.push(text)
    this.length += text.length
  }

  /** Writes text whose characters each stand for the JSON offset at the same index. */
  writeMapped(text: string[], offsets: readonly number[]): void {
    let runStart = 0
    for (let i = 1; i <= text.length; i++) {
      const continues =
        i < text.length &&
        (offsets[i] === (offsets[i - 1] ?? 0) + 1 ||
          offsets[i] === offsets[i - 1])
      if (continues) continue
      this.write(text.slice(runStart, i).join(''), offsets[runStart])
      runStart = i
    }
  }

  finish(problems: NativeTranslation['problems']): NativeTranslation {
    const { segments } = this
    return {
      text: this.pieces.join(''),
      problems,
      jsonOffset(nativeOffset) {
        // The last segment starting at or before the offset.
        let low = 0
        let high = segments.length - 1
        while (low < high) {
          const middle = (low + high + 1) >> 1
          if ((segments[middle]?.native ?? 0) <= nativeOffset) low = middle
          else high = middle - 1
        }
        const segment = segments[low]
        if (segment === undefined) return 0
        const inside = Math.min(
          Math.max(nativeOffset - segment.native, 0),
          Math.max(segment.length - 1, 0)
        )
        return segment.json + inside
      }
    }
  }
}

/** The entries of an object, or of each object of an array of objects (Terraform allows both). */
function entriesOf(node: JsonNode | undefined): [JsonNode, JsonNode][] {
  if (node === undefined) return []
  if (node.type === 'array')
    return (node.children ?? []).flatMap((element) => entriesOf(element))
  if (node.type !== 'object') return []
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? []
    return key !== undefined && value !== undefined ? [[key, value]] : []
  })
}

/** The values a block's value stands for: itself, or each element of an array. */
function blockValues(node: JsonNode): JsonNode[] {
  return node.type === 'array' ? (node.children ?? []) : [node]
}

/** The objects a block's value stands for: itself, or each element of an array. */
function blockBodies(node: JsonNode): JsonNode[] {
  return blockValues(node).filter((value) => value.type === 'object')
}

/**
 * Rewrites a parsed Terraform JSON file as native syntax. In a configuration, blocks other
 * than `resource`, `data`, `variable`, `module` and `locals` are left out: nothing the reader follows
 * lives in them. A variables file (`terraform.tfvars.json`) becomes one argument per
 * variable, with literal values. A root that is not an object yields an empty text.
 * @param root The parsed JSON.
 * @param source The JSON text, from which strings are copied as written.
 * @param kind Whether the file is a configuration or a variables file.
 */
export function translateJsonConfiguration(
  root: JsonNode,
  source: string,
  kind: 'configuration' | 'variables'
): NativeTranslation {
  const out = new NativeWriter()
  const problems: NativeTranslation['problems'] = []
  const raw = (node: JsonNode): string =>
    source.slice(node.offset, node.offset + node.length)

  /**
   * A JSON string as a native quoted string. In JSON syntax strings are templates, as
   * quoted strings are in native syntax, so `${ … }` and `%{ … }` are kept as written (their
   * expressions need no escaping in native syntax); a `literal` string interpolates nothing.
   */
  const string = (node: JsonNode, literal: boolean): void => {
    const { chars, offsets } = decodeJsonString(raw(node), node.offset)
    const text: string[] = ['"']
    const at: number[] = [node.offset]
    const push = (piece: string, offset: number): void => {
      text.push(piece)
      at.push(offset)
    }
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i] as string
      const offset = offsets[i] as number
      const opensSequence =
        (char === '$' || char === '%') && chars[i + 1] === '{'
      if (!opensSequence) {
        push(nativeCharacter(char), offset)
        continue
      }
      // "$${" is an escaped "${" in both syntaxes.
      const escaped = i > 0 && chars[i - 1] === char
      if (literal || escaped) {
        push(literal ? `${char}${char}` : char, offset)
        continue
      }
      const end = sequenceEnd(chars, i)
      for (; i < end; i++) push(chars[i] as string, offsets[i] as number)
      i--
    }
    push('"', node.offset + node.length - 1)
    out.writeMapped(text, at)
  }

  const label = (key: JsonNode): void => {
    out.write(' ')
    string(key, true)
  }

  /** A JSON value as a native expression; `literal` strings are not templates. */
  const expression = (node: JsonNode, literal: boolean): void => {
    switch (node.type) {
      case 'string':
        return string(node, literal)
      case 'array':
        out.write('[', node.offset)
        ;(node.children ?? []).forEach((element, index) => {
          if (index > 0) out.write(', ')
          expression(element, literal)
        })
        return out.write(']', node.offset + node.length - 1)
      case 'object':
        out.write('{\n', node.offset)
        for (const [key, value] of entriesOf(node)) {
          string(key, literal)
          out.write(' = ')
          expression(value, literal)
          out.write('\n')
        }
        return out.write('}', node.offset + node.length - 1)
      default:
        return out.write(raw(node), node.offset)
    }
  }

  const attribute = (key: JsonNode, value: JsonNode, literal = false): void => {
    out.write(String(key.value), key.offset)
    out.write(' = ')
    expression(value, literal)
    out.write('\n')
  }

  /** The arguments and nested blocks of a block. */
  const body = (node: JsonNode): void => {
    for (const [key, value] of entriesOf(node)) {
      const name = String(key.value)
      if (name === '//' || !IDENTIFIER.test(name)) continue
      if (name === 'dynamic') {
        for (const [type, spec] of entriesOf(value))
          for (const specBody of blockBodies(spec)) {
            out.write('dynamic', key.offset)
            label(type)
            out.write(' {\n')
            dynamicBody(specBody)
            out.write('}\n')
          }
        continue
      }
      if (NESTED_BLOCKS.has(name)) {
        for (const nested of blockValues(value)) {
          if (nested.type !== 'object') {
            problems.push({
              offset: nested.offset,
              message: `"${name}" is a block: it must be an object or a list of objects`
            })
            continue
          }
          out.write(name, key.offset)
          out.write(' {\n')
          body(nested)
          out.write('}\n')
        }
        continue
      }
      attribute(key, value)
    }
  }

  /** A dynamic block's arguments: its iterator is a bare name in native syntax. */
  const dynamicBody = (node: JsonNode): void => {
    for (const [key, value] of entriesOf(node)) {
      const name = String(key.value)
      if (name === 'iterator') {
        if (value.type === 'string' && IDENTIFIER.test(String(value.value))) {
          out.write('iterator = ', key.offset)
          out.write(String(value.value), value.offset + 1)
          out.write('\n')
        }
        continue
      }
      if (name === 'content') {
        for (const content of blockBodies(value)) {
          out.write('content {\n', key.offset)
          body(content)
          out.write('}\n')
        }
        continue
      }
      if (IDENTIFIER.test(name)) attribute(key, value)
    }
  }

  const top = entriesOf(root.type === 'object' ? root : undefined)
  if (kind === 'variables') {
    for (const [name, value] of top)
      if (IDENTIFIER.test(String(name.value))) attribute(name, value, true)
    return out.finish(problems)
  }
  for (const [blockKey, value] of top) {
    const blockType = String(blockKey.value)
    if (TWO_LABELS.has(blockType)) {
      for (const [type, named] of entriesOf(value))
        for (const [name, spec] of entriesOf(named))
          for (const specBody of blockBodies(spec)) {
            out.write(blockType, blockKey.offset)
            label(type)
            label(name)
            out.write(' {\n')
            body(specBody)
            out.write('}\n')
          }
    } else if (ONE_LABEL.has(blockType)) {
      for (const [name, spec] of entriesOf(value))
        for (const specBody of blockBodies(spec)) {
          out.write(blockType, blockKey.offset)
          label(name)
          out.write(' {\n')
          // A variable's default is a literal value: "${" in it is not interpolated.
          if (blockType === 'module') body(specBody)
          else
            for (const [key, argument] of entriesOf(specBody))
              if (key.value === 'default') attribute(key, argument, true)
          out.write('}\n')
        }
    } else if (blockType === 'locals') {
      out.write('locals {\n', blockKey.offset)
      for (const [key, local] of entriesOf(value))
        if (IDENTIFIER.test(String(key.value))) attribute(key, local)
      out.write('}\n')
    }
  }
  return out.finish(problems)
}
