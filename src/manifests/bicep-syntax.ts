/**
 * A tokenizer and recursive-descent parser for Bicep, as far as reading Microsoft Graph
 * permissions needs: declarations (`param`, `var`, `resource`, `module`; the others are
 * checked for balanced brackets and skipped), and expressions with exact offsets. No
 * maintained Bicep parser is published on npm.
 *
 * Every construct of the language parses, so a valid file never gets a syntax error; only
 * literals, objects, arrays, loops, names, member access and indexing are kept in a form the
 * reader evaluates. Calls, operators and lambdas are kept as opaque nodes with their span.
 * Work is linear in the size of the file, and nesting is capped, so neither a huge nor a
 * hostile file can hang the scan or overflow the stack.
 */

/** A syntax error at a character offset of the file. */
export class BicepSyntaxError extends Error {
  override name = 'BicepSyntaxError'

  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

/**
 * How deeply brackets, parentheses, expressions and string interpolations may nest. Real
 * templates stay far below it; beyond it, parsing stops with a syntax error rather than
 * exhausting the stack.
 */
export const MAX_BICEP_NESTING_DEPTH = 100

type TokenKind =
  | 'identifier'
  | 'number'
  | 'symbol'
  | 'newline'
  /** A string without interpolation: `'abc'` or `'''abc'''`. */
  | 'string'
  /** The text before the first interpolation: `'abc${`. */
  | 'string-head'
  /** The text between two interpolations: `}abc${`. */
  | 'string-middle'
  /** The text after the last interpolation: `}abc'`. */
  | 'string-tail'
  | 'end'

interface Token {
  kind: TokenKind
  /** The identifier, number or symbol as written, or the decoded text of a string piece. */
  text: string
  start: number
  end: number
  /** Where the text of a string piece starts in the file. */
  textStart: number
  /** True when a string piece's text is the file's text from `textStart` unchanged. */
  verbatim: boolean
}

/** Operators and punctuation, longest first so that `==` is not read as `=` `=`. */
const SYMBOLS = [
  '...',
  '??',
  '.?',
  '::',
  '==',
  '!=',
  '=~',
  '!~',
  '<=',
  '>=',
  '&&',
  '||',
  '=>',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  '.',
  '?',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '@',
  '|'
]

/** Escape sequences of single-line strings and the characters they stand for. */
const ESCAPES = new Map([
  ['\\', '\\'],
  ["'", "'"],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['$', '$']
])

const isIdentifierStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isIdentifierPart = (c: number): boolean =>
  isIdentifierStart(c) || isDigit(c)

/** An interpolation the tokenizer is inside of: its string and the braces opened in it. */
interface OpenInterpolation {
  /** Offset of the string the interpolation belongs to, for error messages. */
  stringStart: number
  /** 0 for a single-line string; for `$'''` strings, the number of `$` that open one. */
  dollars: number
  braces: number
}

/**
 * Reads Bicep text one token at a time, so a parse that fails early never pays for the rest
 * of the file. Strings with interpolations become a head, middles and a tail around the
 * tokens of each interpolated expression, as Bicep's own lexer does.
 */
class Lexer {
  private offset = 0
  private readonly open: OpenInterpolation[] = []

  constructor(private readonly text: string) {}

