import { escapeControlCharacters } from '../control-characters.js'
import {
  isGuid,
  MICROSOFT_GRAPH_APP_ID,
  type Declaration,
  type PermissionType,
  type SourceLocation
} from '../model.js'
import {
  LineIndex,
  type ManifestProblem,
  type ManifestReader,
  type ReadResult
} from './reader.js'

/**
 * Reads the scopes source code asks for when it gets a token: MSAL (JavaScript, .NET,
 * Python, Java), Azure Identity, the Microsoft Graph SDKs and Microsoft Graph PowerShell.
 *
 * Each file is split into tokens once (strings, comments and brackets understood per
 * language), then one pass finds the places that take scopes (a `scopes:` property, a
 * `Connect-MgGraph -Scopes` parameter, a scopes argument of a known call) and reads the
 * list that follows. Only string literals are taken, directly or through a variable that
 * the same file assigns exactly once; anything else is reported as unresolved. Every scan is
 * linear in the size of the file and bounded by the limits below, whatever the file holds.
 */

/** The languages this reader understands, by the file extensions that carry them. */
type Language = 'javascript' | 'csharp' | 'python' | 'java' | 'powershell'

const LANGUAGE_BY_EXTENSION = new Map<string, Language>([
  ['ts', 'javascript'],
  ['tsx', 'javascript'],
  ['js', 'javascript'],
  ['jsx', 'javascript'],
  ['mjs', 'javascript'],
  ['cjs', 'javascript'],
  ['cs', 'csharp'],
  ['py', 'python'],
  ['java', 'java'],
  ['ps1', 'powershell'],
  ['psm1', 'powershell']
])

/**
 * A cheap first look: only files that mention tokens, scopes or an identity library are
 * tokenized, so the ordinary code of a large repository costs one regular expression test.
 */
const TOKEN_REQUEST_HINT =
  /graph\.microsoft\.com|\.default\b|\bscopes\b|msal|azure[./-]identity|GraphServiceClient|TokenRequestContext|Connect-MgGraph|acquire_?token|get_?token\s*\(|\bgrant_type\b|oauth2\/v2\.0\//i

/** Tokens a single scopes value may span before the reader gives up on it. */
const MAX_VALUE_TOKENS = 2000
/** Brackets tracked at once; deeper nesting is counted but not followed. */
const MAX_NESTING = 256
/** String literals longer than this are not scopes and are not decoded. */
const MAX_LITERAL_CHARS = 2048
/** Scopes (and unresolved values) reported per file, so a generated file cannot flood a report. */
const MAX_SCOPES_PER_FILE = 1000
/** Lists read inside lists (`new HashSet<>(Arrays.asList(…))`) before the rest is an expression. */
const MAX_LIST_NESTING = 4
/** Assignments kept per variable name; a name assigned more often is not followed. */
const MAX_ASSIGNMENTS = 16
/** How deep one variable may refer to another before the reader stops following. */
const MAX_VARIABLE_DEPTH = 4
/** Characters of an expression quoted in a message. */
const MAX_EXCERPT_CHARS = 60

/** The well-known appIds of the APIs a scope URI can name besides Microsoft Graph. */
const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000'
const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000'

/**
 * Hosts of App ID URIs that name a first-party API: Microsoft Graph (with its national
 * clouds), Exchange Online, and the Azure APIs that Azure Identity code most often asks
 * tokens for. SharePoint is matched by its tenant-specific host instead.
 */
const RESOURCE_BY_HOST = new Map<string, string>([
  ['graph.microsoft.com', MICROSOFT_GRAPH_APP_ID],
  ['graph.microsoft.us', MICROSOFT_GRAPH_APP_ID],
  ['dod-graph.microsoft.us', MICROSOFT_GRAPH_APP_ID],
  ['microsoftgraph.chinacloudapi.cn', MICROSOFT_GRAPH_APP_ID],
  ['outlook.office365.com', EXCHANGE_ONLINE_APP_ID],
  ['outlook.office.com', EXCHANGE_ONLINE_APP_ID],
  ['graph.windows.net', '00000002-0000-0000-c000-000000000000'],
  ['management.azure.com', '797f4846-ba00-4fd7-ba43-dac1f8f63013'],
  ['management.core.windows.net', '797f4846-ba00-4fd7-ba43-dac1f8f63013'],
  ['vault.azure.net', 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093'],
  ['storage.azure.com', 'e406a681-f3d4-42a8-90b6-c2b029497af1'],
  ['database.windows.net', '022907d3-0f1b-48f7-badc-1ba6abab6d66']
])

const SHAREPOINT_HOST = /^[a-z0-9-]+\.sharepoint\.com$/i
/** A permission value: what Entra ID allows in a scope's name. */
const SCOPE_NAME = /^[A-Za-z0-9_][\w.-]*$/

/**
 * The OAuth 2.0 parameters of a raw token or authorization request, by their exact names:
 * `scope` holds the scopes, `grant_type` and `client_id` show the object is such a request.
 */
const OAUTH_SCOPE = 'scope'
const OAUTH_GRANT_TYPE = 'grant_type'
const OAUTH_CLIENT_ID = 'client_id'
const OAUTH_PARAMETERS = new Set([
  OAUTH_SCOPE,
  OAUTH_GRANT_TYPE,
  OAUTH_CLIENT_ID
])
/** The grant of a token request made as the app itself. */
const CLIENT_CREDENTIALS_GRANT = 'client_credentials'
/**
 * A scope that names its API by a full URI (`https://graph.microsoft.com/Mail.Read`,
 * `api://<appId>/access_as_user`): what makes a lone `scope` value a token request.
 */
const RESOURCE_URI_SCOPE =
  /^(?:https|api):\/\/[^/\s?#]+(?:\/[^\s?#]*)?\/(?:\.default|[A-Za-z0-9_][\w.-]*)$/i

/** Azure Identity credentials that always act as the app itself. */
const APP_ONLY_CREDENTIALS = new Set([
  'ClientSecretCredential',
  'ClientCertificateCredential',
  'ClientAssertionCredential',
  'ManagedIdentityCredential',
  'DefaultAzureCredential',
  'EnvironmentCredential',
  'WorkloadIdentityCredential',
  'AzurePipelinesCredential'
])

/** Azure Identity credentials that sign a user in. */
const USER_CREDENTIALS = new Set([
  'InteractiveBrowserCredential',
  'DeviceCodeCredential',
  'UsernamePasswordCredential',
  'AuthorizationCodeCredential',
  'OnBehalfOfCredential'
])

/** The flow a call implies: client credentials, a user's, or whatever its credential is. */
type CallFlow = 'client' | 'user' | 'credential'

/** What the reader knows about a call that takes scopes or decides the flow. */
interface CallSpec {
  /** The argument that holds the scopes: a 0-based position, or every argument. */
  scopesArgument?: number | 'every'
  flow?: CallFlow
  /** For a credential call, the argument that holds the credential (else the receiver). */
  credential?: number
}

const USER_FLOW: CallSpec = { flow: 'user' }
const FIRST_USER: CallSpec = { scopesArgument: 0, flow: 'user' }

/**
 * Calls per language, by name or `Receiver.name`. Silent calls decide no flow: a daemon
 * asks the token cache with them too.
 */
const CALLS: Record<Language, Map<string, CallSpec>> = {
  javascript: new Map<string, CallSpec>([
    ['acquireTokenByClientCredential', { flow: 'client' }],
    ['acquireTokenPopup', USER_FLOW],
    ['acquireTokenRedirect', USER_FLOW],
    ['acquireTokenByCode', USER_FLOW],
    ['acquireTokenByDeviceCode', USER_FLOW],
    ['acquireTokenByUsernamePassword', USER_FLOW],
    ['acquireTokenByRefreshToken', USER_FLOW],
    ['acquireTokenInteractive', USER_FLOW],
    ['acquireTokenOnBehalfOf', USER_FLOW],
    ['loginPopup', USER_FLOW],
    ['loginRedirect', USER_FLOW],
    ['ssoSilent', USER_FLOW],
    ['getAuthCodeUrl', USER_FLOW],
    ['getToken', { scopesArgument: 0, flow: 'credential' }],
    [
      'TokenCredentialAuthenticationProvider',
      { flow: 'credential', credential: 0 }
    ],
    [
      'AzureIdentityAuthenticationProvider',
      { scopesArgument: 1, flow: 'credential', credential: 0 }
    ]
  ]),
  csharp: new Map<string, CallSpec>([
    ['AcquireTokenForClient', { scopesArgument: 0, flow: 'client' }],
    ['GetAccessTokenForAppAsync', { scopesArgument: 0, flow: 'client' }],
    ['AcquireTokenSilent', { scopesArgument: 0 }],
    ['AcquireTokenInteractive', FIRST_USER],
    ['AcquireTokenByAuthorizationCode', FIRST_USER],
    ['AcquireTokenOnBehalfOf', FIRST_USER],
    ['AcquireTokenWithDeviceCode', FIRST_USER],
    ['AcquireTokenByUsernamePassword', FIRST_USER],
    ['AcquireTokenByIntegratedWindowsAuth', FIRST_USER],
    ['AcquireTokenByRefreshToken', FIRST_USER],
    ['GetAuthorizationRequestUrl', FIRST_USER],
    ['GetAccessTokenForUserAsync', FIRST_USER],
    ['WithScopes', { scopesArgument: 0 }],
    ['WithExtraScopesToConsent', FIRST_USER],
    ['TokenRequestContext', { scopesArgument: 0 }],
    ['GetToken', { flow: 'credential' }],
    ['GetTokenAsync', { flow: 'credential' }],
    [
      'GraphServiceClient',
      { scopesArgument: 1, flow: 'credential', credential: 0 }
    ]
  ]),
  python: new Map<string, CallSpec>([
    ['acquire_token_for_client', { scopesArgument: 0, flow: 'client' }],
    ['acquire_token_silent', { scopesArgument: 0 }],
    ['acquire_token_silent_with_error', { scopesArgument: 0 }],
    ['acquire_token_interactive', FIRST_USER],
    ['initiate_device_flow', FIRST_USER],
    ['initiate_auth_code_flow', FIRST_USER],
    ['get_authorization_request_url', FIRST_USER],
    [
      'acquire_token_by_authorization_code',
      { scopesArgument: 1, flow: 'user' }
    ],
    ['acquire_token_on_behalf_of', { scopesArgument: 1, flow: 'user' }],
    ['acquire_token_by_refresh_token', { scopesArgument: 1, flow: 'user' }],
    ['acquire_token_by_username_password', { scopesArgument: 2, flow: 'user' }],
    ['acquire_token_by_auth_code_flow', { scopesArgument: 2, flow: 'user' }],
    ['get_token', { scopesArgument: 'every', flow: 'credential' }],
    [
      'GraphServiceClient',
      { scopesArgument: 1, flow: 'credential', credential: 0 }
    ]
  ]),
  java: new Map<string, CallSpec>([
    [
      'ClientCredentialParameters.builder',
      { scopesArgument: 0, flow: 'client' }
    ],
    ['SilentParameters.builder', { scopesArgument: 0 }],
    ['DeviceCodeFlowParameters.builder', FIRST_USER],
    ['UserNamePasswordParameters.builder', FIRST_USER],
    ['OnBehalfOfParameters.builder', FIRST_USER],
    ['IntegratedWindowsAuthenticationParameters.builder', FIRST_USER],
    ['RefreshTokenParameters.builder', FIRST_USER],
    [
      'AuthorizationRequestUrlParameters.builder',
      { scopesArgument: 1, flow: 'user' }
    ],
    ['InteractiveRequestParameters.builder', USER_FLOW],
    ['AuthorizationCodeParameters.builder', USER_FLOW],
    ['scopes', { scopesArgument: 0 }],
    ['addScopes', { scopesArgument: 'every' }],
    ['setScopes', { scopesArgument: 0 }],
    ['getToken', { flow: 'credential' }],
    ['getTokenSync', { flow: 'credential' }],
    [
      'TokenCredentialAuthProvider',
      { scopesArgument: 0, flow: 'credential', credential: 1 }
    ],
    [
      'GraphServiceClient',
      { scopesArgument: 1, flow: 'credential', credential: 0 }
    ]
  ]),
  powershell: new Map<string, CallSpec>()
}

/** Java and Python helpers that build a collection from their arguments. */
const LIST_FACTORIES = new Set([
  'Set.of',
  'List.of',
  'Arrays.asList',
  'Collections.singleton',
  'Collections.singletonList',
  'Stream.of'
])
/** C# and Java collection types whose constructor or initializer lists the scopes. */
const COLLECTION_TYPES = new Set([
  'List',
  'HashSet',
  'SortedSet',
  'Collection',
  'ArrayList',
  'LinkedList',
  'LinkedHashSet',
  'TreeSet'
])
/** Type names that follow `scopes:` in a TypeScript or Python annotation, not a value. */
const TYPE_WORDS = new Set([
  'string',
  'String',
  'readonly',
  'Array',
  'ReadonlyArray',
  'Set',
  'Iterable',
  'any',
  'unknown',
  'list',
  'List',
  'Sequence',
  'str',
  'Optional',
  'tuple',
  'set'
])
/** Words before `(` that open a condition or a loop, never a call's arguments. */
const CONTROL_WORDS = new Set([
  'if',
  'for',
  'foreach',
  'while',
  'switch',
  'catch',
  'using',
  'lock',
  'fixed',
  'with',
  'elif',
  'return',
  'await',
  'typeof',
  'sizeof',
  'nameof'
])
/** Words after which `/` starts a regular expression in JavaScript. */
const REGEX_PREFIX_WORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await'
])
/** Declaration keywords before a name in JavaScript: what follows `name:` is a type. */
const DECLARATION_WORDS = new Set([
  'const',
  'let',
  'var',
  'readonly',
  'private',
  'public',
  'protected',
  'static',
  'declare'
])

// Token kinds.
const END = 0
/** An identifier or keyword; in PowerShell also a bareword (`Connect-MgGraph`, `User.Read`). */
const WORD = 1
/** A string literal whose value is known without running the code. */
const STRING = 2
/** An interpolated string (a template, an f-string): its value is known only at run time. */
const TEMPLATE = 3
const PUNCTUATION = 4
/** A number, a regular expression or a character literal. */
const OTHER = 5
/** PowerShell only: a line break, which ends a command. */
const NEWLINE = 6
/** PowerShell `$name`. */
const VARIABLE = 7
/** PowerShell `-Name`. */
const PARAMETER = 8

const OPENERS = new Set(['(', '[', '{', '@(', '@{', '$('])
const CLOSER_OF = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['@(', ')'],
  ['@{', '}'],
  ['$(', ')']
])
const CLOSERS = new Set([')', ']', '}'])
/** Tokens after a value that make it part of a larger expression. */
const CONTINUATIONS = new Set([
  '+',
  '.',
  '?.',
  '[',
  '(',
  '%',
  '*',
  '-',
  '/',
  '?',
  '??',
  '||',
  '&&',
  '|',
  '&',
  '::'
])
const THREE_CHARACTER_OPERATORS = new Set([
  '===',
  '!==',
  '...',
  '**=',
  '>>=',
  '<<=',
  '??='
])
const TWO_CHARACTER_OPERATORS = new Set([
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '&&',
  '||',
  '??',
  '?.',
  '::',
  '->',
  '++',
  '--',
  ':='
])