  /**
   * The next token; the `end` token once the text is used up.
   * @throws BicepSyntaxError at the first character that cannot start a token.
   */
  next(): Token {
    const { text } = this
    const length = text.length
    while (this.offset < length) {
      const i = this.offset
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9 || c === 13) {
        this.offset++
      } else if (c === 10) {
        this.offset++
        return token('newline', '\n', i, i + 1)
      } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        this.offset = this.lineEnd(i)
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const end = text.indexOf('*/', i + 2)
        if (end === -1)
          throw new BicepSyntaxError('unterminated comment: no closing */', i)
        this.offset = end + 2
        // A comment across lines separates what is before and after it like a line break.
        for (let p = i; p < end; p++) {
          if (text.charCodeAt(p) === 10)
            return token('newline', '\n', i, end + 2)
        }
      } else if (c === 35) {
        // #disable-next-line and other pragmas are for the linter.
        this.offset = this.lineEnd(i)
      } else if (c === 39) {
        return text.startsWith("'''", i)
          ? this.readMultilinePiece(i, i + 3, 0, true)
          : this.readPiece(i, i + 1, true)
      } else if (c === 36) {
        let quotes = i
        while (text.charCodeAt(quotes) === 36) quotes++
        if (!text.startsWith("'''", quotes))
          throw new BicepSyntaxError('unexpected "$" outside a string', i)
        return this.readMultilinePiece(i, quotes + 3, quotes - i, true)
      } else if (c === 125 && this.open.at(-1)?.braces === 0) {
        const interpolation = this.open.pop() as OpenInterpolation
        return interpolation.dollars === 0
          ? this.readPiece(i, i + 1, false)
          : this.readMultilinePiece(i, i + 1, interpolation.dollars, false)
      } else if (isIdentifierStart(c) || isDigit(c)) {
        const part = isDigit(c) ? isDigit : isIdentifierPart
        let end = i + 1
        while (end < length && part(text.charCodeAt(end))) end++
        this.offset = end
        return token(
          isDigit(c) ? 'number' : 'identifier',
          text.slice(i, end),
          i,
          end
        )
      } else {
        return this.readSymbol(i)
      }
    }
    const unclosed = this.open.at(-1)
    if (unclosed !== undefined)
      throw new BicepSyntaxError(
        'unterminated string: an interpolation "${" is never closed',
        unclosed.stringStart
      )
    return token('end', '', length, length)
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf('\n', from)
    return end === -1 ? this.text.length : end
  }

  private readSymbol(i: number): Token {
    const symbol = SYMBOLS.find((candidate) =>
      this.text.startsWith(candidate, i)
    )
    if (symbol === undefined)
      throw new BicepSyntaxError(
        `unexpected character ${JSON.stringify(this.text[i])}`,
        i
      )
    const interpolation = this.open.at(-1)
    if (interpolation !== undefined && symbol === '{') interpolation.braces++
    if (interpolation !== undefined && symbol === '}') interpolation.braces--
    this.offset = i + symbol.length
    return token('symbol', symbol, i, this.offset)
  }

  private openInterpolation(stringStart: number, dollars: number): void {
    if (this.open.length >= MAX_BICEP_NESTING_DEPTH)
      throw new BicepSyntaxError(
        `strings are interpolated inside each other more than ${MAX_BICEP_NESTING_DEPTH} levels deep`,
        stringStart
      )
    this.open.push({ stringStart, dollars, braces: 0 })
  }

  /** Reads a single-line string piece that starts at `from`. */
  private readPiece(start: number, from: number, first: boolean): Token {
    const { text } = this
    const parts: string[] = []
    let segment = from
    let verbatim = true
    for (let p = from; ;) {
      const c = text.charCodeAt(p)
      if (p >= text.length || c === 10 || c === 13)
        throw new BicepSyntaxError(
          'unterminated string: a single-quoted string must end on the line it starts',
          start
        )
      if (c === 92) {
        parts.push(text.slice(segment, p))
        p = this.readEscape(p, parts)
        segment = p
        verbatim = false
      } else if (c === 39) {
        parts.push(text.slice(segment, p))
        this.offset = p + 1
        const kind = first ? 'string' : 'string-tail'
        return token(kind, parts.join(''), start, p + 1, from, verbatim)
      } else if (c === 36 && text.charCodeAt(p + 1) === 123) {
        parts.push(text.slice(segment, p))
        this.offset = p + 2
        this.openInterpolation(start, 0)
        const kind = first ? 'string-head' : 'string-middle'
        return token(kind, parts.join(''), start, p + 2, from, verbatim)
      } else p++
    }
  }

  /** Decodes the escape sequence at `p` into `parts`; returns the offset after it. */
  private readEscape(p: number, parts: string[]): number {
    const { text } = this
    const escape = text[p + 1] ?? ''
    if (escape === 'u' && text[p + 2] === '{') {
      const close = text.indexOf('}', p + 3)
      const digits = close === -1 ? '' : text.slice(p + 3, close)
      const codePoint = Number.parseInt(digits, 16)
      if (!/^[0-9a-fA-F]{1,6}$/.test(digits) || codePoint > 0x10ffff)
        throw new BicepSyntaxError(
          'invalid escape sequence: \\u{...} takes 1 to 6 hexadecimal digits, up to 10FFFF',
          p
        )
      parts.push(String.fromCodePoint(codePoint))
      return close + 1
    }
    const decoded = ESCAPES.get(escape)
    if (decoded === undefined)
      throw new BicepSyntaxError(
        `invalid escape sequence "\\${escape}": use \\\\, \\', \\n, \\r, \\t, \\$ or \\u{...}`,
        p
      )
    parts.push(decoded)
    return p + 2
  }

  /**
   * Reads a multi-line string piece (`'''...'''`, or `$'''...'''` with interpolations
   * opened by `dollars` dollar signs and a brace) that starts at `from`.
   */
  private readMultilinePiece(
    start: number,
    from: number,
    dollars: number,
    first: boolean
  ): Token {
    const { text } = this
    let contentStart = from
    // A line break right after the opening quotes is not part of the value.
    if (first && text.startsWith('\r\n', from)) contentStart += 2
    else if (first && text[from] === '\n') contentStart += 1
    const interpolation = dollars > 0 ? `${'$'.repeat(dollars)}{` : undefined
    for (let p = contentStart; p < text.length; p++) {
      if (text.startsWith("'''", p)) {
        this.offset = p + 3
        const kind = first ? 'string' : 'string-tail'
        return token(
          kind,
          text.slice(contentStart, p),
          start,
          p + 3,
          contentStart
        )
      }
      if (interpolation !== undefined && text.startsWith(interpolation, p)) {
        this.offset = p + interpolation.length
        this.openInterpolation(start, dollars)
        const kind = first ? 'string-head' : 'string-middle'
        return token(
          kind,
          text.slice(contentStart, p),
          start,
          this.offset,
          contentStart
        )
      }
    }
    throw new BicepSyntaxError(
      "unterminated multi-line string: no closing '''",
      start
    )
  }
}