/**
 * A file's tokens, kept in parallel typed arrays: a minified bundle has a million of them,
 * and objects per token would cost more in garbage collection than the scan itself.
 */
class TokenList {
  private kinds = new Uint8Array(1024)
  private starts = new Int32Array(1024)
  private ends = new Int32Array(1024)
  private count = 0

  constructor(readonly source: string) {}

  get length(): number {
    return this.count
  }

  push(kind: number, start: number, end: number): void {
    if (this.count === this.kinds.length) {
      const grown = this.count * 2
      this.kinds = copyInto(new Uint8Array(grown), this.kinds)
      this.starts = copyInto(new Int32Array(grown), this.starts)
      this.ends = copyInto(new Int32Array(grown), this.ends)
    }
    this.kinds[this.count] = kind
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.count++
  }

  kind(index: number): number {
    return index >= 0 && index < this.count ? (this.kinds[index] ?? END) : END
  }

  start(index: number): number {
    return index >= 0 && index < this.count
      ? (this.starts[index] ?? this.source.length)
      : this.source.length
  }

  end(index: number): number {
    return index >= 0 && index < this.count
      ? (this.ends[index] ?? this.source.length)
      : this.source.length
  }

  text(index: number): string {
    return index >= 0 && index < this.count
      ? this.source.slice(this.start(index), this.end(index))
      : ''
  }

  /** True when the token is this piece of punctuation. */
  is(index: number, punctuation: string): boolean {
    const start = this.start(index)
    return (
      this.kind(index) === PUNCTUATION &&
      this.end(index) - start === punctuation.length &&
      this.source.startsWith(punctuation, start)
    )
  }
}

/** Copies a typed array into a larger one of the same kind. */
function copyInto<T extends Uint8Array | Int32Array>(target: T, source: T): T {
  target.set(source)
  return target
}

/** Character codes the tokenizer compares against. */
const CHARACTER = {
  tab: 9,
  lineFeed: 10,
  verticalTab: 11,
  formFeed: 12,
  carriageReturn: 13,
  space: 32,
  doubleQuote: 34,
  hash: 35,
  dollar: 36,
  singleQuote: 39,
  openParenthesis: 40,
  asterisk: 42,
  hyphen: 45,
  dot: 46,
  slash: 47,
  zero: 48,
  nine: 57,
  colon: 58,
  lessThan: 60,
  at: 64,
  upperA: 65,
  upperZ: 90,
  openBracket: 91,
  backslash: 92,
  closeBracket: 93,
  underscore: 95,
  backtick: 96,
  lowerA: 97,
  lowerZ: 122,
  openBrace: 123,
  closeBrace: 125,
  noBreakSpace: 160,
  byteOrderMark: 0xfeff
} as const
/** Characters above ASCII count as letters: identifiers may be in any script. */
const MAX_ASCII = 127

const isSpace = (c: number): boolean =>
  c === CHARACTER.space ||
  c === CHARACTER.tab ||
  c === CHARACTER.carriageReturn ||
  c === CHARACTER.verticalTab ||
  c === CHARACTER.formFeed ||
  c === CHARACTER.noBreakSpace ||
  c === CHARACTER.byteOrderMark
const isDigit = (c: number): boolean =>
  c >= CHARACTER.zero && c <= CHARACTER.nine
const isLetter = (c: number): boolean =>
  (c >= CHARACTER.upperA && c <= CHARACTER.upperZ) ||
  (c >= CHARACTER.lowerA && c <= CHARACTER.lowerZ) ||
  c === CHARACTER.underscore ||
  c > MAX_ASCII
const isWordCharacter = (c: number): boolean => isLetter(c) || isDigit(c)
const PYTHON_STRING_PREFIX = /^(?:[rbuf]|rb|br|fr|rf)$/i

/**
 * Splits source code into tokens: words, string literals (interpolated ones apart),
 * punctuation and, for PowerShell, line breaks, variables and parameters. Comments and
 * whitespace are dropped. Unterminated strings and comments end at the end of the line or
 * file, so every character is visited once.
 */