function token(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  textStart = start,
  verbatim = true
): Token {
  return { kind, text, start, end, textStart, verbatim }
}

/** Every node knows its span in the file: `start` inclusive, `end` exclusive. */
interface Span {
  start: number
  end: number
}

/** `'text'` or `'''text'''`. */
export interface StringLiteral extends Span {
  kind: 'string'
  value: string
  /** Where the value's first character is in the file. */
  valueStart: number
  /** True when the value is the file's text from `valueStart` unchanged (no escapes). */
  verbatim: boolean
}

/** `'text ${expression} text'`: `parts` has one more element than `holes`. */
export interface TemplateLiteral extends Span {
  kind: 'template'
  parts: string[]
  holes: Expression[]
}

/** A number, `true`, `false` or `null`. */
export interface Literal extends Span {
  kind: 'literal'
  value: number | boolean | null
}

/** A property of an object literal. */
export interface Property {
  key: string
  value: Expression
}

/** `{ key: value ... }`, possibly with `...spread` entries. */
export interface ObjectLiteral extends Span {
  kind: 'object'
  properties: Property[]
  spreads: Expression[]
}

/** `...expression` inside an array. */
export interface Spread extends Span {
  kind: 'spread'
  value: Expression
}

/** `[ item ... ]`. */
export interface ArrayLiteral extends Span {
  kind: 'array'
  items: (Expression | Spread)[]
}

/** `[for item in source: body]` or `[for (item, index) in source: if (condition) body]`. */
export interface ForExpression extends Span {
  kind: 'for'
  item: string
  index: string | undefined
  source: Expression
  condition: Expression | undefined
  body: Expression
}

/** A name: a parameter, variable, resource, module or loop variable. */
export interface Identifier extends Span {
  kind: 'identifier'
  name: string
}

/** `target.name` (and the safe `target.?name`). */
export interface MemberAccess extends Span {
  kind: 'member'
  target: Expression
  name: string
}

/** `target[index]` (and the safe `target[?index]`). */
export interface IndexAccess extends Span {
  kind: 'index'
  target: Expression
  index: Expression
}

/** `callee(arguments)`, where the callee is a name or a member access. */
export interface Call extends Span {
  kind: 'call'
  callee: Expression
  args: Expression[]
}

/** `item => body` or `(a, b) => body`. */
export interface Lambda extends Span {
  kind: 'lambda'
  parameters: string[]
  body: Expression
}

/**
 * An operator applied to operands: unary (`!`, `-`), binary, the conditional `?:`, the
 * non-null assertion `x!` (operator `!!`) and the nested resource accessor `a::b`.
 */
export interface Operation extends Span {
  kind: 'operation'
  operator: string
  operands: Expression[]
}

/** Any Bicep expression. */
export type Expression =
  | StringLiteral
  | TemplateLiteral
  | Literal
  | ObjectLiteral
  | ArrayLiteral
  | ForExpression
  | Identifier
  | MemberAccess
  | IndexAccess
  | Call
  | Lambda
  | Operation

/** `param name type = default`. */
export interface ParameterDeclaration extends Span {
  kind: 'param'
  name: string
  defaultValue: Expression | undefined
}

/** `var name = value`. */
export interface VariableDeclaration extends Span {
  kind: 'var'
  name: string
  value: Expression
}

/** `resource name 'type@version' [existing] = [if (condition)] value`. */
export interface ResourceDeclaration extends Span {
  kind: 'resource'
  name: string
  type: string
  existing: boolean
  condition: Expression | undefined
  /** An object literal, or a `for` expression for a resource loop. */
  value: Expression
}

/** `module name 'path' = ...`: only its name matters, so references to it can be explained. */
export interface ModuleDeclaration extends Span {
  kind: 'module'
  name: string
}

/** A top-level declaration the reader cares about. */
export type Statement =
  | ParameterDeclaration
  | VariableDeclaration
  | ResourceDeclaration
  | ModuleDeclaration

/** Binary operators by precedence, lowest first (Bicep's own order). */
const PRECEDENCE: Record<string, number> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '=~': 4,
  '!~': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7
}

const BINARY_OPERATORS = Object.keys(PRECEDENCE)

/** The keywords that are values. */
const LITERALS = new Map<string, boolean | null>([
  ['true', true],
  ['false', false],
  ['null', null]
])

/**
 * Operators that may begin a continuation line of an expression. None of them can begin
 * a declaration, a property or an array item, so reading on across the line break is safe.
 */
const CONTINUATION_OPERATORS = new Set(['?', '??', '||', '&&'])

/** Each opening bracket and the bracket that closes it. */
const CLOSERS = new Map([
  ['{', '}'],
  ['[', ']'],
  ['(', ')']
])

/** Declarations that cannot hold a Graph permission; they are checked and skipped. */
const SKIPPED_DECLARATIONS = new Set([
  'type',
  'func',
  'import',
  'extension',
  'provider',
  'using',
  'assert',
  'extends'
])

/** Recursive-descent parser over the tokens of one file. */
class Parser {
  /** Tokens read from the lexer; the one at `head` is the current one. */
  private readonly lookahead: Token[] = []
  private head = 0
  private previous: Token | undefined
  private depth = 0

  constructor(private readonly lexer: Lexer) {}

  parseFile(): Statement[] {
    const statements: Statement[] = []
    this.skipNewlines()
    while (this.peek().kind !== 'end') {
      const statement = this.parseStatement()
      if (statement !== undefined) statements.push(statement)
      if (this.peek().kind !== 'newline' && this.peek().kind !== 'end')
        this.fail('expected a line break after the declaration')
      this.skipNewlines()
    }
    return statements
  }