function tokenize(source: string, language: Language): TokenList {
  const tokens = new TokenList(source)
  const length = source.length
  const powershell = language === 'powershell'
  const python = language === 'python'
  const javascript = language === 'javascript'
  const csharp = language === 'csharp'
  const hashComments = powershell || python
  let lastKind = END
  const push = (kind: number, start: number, end: number): void => {
    tokens.push(kind, start, end)
    lastKind = kind
  }
  const lineEnd = (from: number): number => {
    const at = source.indexOf('\n', from)
    return at < 0 ? length : at
  }
  const after = (marker: string, from: number): number => {
    const at = source.indexOf(marker, from)
    return at < 0 ? length : at + marker.length
  }
  /** The end of a quoted string with backslash escapes that may not span lines. */
  const backslashString = (from: number, quote: number): number => {
    let j = from
    while (j < length) {
      const c = source.charCodeAt(j)
      if (c === CHARACTER.backslash) j += 2
      else if (c === quote) return j + 1
      else if (c === CHARACTER.lineFeed) return j
      else j++
    }
    return length
  }
  /** The end of a string whose quote is escaped by doubling it (`''`, `""`); may span lines. */
  const doubledQuoteString = (
    from: number,
    quote: number,
    escape?: number
  ): number => {
    let j = from
    while (j < length) {
      const c = source.charCodeAt(j)
      if (c === escape) j += 2
      else if (c === quote && source.charCodeAt(j + 1) === quote) j += 2
      else if (c === quote) return j + 1
      else j++
    }
    return length
  }
  const regexAllowed = (): boolean => {
    const lastText = tokens.text(tokens.length - 1)
    return (
      lastKind === END ||
      (lastKind === PUNCTUATION && !CLOSERS.has(lastText)) ||
      (lastKind === WORD && REGEX_PREFIX_WORDS.has(lastText))
    )
  }

  let i = 0
  while (i < length) {
    const c = source.charCodeAt(i)
    const next = source.charCodeAt(i + 1)
    const start = i
    if (c === CHARACTER.lineFeed) {
      if (powershell) push(NEWLINE, i, i + 1)
      i++
    } else if (isSpace(c)) {
      i++
    } else if (
      !hashComments &&
      c === CHARACTER.slash &&
      next === CHARACTER.slash
    ) {
      i = lineEnd(i)
    } else if (
      !hashComments &&
      c === CHARACTER.slash &&
      next === CHARACTER.asterisk
    ) {
      i = after('*/', i + 2)
    } else if (hashComments && c === CHARACTER.hash) {
      i = lineEnd(i)
    } else if (
      powershell &&
      c === CHARACTER.lessThan &&
      next === CHARACTER.hash
    ) {
      i = after('#>', i + 2)
    } else if (powershell && c === CHARACTER.backtick) {
      // A backtick before a line break continues the command on the next line.
      i += source.startsWith('\r\n', i + 1) ? 3 : 2
    } else if (
      powershell &&
      c === CHARACTER.at &&
      (next === CHARACTER.singleQuote || next === CHARACTER.doubleQuote)
    ) {
      // Here-strings: @'…'@ and @"…"@, closed at the start of a line.
      const quote = source[i + 1] ?? ''
      i = after(`\n${quote}@`, i + 2)
      const text = source.slice(start, i)
      push(quote === '"' && /\$[\w{(]/.test(text) ? TEMPLATE : STRING, start, i)
    } else if (
      powershell &&
      (c === CHARACTER.at || c === CHARACTER.dollar) &&
      (next === CHARACTER.openParenthesis || next === CHARACTER.openBrace)
    ) {
      i += 2
      push(PUNCTUATION, start, i)
    } else if (powershell && c === CHARACTER.dollar) {
      i++
      if (source.charCodeAt(i) === CHARACTER.openBrace) i = after('}', i)
      else
        while (
          i < length &&
          (isWordCharacter(source.charCodeAt(i)) ||
            source.charCodeAt(i) === CHARACTER.colon)
        )
          i++
      push(i > start + 1 ? VARIABLE : PUNCTUATION, start, i)
    } else if (powershell && c === CHARACTER.hyphen && isLetter(next)) {
      i++
      while (i < length && isWordCharacter(source.charCodeAt(i))) i++
      push(PARAMETER, start, i)
    } else if (powershell && c === CHARACTER.singleQuote) {
      i = doubledQuoteString(i + 1, 39)
      push(STRING, start, i)
    } else if (powershell && c === CHARACTER.doubleQuote) {
      i = doubledQuoteString(i + 1, 34, 96)
      push(
        /\$[\w{(]/.test(source.slice(start, i)) ? TEMPLATE : STRING,
        start,
        i
      )
    } else if (
      csharp &&
      (c === CHARACTER.at || c === CHARACTER.dollar) &&
      (next === CHARACTER.doubleQuote ||
        next === CHARACTER.at ||
        next === CHARACTER.dollar)
    ) {
      // @"…", $"…", $@"…", @$"…", $"""…""": verbatim, interpolated or raw strings.
      let j = i
      while (
        source.charCodeAt(j) === CHARACTER.at ||
        source.charCodeAt(j) === CHARACTER.dollar
      )
        j++
      const prefix = source.slice(i, j)
      if (source.charCodeAt(j) !== CHARACTER.doubleQuote) {
        i = j
        push(PUNCTUATION, start, i)
        continue
      }
      if (source.startsWith('"""', j)) i = rawStringEnd(source, j)
      else if (prefix.includes('@')) i = doubledQuoteString(j + 1, 34)
      else i = backslashString(j + 1, 34)
      push(prefix.includes('$') ? TEMPLATE : STRING, start, i)
    } else if ((csharp || language === 'java') && source.startsWith('"""', i)) {
      i = rawStringEnd(source, i)
      push(STRING, start, i)
    } else if ((csharp || language === 'java') && c === CHARACTER.singleQuote) {
      i = backslashString(i + 1, 39)
      push(OTHER, start, i)
    } else if (
      python &&
      (c === CHARACTER.doubleQuote || c === CHARACTER.singleQuote)
    ) {
      i = pythonStringEnd(source, i)
      push(STRING, start, i)
    } else if (c === CHARACTER.doubleQuote || c === CHARACTER.singleQuote) {
      i = backslashString(i + 1, c)
      push(STRING, start, i)
    } else if (javascript && c === CHARACTER.backtick) {
      const end = templateEnd(source, i)
      i = end.end
      push(end.interpolated ? TEMPLATE : STRING, start, i)
    } else if (javascript && c === CHARACTER.slash && regexAllowed()) {
      i = regexEnd(source, i)
      push(OTHER, start, i)
    } else if (isDigit(c)) {
      while (
        i < length &&
        (isWordCharacter(source.charCodeAt(i)) ||
          source.charCodeAt(i) === CHARACTER.dot)
      )
        i++
      push(OTHER, start, i)
    } else if (
      isLetter(c) ||
      (c === CHARACTER.dollar && !powershell) ||
      (csharp && c === CHARACTER.at && isLetter(next))
    ) {
      i++
      const wordCharacter = powershell
        ? (d: number): boolean =>
            isWordCharacter(d) || d === CHARACTER.dot || d === CHARACTER.hyphen
        : (d: number): boolean =>
            isWordCharacter(d) || (d === CHARACTER.dollar && !csharp)
      while (i < length && wordCharacter(source.charCodeAt(i))) i++
      const quote = source.charCodeAt(i)
      if (
        python &&
        (quote === CHARACTER.doubleQuote || quote === CHARACTER.singleQuote) &&
        PYTHON_STRING_PREFIX.test(source.slice(start, i))
      ) {
        const prefix = source.slice(start, i).toLowerCase()
        i = pythonStringEnd(source, i)
        const interpolated =
          prefix.includes('f') && source.slice(start, i).includes('{')
        push(
          prefix.includes('b') ? OTHER : interpolated ? TEMPLATE : STRING,
          start,
          i
        )
      } else {
        push(WORD, start, i)
      }
    } else {
      const three = source.slice(i, i + 3)
      const two = source.slice(i, i + 2)
      i += THREE_CHARACTER_OPERATORS.has(three)
        ? 3
        : TWO_CHARACTER_OPERATORS.has(two)
          ? 2
          : 1
      push(PUNCTUATION, start, i)
    }
  }
  return tokens
}

/** The end of a C# raw string or a Java text block: as many quotes as it opened with. */
function rawStringEnd(source: string, from: number): number {
  let j = from
  while (source.charCodeAt(j) === CHARACTER.doubleQuote) j++
  const quotes = source.slice(from, j)
  const at = source.indexOf(quotes, j)
  return at < 0 ? source.length : at + quotes.length
}

/** The end of a Python string: single or triple quoted, backslash escapes. */
function pythonStringEnd(source: string, from: number): number {
  const quote = source.charCodeAt(from)
  const triple =
    source.charCodeAt(from + 1) === quote &&
    source.charCodeAt(from + 2) === quote
  let j = from + (triple ? 3 : 1)
  while (j < source.length) {
    const c = source.charCodeAt(j)
    if (c === CHARACTER.backslash) j += 2
    else if (
      c === quote &&
      (!triple ||
        (source.charCodeAt(j + 1) === quote &&
          source.charCodeAt(j + 2) === quote))
    )
      return j + (triple ? 3 : 1)
    else if (c === CHARACTER.lineFeed && !triple) return j
    else j++
  }
  return source.length
}

/** The end of a JavaScript template literal, and whether it interpolates anything. */
function templateEnd(
  source: string,
  from: number
): { end: number; interpolated: boolean } {
  let j = from + 1
  let interpolated = false
  while (j < source.length) {
    const c = source.charCodeAt(j)
    if (c === CHARACTER.backslash) j += 2
    else if (c === CHARACTER.backtick) return { end: j + 1, interpolated }
    else if (
      c === CHARACTER.dollar &&
      source.charCodeAt(j + 1) === CHARACTER.openBrace
    ) {
      // Braces are counted, not parsed: enough to find the end of `${…}`.
      interpolated = true
      let depth = 1
      j += 2
      while (j < source.length && depth > 0) {
        const d = source.charCodeAt(j)
        if (d === CHARACTER.openBrace) depth++
        else if (d === CHARACTER.closeBrace) depth--
        j++
      }
    } else j++
  }
  return { end: source.length, interpolated }
}

/** The end of a JavaScript regular expression literal, flags included. */
function regexEnd(source: string, from: number): number {
  let j = from + 1
  let inClass = false
  while (j < source.length) {
    const c = source.charCodeAt(j)
    if (c === CHARACTER.backslash) {
      j += 2
      continue
    }
    if (c === CHARACTER.lineFeed) return j
    if (c === CHARACTER.openBracket) inClass = true
    else if (c === CHARACTER.closeBracket) inClass = false
    else if (c === CHARACTER.slash && !inClass) {
      j++
      while (j < source.length && isWordCharacter(source.charCodeAt(j))) j++
      return j
    }
    j++
  }
  return source.length
}

/** A string literal's value, with the source offset of each of its characters. */
interface LiteralValue {
  value: string
  offsets: number[]
}

/** How a string literal escapes characters. */
type EscapeStyle = 'backslash' | 'backtick' | 'none'

/** The escape style of a literal, by language, prefix (`r`, `@`) and quote. */
function escapeStyle(
  language: Language,
  prefix: string,
  quote: string,
  quotes: number
): EscapeStyle {
  if (language === 'powershell') return quote === '"' ? 'backtick' : 'none'
  if (language === 'python') return prefix.includes('r') ? 'none' : 'backslash'
  if (language === 'csharp' && (prefix.includes('@') || quotes === 3))
    return 'none'
  return 'backslash'
}

const ESCAPED_CHARACTERS = new Map([
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
  ['0', '\0']
])

/**
 * Decodes a string token (or a PowerShell bareword): strips prefixes and quotes, resolves
 * escapes, and keeps each character's source offset so a scope in the middle of a
 * space-separated string is located exactly. Undefined for a literal too long to be scopes.
 */
function decodeLiteral(
  tokens: TokenList,
  index: number,
  language: Language
): LiteralValue | undefined {
  const { source } = tokens
  const start = tokens.start(index)
  const end = tokens.end(index)
  if (end - start > MAX_LITERAL_CHARS) return undefined
  if (tokens.kind(index) === WORD)
    return { value: source.slice(start, end), offsets: range(start, end) }
  let open = start
  while (open < end && !`'"\``.includes(source[open] ?? '')) open++
  const prefix = source.slice(start, open).toLowerCase()
  const quote = source[open] ?? '"'
  let quotes = 1
  while (source[open + quotes] === quote && quotes < 3) quotes++
  // `''` is an empty string, not an opening of two quotes.
  if (quotes === 2) quotes = 1
  let contentEnd = end
  if (prefix === '@' && language === 'powershell') contentEnd -= 2
  else
    for (
      let q = 0;
      q < quotes &&
      contentEnd > open + quotes &&
      source[contentEnd - 1] === quote;
      q++
    )
      contentEnd--
  const escape = escapeStyle(language, prefix, quote, quotes)
  const doubled = language === 'powershell' || prefix.includes('@')
  const characters: string[] = []
  const offsets: number[] = []
  for (let j = open + quotes; j < contentEnd; j++) {
    const c = source[j] ?? ''
    offsets.push(j)
    if (
      (escape === 'backslash' && c === '\\') ||
      (escape === 'backtick' && c === '`')
    ) {
      const escaped = source[j + 1] ?? ''
      const code = /^(?:u([0-9a-f]{4})|x([0-9a-f]{2}))/i.exec(
        source.slice(j + 1, j + 6)
      )
      const hex = code?.[1] ?? code?.[2]
      if (escape === 'backslash' && hex !== undefined) {
        characters.push(String.fromCharCode(parseInt(hex, 16)))
        j += hex.length + 1
      } else {
        characters.push(ESCAPED_CHARACTERS.get(escaped) ?? escaped)
        j++
      }
    } else if (doubled && c === quote && source[j + 1] === quote) {
      characters.push(c)
      j++
    } else characters.push(c)
  }
  return { value: characters.join(''), offsets }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, k) => from + k)

/** An open bracket, and what the reader learnt about the code it holds. */
interface Frame {
  opener: string
  /** The index of the opening bracket's token. */
  openIndex: number
  parent: Frame | undefined
  /** For `(`: the called function or constructor, and the object it is called on. */
  callee?: string
  receiver?: string
  /** For `(`: the argument being read, and the first token of each argument so far. */
  argumentIndex: number
  argumentStart: boolean
  argumentTokens: number[]
  /** Python keyword and C# named arguments: name to the first token of the value. */
  namedArguments: Map<string, number>
  /** For `{`: the variable or property the object is assigned to. */
  binding?: string
  /** C# object initializer or PowerShell hashtable: `Name = value` sets a property. */
  initializer: boolean
  /** A function's parameter list or a destructuring pattern: its defaults request nothing. */
  declaration: boolean
  /** The OAuth parameters the object, dictionary or call in this bracket holds. */
  oauth?: OAuthParameters
}

/**
 * What an object, dictionary or call that holds OAuth 2.0 parameters says besides
 * `scope`: filled in as the pass goes, so a `grant_type` after the `scope` counts too.
 */
interface OAuthParameters {
  /** The first token of the first `grant_type` value, and the bracket it sits in. */
  grantType?: number
  grantTypeFrame?: Frame
  clientId: boolean
}

/** An OAuth parameter found at a token: its name, its value's first token and its object. */
interface OAuthParameter {
  name: string
  valueStart: number
  /** The bracket that groups the request's parameters; undefined for the file itself. */
  group: Frame | undefined
  /**
   * How the parameter is written: as a key (`key: value`, `key = value`, `{ "key", value }`),
   * a JavaScript shorthand (`{ key }`), a pair call (`f("key", value)`) or `["key"] = value`.
   */
  form: 'key' | 'shorthand' | 'call' | 'index'
}

/**
 * One value in a scopes list, by its first and last token; `unreadable` marks where a
 * value ran past the reader's limits or the end of the file.
 */
interface ValueElement {
  kind: 'literal' | 'variable' | 'expression' | 'unreadable'
  first: number
  last: number
}

/** A place that takes scopes: the values it lists and where it sits. */
interface RequestSite {
  /** The property or parameter that names the scopes, or the first token of the argument. */
  token: number
  /** The call, or the object's variable, the request is known by in messages. */
  label: string
  elements: ValueElement[]
  /** The innermost bracket the site sits in. */
  frame: Frame | undefined
  /** For an OAuth `scope` parameter: the other parameters of its request. */
  oauth?: OAuthParameters
}

/** One assignment of a variable: where it is visible, and its literal values if it has them. */
interface Binding {
  /** The bracket the assignment sits in: it is visible there and in brackets inside it. */
  frame: Frame | undefined
  /** Undefined when the value is not literal. */
  elements: ValueElement[] | undefined
}

/** Why a variable could not be followed, or the one assignment that gives its value. */
type VariableValue = Binding | { unresolved: string }

/** The parsed value of a scopes property, argument or parameter. */
interface ParsedValue {
  elements: ValueElement[]
  /** The index of the first token after the value; the value's first token when not consumed. */
  end: number
  /** The value ran past MAX_VALUE_TOKENS or the end of the file. */
  truncated: boolean
}

/** A budget of tokens shared by one value and the lists nested in it. */
interface Budget {
  left: number
}

/** How a site gets its token: delegated, or as the app itself. */
interface Flow {
  type: PermissionType
  /**
   * Set when a client-credentials call or grant (not a guess) makes the flow
   * application-only: how the request is made, for messages.
   */
  clientCall?: string
}

/** A call spec together with the name it was found under. */
interface KnownCall {
  name: string
  spec: CallSpec
}

/** Words that make a file's evidence for a flow: the calls' names, or their receivers. */
function evidenceWords(
  calls: Map<string, CallSpec>,
  flow: CallFlow
): Set<string> {
  return new Set(
    [...calls]
      .filter(([, spec]) => spec.flow === flow)
      .map(([name]) => name.split('.')[0] ?? name)
  )
}

/** Words that are values of their own, never a variable holding scopes. */
const NON_VALUE_WORDS = new Set([
  'new',
  'None',
  'null',
  'undefined',
  'true',
  'false',
  'True',
  'False',
  'this',
  'self',
  'await',
  'default'
])
/** Values that stand for no scopes at all: `scopes: null` requests nothing. */
const NO_SCOPES_WORDS = new Set([
  'null',
  'undefined',
  'None',
  'true',
  'false',
  'True',
  'False'
])
/** Words that may start a call argument ahead of another word (`new T`, `out var x`). */
const ARGUMENT_PREFIX_WORDS = new Set([
  'new',
  'out',
  'ref',
  'in',
  'await',
  'typeof',
  'nameof',
  'default',
  'this',
  'base',
  'params',
  'var'
])

/** Finds the places in one file's tokens that take scopes, and what they are given. */
class RequestFinder {
  readonly sites: RequestSite[] = []
  /** Assignments by variable name, at most MAX_ASSIGNMENTS each. */
  private readonly bindings = new Map<string, Binding[]>()
  /** Variable name to the Azure Identity credential class it holds. */
  private readonly credentials = new Map<string, string>()
  /** Variable name to the calls it is passed to as an argument. */
  private readonly passedTo = new Map<string, Set<string>>()
  /** Closers still owed to brackets that were not tracked (too deep, or in a cut value). */
  private untracked = 0
  /** The innermost open bracket, and how many are open. */
  private top: Frame | undefined
  private depth = 0
  /** Whether the file uses client credentials, and user flows, anywhere. */
  private appEvidence = false
  private userEvidence = false
  /** The PowerShell command of the current line, to name its `-Scopes`. */
  private lastCommand = ''
  /** OAuth parameters of pair calls made outside any bracket. */
  private readonly fileOAuth: OAuthParameters = { clientId: false }
  private readonly calls: Map<string, CallSpec>
  private readonly clientWords: Set<string>
  private readonly userWords: Set<string>

  constructor(
    private readonly tokens: TokenList,
    private readonly language: Language
  ) {
    this.calls = CALLS[language]
    this.clientWords = evidenceWords(this.calls, 'client')
    this.userWords = evidenceWords(this.calls, 'user')
  }

  /** Reads every token once; values are consumed where they are read. */
  run(): void {
    let index = 0
    while (index < this.tokens.length) index = this.step(index)
  }

  /** The key of a variable: PowerShell names ignore case, and the `$` goes. */
  variableKey(index: number): string {
    const text = this.tokens.text(index)
    return this.language === 'powershell' ? text.slice(1).toLowerCase() : text
  }

  /**
   * The value of the variable at `index` as seen from `frame`: its one assignment in that
   * bracket or a bracket around it (a local in another function does not count).
   */
  variableValue(index: number, frame: Frame | undefined): VariableValue {
    const assignments = this.bindings.get(this.variableKey(index))
    if (assignments === undefined)
      return { unresolved: 'which this file does not assign' }
    const visible = assignments.filter((assignment) =>
      encloses(assignment.frame, frame)
    )
    const [only] = visible
    if (only === undefined)
      return { unresolved: 'which is not assigned where it is used' }
    if (visible.length > 1 || assignments.length > MAX_ASSIGNMENTS)
      return { unresolved: 'which this file assigns more than once' }
    if (only.elements === undefined)
      return { unresolved: 'which is not assigned strings' }
    return only
  }

  /** False for sites in a function's parameters or a destructuring pattern. */
  isRequest(site: RequestSite): boolean {
    for (let frame = site.frame; frame; frame = frame.parent)
      if (frame.declaration) return false
    return true
  }

  /** The call a frame makes, by `Receiver.name` first, when the reader knows it. */
  private knownCall(frame: Frame | undefined): KnownCall | undefined {
    if (frame?.callee === undefined) return undefined
    if (frame.receiver !== undefined) {
      const name = `${frame.receiver}.${frame.callee}`
      const spec = this.calls.get(name)
      if (spec) return { name, spec }
    }
    const spec = this.calls.get(frame.callee)
    return spec && { name: frame.callee, spec }
  }

  /** Handles the token at `index`; returns the index of the next token to look at. */
  private step(index: number): number {
    const { tokens } = this
    const kind = tokens.kind(index)
    const text = tokens.text(index)
    const argumentSite = this.argumentSite(index)
    if (argumentSite !== undefined) return argumentSite
    if (kind === PUNCTUATION) {
      if (OPENERS.has(text)) this.open(index, text)
      else if (CLOSERS.has(text)) this.close(index, text)
      else if (text === ',' && this.top) {
        this.top.argumentIndex++
        this.top.argumentStart = true
      } else if (text === ';' || text === '|') this.lastCommand = ''
      return index + 1
    }
    if (kind === NEWLINE) {
      this.lastCommand = ''
      return index + 1
    }
    if (kind === WORD) this.noteEvidence(index, text)
    const keywordSite = this.keywordSite(index)
    if (keywordSite !== undefined) return keywordSite
    const oauthSite = this.oauthSite(index)
    if (oauthSite !== undefined) return oauthSite
    if (kind === WORD || kind === VARIABLE) {
      const afterBinding = this.binding(index)
      if (afterBinding !== undefined) return afterBinding
    }
    return index + 1
  }

  /** Notes words that show which flows the file uses, for sites that do not say. */
  private noteEvidence(index: number, text: string): void {
    const credential = withoutBuilder(text)
    if (APP_ONLY_CREDENTIALS.has(credential) || this.clientWords.has(text))
      this.appEvidence = true
    if (USER_CREDENTIALS.has(credential) || this.userWords.has(text))
      this.userEvidence = true
    if (this.language === 'powershell' && text.includes('-')) {
      const previous = this.tokens.kind(index - 1)
      if (previous !== WORD && previous !== PARAMETER && previous !== STRING)
        this.lastCommand = text
    }
  }

  /** A scopes argument of a known call, at the start of an argument. */
  private argumentSite(index: number): number | undefined {
    const { tokens } = this
    const frame = this.top
    if (frame?.opener !== '(' || !frame.argumentStart) return undefined
    if (tokens.is(index, ',') || tokens.kind(index) === NEWLINE)
      return undefined
    if (tokens.kind(index) === PUNCTUATION && CLOSERS.has(tokens.text(index)))
      return undefined
    frame.argumentStart = false
    if (frame.argumentTokens.length === frame.argumentIndex)
      frame.argumentTokens.push(index)
    const named = this.namedArgument(index)
    if (named !== undefined) {
      frame.namedArguments.set(named, index + 2)
      return undefined
    }
    if (tokens.kind(index) === WORD && frame.callee !== undefined)
      addTo(this.passedTo, tokens.text(index), frame.callee)
    const call = this.knownCall(frame)
    const scopes = call?.spec.scopesArgument
    if (
      call === undefined ||
      frame.declaration ||
      (scopes !== 'every' && scopes !== frame.argumentIndex) ||
      this.holdsNoScopes(index)
    )
      return undefined
    const value = this.parseValue(index, 'argument')
    const literal = value.elements.every((e) => e.kind === 'literal')
    if (literal || this.mayTakeScopes(frame, call.spec))
      this.addSite(index, call.name, value)
    return Math.max(value.end, index + 1)
  }

  /** True for a value that plainly is no scope list: a number, `null`, a boolean. */
  private holdsNoScopes(index: number): boolean {
    const { tokens } = this
    return (
      tokens.kind(index) === OTHER ||
      (tokens.kind(index) === WORD && NO_SCOPES_WORDS.has(tokens.text(index)))
    )
  }

  /**
   * For a credential call, whether its receiver or credential argument looks like a
   * credential: `getToken(request)` on anything else is someone's own function, and
   * `GraphServiceClient(httpClient, authProvider)` takes no scopes.
   */
  private mayTakeScopes(frame: Frame, spec: CallSpec): boolean {
    if (spec.flow !== 'credential') return true
    const { tokens } = this
    let name: string | undefined
    if (spec.credential === undefined) name = frame.receiver
    else if (spec.credential < frame.argumentIndex) {
      let token = frame.argumentTokens[spec.credential] ?? -1
      if (tokens.text(token) === 'new') token++
      name = tokens.text(token)
    } else return true
    return (
      name !== undefined &&
      (/credential/i.test(name) || this.credentials.has(name))
    )
  }

  /** A Python keyword or C# named argument's name, when the token starts one. */
  private namedArgument(index: number): string | undefined {
    const { tokens, language } = this
    if (tokens.kind(index) !== WORD) return undefined
    if (language === 'python' && tokens.is(index + 1, '='))
      return tokens.text(index)
    if (language === 'csharp' && tokens.is(index + 1, ':'))
      return tokens.text(index)
    return undefined
  }

  /** Opens a bracket: notes the call it belongs to, or the variable its object is for. */
  private open(index: number, opener: string): void {
    const { tokens, language } = this
    if (this.depth >= MAX_NESTING) {
      this.untracked++
      return
    }
    const frame: Frame = {
      opener,
      openIndex: index,
      parent: this.top,
      argumentIndex: 0,
      argumentStart: opener === '(',
      argumentTokens: [],
      namedArguments: new Map(),
      initializer: opener === '@{',
      declaration: false
    }
    const previous = index - 1
    if (opener === '(' && tokens.kind(previous) === WORD) {
      frame.callee = tokens.text(previous)
      if (tokens.is(previous - 1, '.') || tokens.is(previous - 1, '?.'))
        frame.receiver = tokens.text(previous - 2)
      // `def f(`, `function f(`: parameters, whose defaults request nothing.
      const before = tokens.text(previous - 1)
      if (before === 'def' || before === 'function') frame.declaration = true
    } else if (opener === '{' || opener === '@{') {
      if (
        (tokens.kind(previous - 1) === WORD ||
          tokens.kind(previous - 1) === VARIABLE) &&
        (tokens.is(previous, '=') || tokens.is(previous, ':'))
      )
        frame.binding = tokens.text(previous - 1)
      frame.initializer =
        opener === '@{' || (language === 'csharp' && this.followsNew(index))
      // `const { scopes } = …` destructures: its names are read, not requested.
      if (
        language === 'javascript' &&
        DECLARATION_WORDS.has(tokens.text(previous))
      )
        frame.declaration = true
    }
    this.top = frame
    this.depth++
  }

  /** True when the bracket at `index` belongs to a `new T…` expression. */
  private followsNew(index: number): boolean {
    const { tokens } = this
    for (let back = index - 1; back >= Math.max(0, index - 12); back--) {
      const text = tokens.text(back)
      if (text === 'new') return true
      if (['(', ';', '{', '}', '=>', '='].includes(text)) return false
    }
    return false
  }

  /** Closes the innermost matching bracket, and tells a declaration from a call. */
  private close(index: number, closer: string): void {
    if (this.untracked > 0) {
      this.untracked--
      return
    }
    // A stray closer is ignored; a missing one is forgiven by popping up to its opener.
    let frame = this.top
    let popped = 0
    while (frame && CLOSER_OF.get(frame.opener) !== closer && popped < 4) {
      frame = frame.parent
      popped++
    }
    if (frame === undefined || CLOSER_OF.get(frame.opener) !== closer) return
    this.top = frame.parent
    this.depth -= popped + 1
    if (frame.opener === '(' && this.declaresParameters(frame, index))
      frame.declaration = true
    if (frame.opener === '{' && this.tokens.is(index + 1, '='))
      frame.declaration = true
  }

  /**
   * True when a closed `(…)` was a parameter list rather than a call: followed by a body
   * (`) {`, `) =>`) outside `new T(…) {…}`, or holding `type name` / `name: type` pairs.
   */
  private declaresParameters(frame: Frame, closeIndex: number): boolean {
    const { tokens, language } = this
    if (frame.callee !== undefined && CONTROL_WORDS.has(frame.callee))
      return false
    if (tokens.is(closeIndex + 1, '=>')) return true
    if (
      tokens.is(closeIndex + 1, '{') &&
      language !== 'powershell' &&
      !this.followsNew(frame.openIndex)
    )
      return true
    const first = frame.argumentTokens[0]
    if (first === undefined || tokens.kind(first) !== WORD) return false
    if (language === 'javascript')
      return tokens.is(first + 1, ':') || tokens.is(first + 1, '?')
    return (
      (language === 'csharp' || language === 'java') &&
      !ARGUMENT_PREFIX_WORDS.has(tokens.text(first)) &&
      (tokens.kind(first + 1) === WORD ||
        (tokens.is(first + 1, '[') && tokens.is(first + 2, ']')) ||
        tokens.is(first + 1, '<'))
    )
  }

  /** A site named by a keyword: `scopes:`, `scopes=`, `Scopes =`, `-Scopes`. */
  private keywordSite(index: number): number | undefined {
    const { tokens, language } = this
    const kind = tokens.kind(index)
    const frame = this.top
    if (language === 'powershell') {
      let valueStart: number
      if (kind === PARAMETER && /^-scopes:?$/i.test(tokens.text(index)))
        valueStart = index + 1
      else if (
        kind === WORD &&
        frame?.initializer === true &&
        /^scopes$/i.test(tokens.text(index)) &&
        tokens.is(index + 1, '=')
      )
        valueStart = index + 2
      else return undefined
      const value = this.parseValue(valueStart, 'command')
      this.addSite(
        index,
        this.lastCommand || this.siteLabel(frame, 'PowerShell'),
        value
      )
      return Math.max(value.end, index + 1)
    }
    const name =
      kind === WORD
        ? tokens.text(index)
        : kind === STRING
          ? (decodeLiteral(tokens, index, language)?.value ?? '')
          : ''
    if (!/^scopes$/i.test(name) || frame?.declaration === true) return undefined
    const previous = tokens.text(index - 1)
    if (['.', '?.', '?', 'case'].includes(previous)) return undefined
    const separator = tokens.text(index + 1)
    const insideCall = frame?.opener === '('
    let valueStart: number
    if (language === 'javascript' && separator === ':') {
      if (DECLARATION_WORDS.has(previous)) return undefined
      valueStart = this.skipTypeAnnotation(index + 2)
      if (valueStart < 0) return index + 2
    } else if (
      language === 'javascript' &&
      frame?.opener === '{' &&
      (previous === '{' || previous === ',') &&
      (separator === ',' || separator === '}')
    ) {
      // `{ scopes }`: shorthand for the variable of that name.
      this.addSite(index, this.siteLabel(frame, name), {
        elements: [{ kind: 'variable', first: index, last: index }],
        end: index + 1,
        truncated: false
      })
      return index + 1
    } else if (language === 'python' && separator === '=' && insideCall) {
      valueStart = index + 2
    } else if (
      language === 'python' &&
      separator === ':' &&
      frame?.opener === '{' &&
      kind === STRING
    ) {
      valueStart = index + 2
    } else if (language === 'csharp' && separator === ':' && insideCall) {
      valueStart = index + 2
    } else if (
      language === 'csharp' &&
      separator === '=' &&
      (insideCall || frame?.initializer === true)
    ) {
      valueStart = index + 2
    } else {
      return undefined
    }
    if (this.holdsNoScopes(valueStart)) return valueStart
    const value = this.parseValue(valueStart, 'argument')
    this.addSite(index, this.siteLabel(frame, name), value)
    return Math.max(value.end, valueStart)
  }

  /**
   * An OAuth 2.0 parameter of a raw token request. `grant_type` and `client_id` are noted
   * on the object they belong to, and reading goes on; a `scope` value becomes a site,
   * whether it is a request the collector decides once the whole object has been read.
   */
  private oauthSite(index: number): number | undefined {
    const parameter = this.oauthParameter(index)
    if (parameter === undefined) return undefined
    const { name, valueStart, group, form } = parameter
    const parameters =
      group === undefined
        ? this.fileOAuth
        : (group.oauth ??= { clientId: false })
    if (name === OAUTH_CLIENT_ID) parameters.clientId = true
    if (name === OAUTH_GRANT_TYPE && parameters.grantType === undefined) {
      parameters.grantType = valueStart
      parameters.grantTypeFrame = this.top
    }
    if (name !== OAUTH_SCOPE) return undefined
    const frame = this.top
    if (form === 'index') {
      // `["scope"] = …`: the index's bracket closes before the value is read.
      this.close(index + 1, ']')
    } else if (form === 'call' && frame) {
      // The value is the call's second argument: keep the argument count right.
      frame.argumentIndex = 1
      frame.argumentStart = false
      if (frame.argumentTokens.length === 1)
        frame.argumentTokens.push(valueStart)
    }
    const label = this.requestLabel(this.top)
    if (form === 'shorthand') {
      this.addSite(index, label, {
        elements: [{ kind: 'variable', first: index, last: index }],
        end: index + 1,
        truncated: false
      })
      this.lastSite(parameters)
      return index + 1
    }
    if (this.holdsNoScopes(valueStart)) return valueStart
    const value = this.parseValue(
      valueStart,
      this.language === 'powershell' ? 'command' : 'argument'
    )
    this.addSite(index, label, value)
    if (value.elements.length > 0) this.lastSite(parameters)
    return Math.max(value.end, valueStart)
  }

  /**
   * A label for an OAuth request: its call, the variable its object is assigned to, or
   * the variable a `x = new T { … }` or `x = new T<…>(…)` initializes.
   */
  private requestLabel(frame: Frame | undefined): string {
    const { tokens } = this
    for (let f = frame; f; f = f.parent) {
      if (
        f.opener === '(' &&
        f.callee !== undefined &&
        f.callee !== 'new' &&
        !CONTROL_WORDS.has(f.callee)
      )
        return f.callee
      if (f.binding !== undefined) return f.binding
      if (f.opener !== '{' && f.opener !== '(') continue
      // Between `new` and a `(`, only a type; before a `{`, maybe its `(…)` too.
      const stops = f.opener === '(' ? ['(', ')'] : []
      for (let back = f.openIndex - 1; back >= f.openIndex - 16; back--) {
        const text = tokens.text(back)
        if (text === 'new') {
          if (tokens.is(back - 1, '=') && tokens.kind(back - 2) === WORD)
            return tokens.text(back - 2)
          break
        }
        if (['', ';', '{', '}', '=>', ...stops].includes(text)) break
      }
    }
    return OAUTH_SCOPE
  }

  /** Marks the site just added as an OAuth `scope` parameter of a request. */
  private lastSite(parameters: OAuthParameters): void {
    const site = this.sites[this.sites.length - 1]
    if (site) site.oauth = parameters
  }

  /**
   * The OAuth parameter (`scope`, `grant_type`, `client_id`, by exact name) at `index`,
   * when the token names one: an object key (`{ scope: … }`, `{ "scope": … }`,
   * `@{ scope = … }`, C# `new { scope = … }`), a JavaScript shorthand (`{ scope }`), a
   * Python keyword (`dict(scope=…)`), a name-value pair (`KeyValuePair<…>("scope", …)`,
   * `params.append('scope', …)`, C# `{ "scope", … }`) or a C# `["scope"] = …`.
   */
  private oauthParameter(index: number): OAuthParameter | undefined {
    const { tokens, language } = this
    const kind = tokens.kind(index)
    const frame = this.top
    if ((kind !== WORD && kind !== STRING) || frame === undefined)
      return undefined
    // `"grant_type"` with its quotes and a prefix: anything longer names something else.
    if (tokens.end(index) - tokens.start(index) > 16) return undefined
    const name =
      kind === WORD
        ? tokens.text(index)
        : (decodeLiteral(tokens, index, language)?.value ?? '')
    if (!OAUTH_PARAMETERS.has(name)) return undefined
    const previous = tokens.text(index - 1)
    if (['.', '?.', '?', 'case'].includes(previous)) return undefined
    const separator =
      tokens.kind(index + 1) === PUNCTUATION ? tokens.text(index + 1) : ''
    const first = frame.openIndex === index - 1
    const object = frame.opener === '{' || frame.opener === '@{'
    if (language === 'javascript' && object && separator === ':') {
      if (DECLARATION_WORDS.has(previous)) return undefined
      const valueStart =
        kind === WORD ? this.skipTypeAnnotation(index + 2) : index + 2
      return valueStart < 0
        ? undefined
        : { name, valueStart, group: frame, form: 'key' }
    }
    if (
      language === 'javascript' &&
      object &&
      kind === WORD &&
      (previous === '{' || previous === ',') &&
      (separator === ',' || separator === '}')
    )
      return { name, valueStart: index, group: frame, form: 'shorthand' }
    if (language === 'python' && kind === STRING && object && separator === ':')
      return { name, valueStart: index + 2, group: frame, form: 'key' }
    if (
      language === 'python' &&
      kind === WORD &&
      frame.opener === '(' &&
      separator === '=' &&
      (previous === '(' || previous === ',')
    )
      return { name, valueStart: index + 2, group: frame, form: 'key' }
    if (
      (language === 'csharp' || language === 'powershell') &&
      frame.initializer &&
      separator === '='
    )
      return { name, valueStart: index + 2, group: frame, form: 'key' }
    if (kind !== STRING || language === 'powershell') return undefined
    if (
      frame.opener === '(' &&
      frame.argumentIndex === 0 &&
      frame.argumentTokens[0] === index &&
      separator === ','
    ) {
      // The pairs of one request are siblings: in one list, one initializer, one body.
      let group = frame.parent
      while (group?.opener === '(' && group.callee !== undefined)
        group = group.parent
      return { name, valueStart: index + 2, group, form: 'call' }
    }
    // C# dictionary initializers: `{ "scope", … }` and `["scope"] = …`.
    if (language !== 'csharp' || !first || frame.parent?.opener !== '{')
      return undefined
    if (frame.opener === '{' && separator === ',')
      return { name, valueStart: index + 2, group: frame.parent, form: 'key' }
    if (frame.opener === '[' && separator === ']' && tokens.is(index + 2, '='))
      return { name, valueStart: index + 3, group: frame.parent, form: 'index' }
    return undefined
  }

  /**
   * The flow of an OAuth `scope` parameter: application when its request's `grant_type`
   * is `client_credentials` (a literal, or a variable holding one), delegated otherwise.
   */
  oauthFlow(parameters: OAuthParameters): Flow {
    return this.grantType(parameters) === CLIENT_CREDENTIALS_GRANT
      ? {
          type: 'application',
          clientCall: `\`${OAUTH_GRANT_TYPE}\` \`${CLIENT_CREDENTIALS_GRANT}\`, a client-credentials request`
        }
      : { type: 'delegated' }
  }

  /** The literal value of a request's `grant_type`, directly or through a variable. */
  private grantType(parameters: OAuthParameters): string | undefined {
    const { tokens } = this
    const start = parameters.grantType
    if (start === undefined) return undefined
    const kind = tokens.kind(start)
    if (kind !== STRING && kind !== WORD && kind !== VARIABLE) return undefined
    if (!this.endsValue(start + 1, false)) return undefined
    let element: ValueElement | undefined = {
      kind: kind === STRING ? 'literal' : 'variable',
      first: start,
      last: start
    }
    let frame = parameters.grantTypeFrame
    for (let depth = 0; element?.kind === 'variable'; depth++) {
      if (depth >= MAX_VARIABLE_DEPTH) return undefined
      const value = this.variableValue(element.first, frame)
      if ('unresolved' in value || value.elements?.length !== 1)
        return undefined
      element = value.elements[0]
      frame = value.frame
    }
    if (element?.kind !== 'literal') return undefined
    return decodeLiteral(tokens, element.first, this.language)?.value.trim()
  }

  /**
   * Skips a type annotation after `name:` (`string[]`, `list[str]`). Returns the first
   * token of the value: the token itself when no type starts there, the one after the
   * type's `=` initializer, or -1 for a type without a value.
   */
  private skipTypeAnnotation(index: number): number {
    const { tokens } = this
    if (!(tokens.kind(index) === WORD && TYPE_WORDS.has(tokens.text(index))))
      return index
    for (let at = index; at < index + 32; at++) {
      if (tokens.is(at, '=')) return at + 1
      if (
        [';', ',', ')', '}'].includes(tokens.text(at)) ||
        tokens.kind(at) === END
      )
        return -1
    }
    return -1
  }

  /** A label for a site: its call, else the variable its object is assigned to. */
  private siteLabel(frame: Frame | undefined, fallback: string): string {
    for (let f = frame; f; f = f.parent) {
      if (
        f.opener === '(' &&
        f.callee !== undefined &&
        !CONTROL_WORDS.has(f.callee)
      )
        return f.callee
      if (f.binding !== undefined) return f.binding
    }
    return fallback
  }

  /**
   * `name = value` (or `$name = value`) outside call arguments: records what the variable
   * holds when it is literal, so sites that name it can be resolved, and notes credentials.
   * Returns where to go on when the literal value was consumed.
   */
  private binding(index: number): number | undefined {
    const { tokens, language } = this
    let valueStart = index + 1
    if (
      language === 'python' &&
      tokens.is(valueStart, ':') &&
      this.top === undefined
    ) {
      // `SCOPES: list[str] = [...]`
      valueStart = this.skipTypeAnnotation(valueStart + 1)
      if (valueStart < 0) return undefined
    } else if (tokens.is(valueStart, '=')) {
      valueStart++
    } else {
      return undefined
    }
    const name =
      tokens.kind(index) === VARIABLE
        ? this.variableKey(index)
        : tokens.text(index)
    this.noteCredential(name, valueStart)
    if (tokens.is(index - 1, '.') || tokens.is(index - 1, '?.'))
      return undefined
    if (this.top?.opener === '(' && language !== 'powershell') return undefined
    const value = this.parseValue(
      valueStart,
      language === 'powershell' ? 'command-binding' : 'binding'
    )
    const literal = value.elements.length > 0 && !value.truncated
    const assignments = this.bindings.get(name) ?? []
    if (assignments.length <= MAX_ASSIGNMENTS)
      assignments.push({
        frame: this.top,
        elements: literal ? value.elements : undefined
      })
    this.bindings.set(name, assignments)
    return literal ? value.end : undefined
  }

  /** `x = new ClientSecretCredential(…)` and the like: which credential `x` holds. */
  private noteCredential(name: string, valueStart: number): void {
    const { tokens } = this
    let at = valueStart
    if (tokens.text(at) === 'new') at++
    let last = ''
    for (let steps = 0; steps < 8 && tokens.kind(at) === WORD; steps++) {
      last = tokens.text(at)
      if (!tokens.is(at + 1, '.')) break
      at += 2
    }
    const credential = withoutBuilder(last)
    if (
      APP_ONLY_CREDENTIALS.has(credential) ||
      USER_CREDENTIALS.has(credential)
    )
      this.credentials.set(name, credential)
  }

  /** Records a site; a value with nothing in it (`[]`) requests nothing. */
  private addSite(token: number, label: string, value: ParsedValue): void {
    if (value.elements.length > 0)
      this.sites.push({
        token,
        label,
        elements: value.elements,
        frame: this.top
      })
  }

  /**
   * Reads a scopes value from `index`: a list form (`[…]`, `new[] {…}`, `@(…)`,
   * `Set.of(…)`), one literal, one variable, or an expression. List forms are consumed
   * to their closing bracket, single tokens too; an expression is not, so the caller goes
   * on inside it. In the binding modes only a fully literal value counts (no elements
   * otherwise), and reading stops at the first thing that is not, so a file of nested
   * assignments costs no more than one pass.
   */
  private parseValue(
    index: number,
    mode: 'argument' | 'binding' | 'command' | 'command-binding'
  ): ParsedValue {
    const strict = mode === 'binding' || mode === 'command-binding'
    const budget = { left: MAX_VALUE_TOKENS }
    const value =
      mode === 'command' || mode === 'command-binding'
        ? this.commandValue(index, strict, budget)
        : this.singleValue(index, strict, budget)
    if (value === undefined)
      return { elements: [], end: index, truncated: false }
    if (!value.truncated) return value
    this.untracked += this.netOpeners(index, value.end)
    return {
      ...value,
      elements: [
        ...value.elements,
        { kind: 'unreadable', first: index, last: index }
      ]
    }
  }

  /** A value that is not a PowerShell command argument. */
  private singleValue(
    index: number,
    strict: boolean,
    budget: Budget
  ): ParsedValue | undefined {
    const { tokens } = this
    const listStart = this.listStart(index, strict)
    if (listStart !== undefined)
      return this.listValue(listStart, strict, budget)
    const kind = tokens.kind(index)
    const word = kind === WORD ? tokens.text(index) : ''
    if (
      (kind === STRING || (kind === WORD && !NON_VALUE_WORDS.has(word))) &&
      this.endsValue(index + 1, strict)
    )
      return {
        elements: [
          {
            kind: kind === STRING ? 'literal' : 'variable',
            first: index,
            last: index
          }
        ],
        end: index + 1,
        truncated: false
      }
    if (strict) return undefined
    return {
      elements: [
        { kind: 'expression', first: index, last: this.expressionEnd(index) }
      ],
      end: index,
      truncated: false
    }
  }

  /**
   * True when the token at `index` cannot continue the value before it: a separator, a
   * closer, the end, or (for an assignment) a new line that does not carry on the
   * expression.
   */
  private endsValue(index: number, statement: boolean): boolean {
    const { tokens } = this
    const kind = tokens.kind(index)
    const text = tokens.text(index)
    if (kind === END || kind === NEWLINE) return true
    if (kind === PUNCTUATION && [',', ';', ')', ']', '}'].includes(text))
      return true
    if (!statement || CONTINUATIONS.has(text)) return false
    const between = tokens.source.slice(
      tokens.end(index - 1),
      tokens.start(index)
    )
    return between.includes('\n')
  }

  /** The last token of an expression: before a `,`, `;` or closer at its own level. */
  private expressionEnd(index: number): number {
    const { tokens } = this
    let depth = 0
    let at = index
    for (; at < index + 64 && at < tokens.length; at++) {
      const text = tokens.kind(at) === PUNCTUATION ? tokens.text(at) : ''
      if (OPENERS.has(text)) depth++
      else if (CLOSERS.has(text)) {
        if (depth === 0) break
        depth--
      } else if (depth === 0 && (text === ',' || text === ';')) break
      else if (depth === 0 && tokens.kind(at) === NEWLINE) break
    }
    return Math.max(index, at - 1)
  }

  /** Openers minus closers among the tokens from `from` to before `to`. */
  private netOpeners(from: number, to: number): number {
    const { tokens } = this
    let net = 0
    for (let at = from; at < to; at++) {
      if (tokens.kind(at) !== PUNCTUATION) continue
      const text = tokens.text(at)
      if (OPENERS.has(text)) net++
      else if (CLOSERS.has(text)) net--
    }
    return Math.max(0, net)
  }

  /**
   * The index of the opening bracket of a list form starting at `index`, if one does:
   * `[`, `new string[] {`, `new List<string> {`, `new HashSet<>(Arrays.asList(`,
   * `Collections.singleton(`, a Python tuple, and in an assignment a C# or Java array
   * initializer `{`.
   */
  private listStart(
    index: number,
    statement: boolean,
    nesting = 0
  ): number | undefined {
    const { tokens, language } = this
    if (nesting > MAX_LIST_NESTING) return undefined
    const text = tokens.kind(index) === PUNCTUATION ? tokens.text(index) : ''
    if (text === '[' && language !== 'java') return index
    if (text === '(' && language === 'python') return index
    if (text === '@(' || (text === '(' && language === 'powershell'))
      return index
    if (
      text === '{' &&
      statement &&
      (language === 'csharp' || language === 'java')
    )
      return index
    if (tokens.kind(index) !== WORD) return undefined
    const word = tokens.text(index)
    if (word === 'new' && (language === 'csharp' || language === 'java'))
      return this.collectionStart(index, nesting)
    if (
      (language === 'java' || language === 'python') &&
      tokens.is(index + 1, '.') &&
      LIST_FACTORIES.has(`${word}.${tokens.text(index + 2)}`) &&
      tokens.is(index + 3, '(')
    )
      return index + 3
    return undefined
  }

  /** After `new`: the `{` or `(` that lists a new array's or collection's elements. */
  private collectionStart(
    newIndex: number,
    nesting: number
  ): number | undefined {
    const { tokens } = this
    let type = ''
    for (let at = newIndex + 1; at < newIndex + 24; at++) {
      const text = tokens.text(at)
      if (tokens.kind(at) === WORD && type === '') type = text
      if (text === '{')
        return type === '' ||
          COLLECTION_TYPES.has(type) ||
          tokens.is(at - 1, ']')
          ? at
          : undefined
      if (text === '(') {
        if (!COLLECTION_TYPES.has(type)) return undefined
        // `new List<string>() { … }`, or a collection copied from a list form.
        if (tokens.is(at + 1, ')'))
          return tokens.is(at + 2, '{') ? at + 2 : undefined
        return this.listStart(at + 1, false, nesting + 1) !== undefined
          ? at
          : undefined
      }
      if (tokens.kind(at) === END || text === ';') return undefined
    }
    return undefined
  }

  /**
   * Reads a bracketed list from its opening bracket, elements split at top-level commas
   * (and line breaks in PowerShell). A nested list form is read through. Strict reading
   * gives up (undefined) at the first element that is not a literal or a variable.
   */
  private listValue(
    open: number,
    strict: boolean,
    budget: Budget,
    nesting = 0
  ): ParsedValue | undefined {
    const { tokens } = this
    const elements: ValueElement[] = []
    const closer = CLOSER_OF.get(tokens.text(open)) ?? ']'
    let at = open + 1
    const truncated = (): ParsedValue | undefined =>
      strict ? undefined : { elements, end: at, truncated: true }
    for (;;) {
      while (tokens.kind(at) === NEWLINE || tokens.is(at, ',')) at++
      if (tokens.is(at, closer)) {
        // `new List<string>() { … }` and `new HashSet<>(…)` end after their own bracket.
        return { elements, end: at + 1, truncated: false }
      }
      if (tokens.kind(at) === END || budget.left <= 0) return truncated()
      // Another bracket's closer: the list was never closed. It stays for the caller.
      if (tokens.kind(at) === PUNCTUATION && CLOSERS.has(tokens.text(at)))
        return { elements, end: at, truncated: false }
      const first = at
      const nested = this.listStart(at, false, nesting + 1)
      if (nested !== undefined) {
        const inner = this.listValue(nested, strict, budget, nesting + 1)
        if (inner === undefined) return undefined
        at = inner.end
        if (inner.truncated) {
          elements.push(...inner.elements)
          return truncated()
        }
        if (this.endsElement(at)) {
          elements.push(...inner.elements)
          continue
        }
      } else {
        const kind = tokens.kind(at)
        const simple =
          kind === STRING ||
          kind === VARIABLE ||
          (kind === WORD && !NON_VALUE_WORDS.has(tokens.text(at)))
        if (simple && this.endsElement(at + 1)) {
          const literal =
            kind === STRING || (kind === WORD && this.language === 'powershell')
          elements.push({
            kind: literal ? 'literal' : 'variable',
            first: at,
            last: at
          })
          at++
          budget.left--
          continue
        }
      }
      if (strict) return undefined
      const last = this.elementEnd(first, budget)
      if (last === undefined) {
        at = first + MAX_VALUE_TOKENS
        return truncated()
      }
      elements.push({ kind: 'expression', first, last })
      at = last + 1
    }
  }

  /** True when the token at `index` ends a list element. */
  private endsElement(index: number): boolean {
    const { tokens } = this
    const kind = tokens.kind(index)
    return (
      kind === NEWLINE ||
      (kind === PUNCTUATION &&
        [',', ')', ']', '}'].includes(tokens.text(index)))
    )
  }

  /**
   * The last token of a list element that is an expression: before the next top-level
   * comma (or line break in PowerShell) or the list's closer. Undefined when the budget
   * or the file runs out first.
   */
  private elementEnd(first: number, budget: Budget): number | undefined {
    const { tokens } = this
    let depth = 0
    for (let at = first; budget.left > 0; at++, budget.left--) {
      const kind = tokens.kind(at)
      if (kind === END) return undefined
      if (depth === 0 && kind === NEWLINE) return at - 1
      if (kind !== PUNCTUATION) continue
      const text = tokens.text(at)
      if (OPENERS.has(text)) depth++
      else if (CLOSERS.has(text)) {
        // Any closer at the element's own level ends it; a mismatched one included.
        if (depth === 0) return at - 1
        depth--
      } else if (depth === 0 && text === ',') return at - 1
    }
    return undefined
  }

  /**
   * A PowerShell command argument or assignment: `"A","B"`, `A, B`, `@('A','B')`,
   * `$scopes`; elements joined by commas, with line breaks allowed after a comma.
   */
  private commandValue(
    index: number,
    strict: boolean,
    budget: Budget
  ): ParsedValue | undefined {
    const { tokens } = this
    const elements: ValueElement[] = []
    let at = index
    while (budget.left-- > 0) {
      const kind = tokens.kind(at)
      const text = tokens.text(at)
      if (kind === PUNCTUATION && (text === '@(' || text === '(')) {
        const list = this.listValue(at, strict, budget)
        if (list === undefined) return undefined
        elements.push(...list.elements)
        at = list.end
        if (list.truncated) return { elements, end: at, truncated: true }
      } else if (
        (kind === STRING || kind === WORD || kind === VARIABLE) &&
        !tokens.is(at + 1, '.') &&
        !tokens.is(at + 1, '[')
      ) {
        elements.push({
          kind: kind === VARIABLE ? 'variable' : 'literal',
          first: at,
          last: at
        })
        at++
      } else if (
        kind === END ||
        kind === NEWLINE ||
        kind === PARAMETER ||
        (kind === PUNCTUATION &&
          (CLOSERS.has(text) || text === ';' || text === '|'))
      ) {
        break
      } else if (strict) {
        return undefined
      } else {
        const last = this.expressionEnd(at)
        elements.push({ kind: 'expression', first: at, last })
        // Not consumed: the expression may hold brackets the main pass must see.
        return { elements, end: at, truncated: false }
      }
      if (!tokens.is(at, ',')) break
      at++
      while (tokens.kind(at) === NEWLINE) at++
    }
    return { elements, end: at, truncated: false }
  }

  /**
   * How the site gets its token. Client-credential calls, user-flow calls and the
   * credential a call uses decide; then the calls an object is passed to; otherwise the
   * file's own evidence: client-credential code and no user flow means application.
   */
  flowOf(site: RequestSite): Flow {
    for (let frame = site.frame; frame; frame = frame.parent) {
      const call = this.knownCall(frame)
      const flow = call?.spec.flow
      if (flow === 'client' && call) return clientCallFlow(call.name)
      if (flow === 'user') return { type: 'delegated' }
      if (flow === 'credential' && call) {
        const credential = this.credentialOf(frame, call.spec)
        if (credential === undefined) break
        return {
          type: APP_ONLY_CREDENTIALS.has(credential)
            ? 'application'
            : 'delegated'
        }
      }
      if (frame.binding !== undefined) {
        for (const callee of this.passedTo.get(frame.binding) ?? []) {
          const passed = this.calls.get(callee)
          if (passed?.flow === 'client') return clientCallFlow(callee)
          if (passed?.flow === 'user') return { type: 'delegated' }
        }
      }
    }
    return {
      type: this.appEvidence && !this.userEvidence ? 'application' : 'delegated'
    }
  }

  /** The credential class a credential call uses: by argument, keyword or receiver. */
  private credentialOf(frame: Frame, spec: CallSpec): string | undefined {
    const { tokens } = this
    if (spec.credential === undefined)
      return frame.receiver === undefined
        ? undefined
        : this.credentials.get(frame.receiver)
    let token =
      frame.namedArguments.get('credential') ??
      frame.namedArguments.get('credentials') ??
      frame.argumentTokens[spec.credential]
    if (token === undefined) return undefined
    if (tokens.text(token) === 'new') token++
    while (tokens.kind(token) === WORD && tokens.is(token + 1, '.')) token += 2
    const word = tokens.text(token)
    const credential = withoutBuilder(word)
    if (
      APP_ONLY_CREDENTIALS.has(credential) ||
      USER_CREDENTIALS.has(credential)
    )
      return credential
    return this.credentials.get(word)
  }
}

/** The flow of a site in a client-credentials call. */
function clientCallFlow(name: string): Flow {
  return {
    type: 'application',
    clientCall: `${name}, a client-credentials call`
  }
}

/** True when `outer` is `inner` or one of the brackets around it (undefined: the file). */
function encloses(outer: Frame | undefined, inner: Frame | undefined): boolean {
  if (outer === undefined) return true
  for (let frame = inner; frame; frame = frame.parent)
    if (frame === outer) return true
  return false
}

/** A Java credential builder's class name without `Builder`, the credential it builds. */
function withoutBuilder(name: string): string {
  return name.endsWith('Builder') ? name.slice(0, -'Builder'.length) : name
}

/** Adds a value to the set a map holds under a key. */
function addTo(
  map: Map<string, Set<string>>,
  key: string,
  value: string
): void {
  let set = map.get(key)
  if (set === undefined) {
    set = new Set()
    map.set(key, set)
  }
  set.add(value)
}

/** What a scope string asks for: a permission (or `.default`) of an API, or why not. */
type ScopeMeaning =
  { resourceAppId: string; reference: string } | { unrecognised: string }

/**
 * Reads one scope. Bare names (`User.Read`, and the OpenID Connect scopes) are Microsoft
 * Graph's; `https://graph.microsoft.com/Mail.Send`,
 * `https://contoso.sharepoint.com/AllSites.Read`, `api://<appId>/access_as_user` and
 * `<appId>/.default` name their API.
 */
function interpretScope(scope: string): ScopeMeaning {
  if (scope === '.default') return { unrecognised: 'names no API' }
  if (SCOPE_NAME.test(scope))
    return { resourceAppId: MICROSOFT_GRAPH_APP_ID, reference: scope }
  const slash = scope.lastIndexOf('/')
  const reference = scope.slice(slash + 1)
  if (
    slash < 0 ||
    !(reference === '.default' || SCOPE_NAME.test(reference)) ||
    /^[a-z][a-z0-9+.-]*:\/?$/i.test(scope.slice(0, slash))
  )
    return { unrecognised: 'is not a scope (an API and a permission)' }
  // `https://graph.microsoft.com//.default` works; the doubled slash is tolerated.
  const resource = scope.slice(0, slash).replace(/\/+$/, '')
  if (isGuid(resource))
    return { resourceAppId: resource.toLowerCase(), reference }
  const uri = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)$/i.exec(resource)
  const scheme = uri?.[1]?.toLowerCase()
  const host = uri?.[2]?.toLowerCase() ?? ''
  if (scheme === 'api' && isGuid(host))
    return { resourceAppId: host, reference }
  const known =
    RESOURCE_BY_HOST.get(host) ??
    (SHAREPOINT_HOST.test(host) ? SHAREPOINT_ONLINE_APP_ID : undefined)
  if (scheme === 'https' && known !== undefined)
    return { resourceAppId: known, reference }
  return {
    unrecognised: `names its API by ${excerpt(resource)}, which the scan cannot map to an appId`
  }
}

/** Quotes text from the file for a message: short, in backticks, without control characters. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short =
    flat.length > MAX_EXCERPT_CHARS
      ? `${flat.slice(0, MAX_EXCERPT_CHARS)}…`
      : flat
  return `\`${escapeControlCharacters(short.replace(/`/g, "'"))}\``
}

/** Turns the sites one file holds into declarations, problems and unresolved notices. */
class SiteCollector {
  readonly declarations: Declaration[] = []
  readonly problems: ManifestProblem[] = []
  readonly unresolved: ManifestProblem[] = []
  private readonly lines: LineIndex
  private reported = 0
  private overflow: SourceLocation | undefined

  constructor(
    path: string,
    private readonly text: string,
    private readonly tokens: TokenList,
    private readonly finder: RequestFinder,
    private readonly language: Language
  ) {
    this.lines = new LineIndex(path, text)
  }

  /** Every request site of the file, in order. */
  collect(): ReadResult {
    for (const site of this.finder.sites) {
      if (this.overflow !== undefined) break
      if (!this.finder.isRequest(site)) continue
      const { oauth } = site
      if (oauth !== undefined && !this.isTokenRequest(site, oauth)) continue
      const flow =
        oauth === undefined
          ? this.finder.flowOf(site)
          : this.finder.oauthFlow(oauth)
      const line = this.locate(site.token).line
      const app = { name: `${site.label} (line ${line})` }
      for (const element of site.elements)
        this.element(element, { app, flow }, { frame: site.frame }, new Set())
    }
    if (this.overflow !== undefined)
      this.unresolved.push({
        message: `more than ${MAX_SCOPES_PER_FILE} scopes in this file; the rest were not read`,
        location: this.overflow
      })
    return {
      declarations: this.declarations,
      problems: this.problems,
      unresolved: this.unresolved
    }
  }

  /**
   * Whether an OAuth `scope` parameter belongs to a token request: its object also has a
   * `grant_type` or a `client_id`, or one of its scopes names an API by a full URI. A lone
   * `scope: 'read'` is someone else's word, and is neither read nor reported.
   */
  private isTokenRequest(site: RequestSite, oauth: OAuthParameters): boolean {
    return (
      oauth.clientId ||
      oauth.grantType !== undefined ||
      this.namesResource(site.elements, site.frame, new Set())
    )
  }

  /** True when a literal of the elements, or of a variable they name, holds a URI scope. */
  private namesResource(
    elements: ValueElement[],
    frame: Frame | undefined,
    followed: Set<string>
  ): boolean {
    return elements.some((element) => {
      if (element.kind === 'literal') {
        const literal = decodeLiteral(this.tokens, element.first, this.language)
        return (
          literal?.value
            .split(/\s+/)
            .some((scope) => RESOURCE_URI_SCOPE.test(scope)) ?? false
        )
      }
      if (element.kind !== 'variable') return false
      const name = this.finder.variableKey(element.first)
      if (followed.has(name) || followed.size >= MAX_VARIABLE_DEPTH)
        return false
      const value = this.finder.variableValue(element.first, frame)
      return (
        !('unresolved' in value) &&
        this.namesResource(
          value.elements ?? [],
          value.frame,
          new Set(followed).add(name)
        )
      )
    })
  }

  /** Where a token starts. */
  private locate(token: number): SourceLocation {
    return this.lines.locate(this.tokens.start(token))
  }

  /** True while the file is under its cap; past it, remembers where the cap was hit. */
  private underCap(location: SourceLocation): boolean {
    if (this.reported++ < MAX_SCOPES_PER_FILE) return true
    this.overflow ??= location
    return false
  }

  /** Adds a problem or notice while the file is under its cap. */
  private report(
    list: ManifestProblem[],
    message: string,
    location: SourceLocation
  ): void {
    if (this.underCap(location)) list.push({ message, location })
  }

  /**
   * One element of a site's value. `via` is where a variable named it: declarations then
   * sit at the variable and point at the literal with `definedAt`.
   */
  private element(
    element: ValueElement,
    request: { app: { name: string }; flow: Flow },
    scope: { frame: Frame | undefined; via?: SourceLocation },
    followed: Set<string>
  ): void {
    const { via } = scope
    if (element.kind === 'literal') {
      this.literal(element, request, via)
      return
    }
    const at = via ?? this.locate(element.first)
    const source = this.text.slice(
      this.tokens.start(element.first),
      this.tokens.end(element.last)
    )
    const unresolved = (why: string): void =>
      this.report(
        this.unresolved,
        `scopes given by ${excerpt(source)}${why} cannot be resolved statically, so they are not checked`,
        at
      )
    if (element.kind === 'expression') {
      unresolved('')
      return
    }
    if (element.kind === 'unreadable') {
      this.report(
        this.unresolved,
        `the scopes value starting here is not closed within ${MAX_VALUE_TOKENS} tokens, so the rest of it is not read`,
        at
      )
      return
    }
    const name = this.finder.variableKey(element.first)
    const value = this.finder.variableValue(element.first, scope.frame)
    if ('unresolved' in value) unresolved(`, ${value.unresolved},`)
    else if (followed.has(name) || followed.size >= MAX_VARIABLE_DEPTH)
      unresolved(', which refers to itself or too deeply,')
    else {
      const inner = new Set(followed).add(name)
      for (const bound of value.elements ?? [])
        this.element(bound, request, { frame: value.frame, via: at }, inner)
    }
  }

  /** A string literal: one scope, or several separated by spaces. */
  private literal(
    element: ValueElement,
    { app, flow }: { app: { name: string }; flow: Flow },
    via: SourceLocation | undefined
  ): void {
    const literal = decodeLiteral(this.tokens, element.first, this.language)
    const at = this.locate(element.first)
    if (literal === undefined) {
      this.report(
        this.unresolved,
        `a string of over ${MAX_LITERAL_CHARS} characters is not read as scopes, so it is not checked`,
        via ?? at
      )
      return
    }
    const parts = [...literal.value.matchAll(/\S+/g)]
    if (parts.length === 0)
      this.report(
        this.unresolved,
        'an empty scope names no permission, so nothing is checked',
        via ?? at
      )
    for (const part of parts) {
      const scope = part[0]
      const location = this.lines.locate(
        literal.offsets[part.index] ?? this.tokens.start(element.first)
      )
      const meaning = interpretScope(scope)
      if ('unrecognised' in meaning) {
        this.report(
          this.unresolved,
          `${excerpt(scope)} ${meaning.unrecognised}, so it is not checked`,
          via ?? location
        )
        continue
      }
      const isDefault = meaning.reference === '.default'
      if (!isDefault && flow.clientCall !== undefined) {
        this.report(
          this.problems,
          `${excerpt(scope)} is requested with ${flow.clientCall}, which takes only \`<resource>/.default\`; Microsoft Entra ID rejects the request`,
          via ?? location
        )
        continue
      }
      if (!this.underCap(location)) continue
      this.declarations.push({
        app,
        resourceAppId: meaning.resourceAppId,
        reference: meaning.reference,
        referenceKind: 'name',
        type: isDefault ? flow.type : 'delegated',
        kind: 'requested',
        format: 'code-scopes',
        location: via ?? location,
        ...(via === undefined ? {} : { definedAt: location })
      })
    }
  }
}

/**
 * Reads the scopes that source code requests when it gets a token (JavaScript and
 * TypeScript, C#, Python, Java, PowerShell). Each scope becomes a `requested` declaration
 * of its API; `.default` keeps `.default` as its reference and is typed `application` in
 * client-credential code. See docs/formats/code-scopes.md.
 */
export const codeScopesReader = {
  id: 'code-scopes',
  format: 'scopes requested in code',

  considers(path) {
    return languageOf(path) !== undefined
  },

  // Only code that plausibly requests tokens is tokenized; the rest costs one regex test.
  accepts(path, text) {
    return this.considers(path) && TOKEN_REQUEST_HINT.test(text)
  },

  read(path, text): ReadResult {
    const language = languageOf(path)
    if (language === undefined) return { declarations: [], problems: [] }
    const tokens = tokenize(text, language)
    const finder = new RequestFinder(tokens, language)
    finder.run()
    return new SiteCollector(path, text, tokens, finder, language).collect()
  }
} satisfies ManifestReader

/** The language of a file, by its extension. */
function languageOf(path: string): Language | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]
  return extension === undefined
    ? undefined
    : LANGUAGE_BY_EXTENSION.get(extension.toLowerCase())
}