  private parseStatement(): Statement | undefined {
    while (this.isSymbol('@')) {
      this.next()
      this.parsePostfix()
      this.skipNewlines()
    }
    const keyword = this.peek()
    if (keyword.kind !== 'identifier')
      this.fail('expected a declaration such as param, var or resource')
    const start = keyword.start
    if (SKIPPED_DECLARATIONS.has(keyword.text)) {
      this.next()
      this.skipBalanced(false)
      return undefined
    }
    switch (keyword.text) {
      case 'param': {
        this.next()
        const name = this.expectIdentifier('a parameter name').text
        this.skipBalanced(true)
        const defaultValue = this.isSymbol('=')
          ? (this.next(), this.parseExpression())
          : undefined
        return { kind: 'param', name, defaultValue, start, end: this.lastEnd() }
      }
      case 'var': {
        this.next()
        const name = this.expectIdentifier('a variable name').text
        this.expectSymbol('=')
        const value = this.parseExpression()
        return { kind: 'var', name, value, start, end: value.end }
      }
      case 'resource':
        return this.parseResource()
      case 'module': {
        this.next()
        const name = this.expectIdentifier('a module name').text
        this.expectString('the module path')
        this.expectSymbol('=')
        this.parseDeclaredValue()
        return { kind: 'module', name, start, end: this.lastEnd() }
      }
      case 'output':
      case 'metadata':
      case 'targetScope':
        // Their values may use anything, so they are parsed to find syntax errors.
        this.next()
        this.skipBalanced(true)
        this.expectSymbol('=')
        this.parseExpression()
        return undefined
      default:
        return this.fail(
          'expected a declaration such as param, var or resource'
        )
    }
  }

  private parseResource(): ResourceDeclaration {
    const start = this.next().start
    const name = this.expectIdentifier('a resource name').text
    const type = this.expectString("the resource type ('type@version')")
    const existing = this.isWord('existing')
    if (existing) this.next()
    this.expectSymbol('=')
    const { condition, value } = this.parseDeclaredValue()
    return {
      kind: 'resource',
      name,
      type: type.text,
      existing,
      condition,
      value,
      start,
      end: value.end
    }
  }

  /** The value of a resource or module: `{...}`, `if (condition) {...}` or `[for ...]`. */
  private parseDeclaredValue(): {
    condition: Expression | undefined
    value: Expression
  } {
    const condition = this.parseIfCondition()
    return { condition, value: this.parseExpression() }
  }

  /** `if (condition)` before a value, when present. */
  private parseIfCondition(): Expression | undefined {
    if (!this.isWord('if')) return undefined
    this.next()
    this.expectSymbol('(')
    this.skipNewlines()
    const condition = this.parseExpression()
    this.skipNewlines()
    this.expectSymbol(')')
    return condition
  }

  /**
   * Skips the rest of a declaration that the reader does not need, to the end of its line
   * (or to a `=` when `toEquals`), making sure its brackets balance.
   */
  private skipBalanced(toEquals: boolean): void {
    const closers: string[] = []
    for (;;) {
      const token = this.peek()
      if (token.kind === 'end') {
        if (closers.length === 0) return
        this.fail(`expected "${closers.at(-1)}"`)
      }
      if (closers.length === 0) {
        if (token.kind === 'newline') return
        if (toEquals && token.kind === 'symbol' && token.text === '=') return
      }
      if (token.kind === 'symbol') {
        const closer = CLOSERS.get(token.text)
        if (closer !== undefined) {
          if (closers.length >= MAX_BICEP_NESTING_DEPTH) this.failTooDeep(token)
          closers.push(closer)
        } else if ('}])'.includes(token.text)) {
          if (closers.pop() !== token.text)
            this.fail('unbalanced brackets: unexpected')
        }
      }
      this.next()
    }
  }

  /** Parses any expression, counting its nesting. */
  parseExpression(): Expression {
    const token = this.peek()
    if (++this.depth > MAX_BICEP_NESTING_DEPTH) this.failTooDeep(token)
    try {
      return this.parseConditional()
    } finally {
      this.depth--
    }
  }

  private parseConditional(): Expression {
    const condition = this.parseBinary(1)
    if (!this.continuesWith('?')) return condition
    this.next()
    this.skipNewlines()
    const whenTrue = this.parseExpression()
    this.continuesWith(':')
    this.expectSymbol(':')
    this.skipNewlines()
    const whenFalse = this.parseExpression()
    return {
      kind: 'operation',
      operator: '?:',
      operands: [condition, whenTrue, whenFalse],
      start: condition.start,
      end: whenFalse.end
    }
  }

  private parseBinary(minimum: number): Expression {
    let left = this.parseUnary()
    for (;;) {
      const token = this.peek()
      const operator =
        token.kind === 'symbol'
          ? token.text
          : this.lineContinuation(BINARY_OPERATORS)
      const precedence =
        operator === undefined ? undefined : PRECEDENCE[operator]
      if (precedence === undefined || precedence < minimum) return left
      this.skipNewlines()
      this.next()
      this.skipNewlines()
      const right = this.parseBinary(precedence + 1)
      left = {
        kind: 'operation',
        operator: operator as string,
        operands: [left, right],
        start: left.start,
        end: right.end
      }
    }
  }

  /** Prefix `!` and `-`, gathered in a loop so that a long run of them cannot recurse. */
  private parseUnary(): Expression {
    const operators: Token[] = []
    while (this.isSymbol('!') || this.isSymbol('-')) operators.push(this.next())
    let operand = this.parsePostfix()
    for (const operator of operators.reverse())
      operand = {
        kind: 'operation',
        operator: operator.text,
        operands: [operand],
        start: operator.start,
        end: operand.end
      }
    return operand
  }

  private parsePostfix(): Expression {
    let target = this.parsePrimary()
    for (;;) {
      const token = this.peek()
      if (token.kind !== 'symbol') return target
      switch (token.text) {
        case '.':
        case '.?': {
          this.next()
          const name = this.expectIdentifier('a property name')
          target = {
            kind: 'member',
            target,
            name: name.text,
            start: target.start,
            end: name.end
          }
          break
        }
        case '::': {
          this.next()
          const name = this.expectIdentifier('a nested resource name')
          target = {
            kind: 'operation',
            operator: '::',
            operands: [target],
            start: target.start,
            end: name.end
          }
          break
        }
        case '[': {
          this.next()
          this.skipNewlines()
          if (this.isSymbol('?')) this.next()
          const index = this.parseExpression()
          this.skipNewlines()
          const close = this.expectSymbol(']')
          target = {
            kind: 'index',
            target,
            index,
            start: target.start,
            end: close.end
          }
          break
        }
        case '(': {
          const args = this.parseArguments()
          target = {
            kind: 'call',
            callee: target,
            args,
            start: target.start,
            end: this.lastEnd()
          }
          break
        }
        case '!':
          this.next()
          target = {
            kind: 'operation',
            operator: '!!',
            operands: [target],
            start: target.start,
            end: token.end
          }
          break
        default:
          return target
      }
    }
  }

  private parseArguments(): Expression[] {
    this.expectSymbol('(')
    const args: Expression[] = []
    this.skipNewlines()
    while (!this.isSymbol(')')) {
      args.push(this.parseExpression())
      this.skipNewlines()
      if (this.isSymbol(',')) {
        this.next()
        this.skipNewlines()
      } else if (!this.isSymbol(')')) this.fail('expected "," or ")"')
    }
    this.next()
    return args
  }

  private parsePrimary(): Expression {
    const token = this.peek()
    switch (token.kind) {
      case 'string':
        this.next()
        return {
          kind: 'string',
          value: token.text,
          valueStart: token.textStart,
          verbatim: token.verbatim,
          start: token.start,
          end: token.end
        }
      case 'string-head':
        return this.parseTemplate()
      case 'number':
        this.next()
        return {
          kind: 'literal',
          value: Number(token.text),
          start: token.start,
          end: token.end
        }
      case 'identifier':
        return this.parseName()
      case 'symbol':
        if (token.text === '{') return this.parseObject()
        if (token.text === '[') return this.parseArray()
        if (token.text === '(') return this.parseParenthesized()
        break
      default:
        break
    }
    return this.fail('expected a value')
  }

  private parseName(): Expression {
    const token = this.next()
    const literal = LITERALS.get(token.text)
    if (literal !== undefined)
      return {
        kind: 'literal',
        value: literal,
        start: token.start,
        end: token.end
      }
    if (this.isSymbol('=>')) return this.parseLambdaBody([token.text], token)
    return {
      kind: 'identifier',
      name: token.text,
      start: token.start,
      end: token.end
    }
  }

  private parseParenthesized(): Expression {
    const open = this.peek()
    const parameters = this.lambdaParametersAhead()
    if (parameters !== undefined) {
      // Skip to the arrow: the parameters were read by looking ahead.
      while (!this.isSymbol('=>')) this.next()
      return this.parseLambdaBody(parameters, open)
    }
    this.next()
    this.skipNewlines()
    const inner = this.parseExpression()
    this.skipNewlines()
    this.expectSymbol(')')
    return inner
  }

  /** At `(`: the parameter names when a lambda's `(a, b) =>` follows, else undefined. */
  private lambdaParametersAhead(): string[] | undefined {
    const names: string[] = []
    let ahead = 1
    const skipNewlines = (): void => {
      while (this.peek(ahead).kind === 'newline') ahead++
    }
    skipNewlines()
    if (this.isSymbol(')', ahead))
      return this.isSymbol('=>', ahead + 1) ? names : undefined
    for (;;) {
      const name = this.peek(ahead)
      if (name.kind !== 'identifier') return undefined
      names.push(name.text)
      ahead++
      skipNewlines()
      if (this.isSymbol(')', ahead))
        return this.isSymbol('=>', ahead + 1) ? names : undefined
      if (!this.isSymbol(',', ahead)) return undefined
      ahead++
      skipNewlines()
    }
  }

  private parseLambdaBody(parameters: string[], first: Token): Lambda {
    this.expectSymbol('=>')
    this.skipNewlines()
    const body = this.parseExpression()
    return {
      kind: 'lambda',
      parameters,
      body,
      start: first.start,
      end: body.end
    }
  }

  private parseTemplate(): TemplateLiteral {
    const head = this.next()
    const parts = [head.text]
    const holes: Expression[] = []
    for (;;) {
      holes.push(this.parseExpression())
      const piece = this.peek()
      if (piece.kind !== 'string-middle' && piece.kind !== 'string-tail')
        this.fail('expected "}" to close the interpolation')
      this.next()
      parts.push(piece.text)
      if (piece.kind === 'string-tail')
        return {
          kind: 'template',
          parts,
          holes,
          start: head.start,
          end: piece.end
        }
    }
  }

  private parseObject(): ObjectLiteral {
    const open = this.next()
    const properties: Property[] = []
    const spreads: Expression[] = []
    for (;;) {
      this.skipNewlines()
      if (this.isSymbol('}')) break
      if (this.isSymbol('@')) {
        // Decorators on the properties of object types: nothing to read.
        this.next()
        this.parsePostfix()
        continue
      }
      if (
        this.isWord('resource') &&
        this.peek(1).kind === 'identifier' &&
        this.peek(2).kind === 'string'
      ) {
        // A nested child resource's type is relative to its parent: never a Graph one.
        this.parseResource()
      } else if (this.isSymbol('...')) {
        this.next()
        spreads.push(this.parseExpression())
      } else {
        const key = this.peek()
        if (key.kind !== 'identifier' && key.kind !== 'string')
          this.fail('expected a property name')
        this.next()
        this.expectSymbol(':')
        this.skipNewlines()
        properties.push({
          key: key.text,
          value: this.parseExpression()
        })
      }
      if (this.isSymbol(',')) this.next()
      else if (!this.isSymbol('}') && this.peek().kind !== 'newline')
        this.fail('expected a line break, "," or "}" after the property')
    }
    const close = this.next()
    return {
      kind: 'object',
      properties,
      spreads,
      start: open.start,
      end: close.end
    }
  }

  private parseArray(): ArrayLiteral | ForExpression {
    const open = this.next()
    this.skipNewlines()
    if (this.isWord('for')) return this.parseFor(open)
    const items: (Expression | Spread)[] = []
    for (;;) {
      this.skipNewlines()
      if (this.isSymbol(']')) break
      if (this.isSymbol('...')) {
        const spread = this.next()
        const value = this.parseExpression()
        items.push({
          kind: 'spread',
          value,
          start: spread.start,
          end: value.end
        })
      } else items.push(this.parseExpression())
      if (this.isSymbol(',')) this.next()
      else if (!this.isSymbol(']') && this.peek().kind !== 'newline')
        this.fail('expected a line break, "," or "]" after the item')
    }
    const close = this.next()
    return { kind: 'array', items, start: open.start, end: close.end }
  }

  private parseFor(open: Token): ForExpression {
    this.next()
    let item: string
    let index: string | undefined
    if (this.isSymbol('(')) {
      this.next()
      item = this.expectIdentifier('the loop variable').text
      this.expectSymbol(',')
      index = this.expectIdentifier('the index variable').text
      this.expectSymbol(')')
    } else item = this.expectIdentifier('the loop variable').text
    if (!this.isWord('in')) this.fail('expected "in"')
    this.next()
    const source = this.parseExpression()
    this.expectSymbol(':')
    this.skipNewlines()
    const condition = this.parseIfCondition()
    const body = this.parseExpression()
    this.skipNewlines()
    const close = this.expectSymbol(']')
    return {
      kind: 'for',
      item,
      index,
      source,
      condition,
      body,
      start: open.start,
      end: close.end
    }
  }

  /**
   * True when the current token is the symbol, or when only line breaks stand between it
   * and an operator that continues the expression (`? :` and `&&` on the next line).
   */
  private continuesWith(symbol: string): boolean {
    if (this.isSymbol(symbol)) return true
    if (this.lineContinuation([symbol]) !== symbol) return false
    this.skipNewlines()
    return true
  }

  /** The operator that begins the next non-empty line, if it may continue an expression. */
  private lineContinuation(operators: readonly string[]): string | undefined {
    if (this.peek().kind !== 'newline') return undefined
    let ahead = 1
    while (this.peek(ahead).kind === 'newline') ahead++
    const token = this.peek(ahead)
    return token.kind === 'symbol' &&
      operators.includes(token.text) &&
      (CONTINUATION_OPERATORS.has(token.text) || token.text === ':')
      ? token.text
      : undefined
  }

  private peek(ahead = 0): Token {
    while (this.lookahead.length - this.head <= ahead) {
      const last = this.lookahead.at(-1)
      this.lookahead.push(last?.kind === 'end' ? last : this.lexer.next())
    }
    return this.lookahead[this.head + ahead] as Token
  }

  private next(): Token {
    const token = this.peek()
    if (token.kind === 'end') return token
    this.previous = token
    this.head++
    // Drop what was taken once it is most of the buffer: amortized constant time.
    if (this.head > 1024 && this.head * 2 > this.lookahead.length) {
      this.lookahead.splice(0, this.head)
      this.head = 0
    }
    return token
  }

  /** Where the last token taken ends. */
  private lastEnd(): number {
    return this.previous?.end ?? 0
  }

  private isSymbol(text: string, ahead = 0): boolean {
    const token = this.peek(ahead)
    return token.kind === 'symbol' && token.text === text
  }

  private isWord(text: string): boolean {
    const token = this.peek()
    return token.kind === 'identifier' && token.text === text
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.next()
  }

  private expectSymbol(text: string): Token {
    if (!this.isSymbol(text)) this.fail(`expected "${text}"`)
    return this.next()
  }

  private expectIdentifier(what: string): Token {
    if (this.peek().kind !== 'identifier') this.fail(`expected ${what}`)
    return this.next()
  }

  private expectString(what: string): Token {
    if (this.peek().kind !== 'string')
      this.fail(`expected ${what} as a plain string`)
    return this.next()
  }

  private failTooDeep(token: Token): never {
    throw new BicepSyntaxError(
      `expressions nest more than ${MAX_BICEP_NESTING_DEPTH} levels deep`,
      token.start
    )
  }

  private fail(message: string): never {
    const token = this.peek()
    throw new BicepSyntaxError(
      `${message}, found ${describe(token)}`,
      token.start
    )
  }
}

/** How a token is named in an error message. */
function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the file'
    case 'newline':
      return 'a line break'
    case 'identifier':
    case 'number':
    case 'symbol':
      return `"${token.text}"`
    default:
      return 'a string'
  }
}

/**
 * Parses a Bicep file into its top-level declarations.
 * @param text The file's text (a byte order mark blanked out).
 * @throws BicepSyntaxError at the first syntax error.
 */
export function parseBicep(text: string): Statement[] {
  return new Parser(new Lexer(text)).parseFile()
}
