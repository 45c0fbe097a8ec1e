/**
 * The action's inputs and outputs, described once: action.yml and the README's tables are
 * generated from these (`npm run docs`), and a test fails when either drifts.
 */

/** One input of the action. */
export interface InputSpec {
  name: string
  /** What it does; the first sentence goes into action.yml, all of it into the README. */
  usage: string
  /** The accepted values, as the README lists them. */
  values: string
  /** The default, as the README shows it; applied in src/inputs.ts. */
  default: string
  /** A default the runner must supply (only the token: no file can). */
  actionDefault?: string
}

/** One output of the action. */
export interface OutputSpec {
  name: string
  meaning: string
}

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'paths',
    usage:
      'Files or folders to scan, relative to the workspace; newlines or commas between them. Folders are walked honouring `.gitignore`, skipping `node_modules`, `vendor`, build output (`dist`, `build`), `.git` and tool caches; a folder named here is walked all the same.',
    values: 'paths',
    default: '`.`'
  },
  {
    name: 'include',
    usage:
      'Glob patterns (newlines or commas): when given, only walked files matching one of them are read.',
    values: 'globs',
    default: 'all'
  },
  {
    name: 'exclude',
    usage:
      'Glob patterns of files and folders to skip while walking, on top of `.gitignore`.',
    values: 'globs',
    default: 'none'
  },
  {
    name: 'policy',
    usage:
      'The policy file: approvals, deny list, re-tiering, per-app settings (see docs/policy.md). A missing file at the default path means no policy; a missing file named here is an error.',
    values: 'path',
    default: '`.github/graph-consent-policy.yml`'
  },
  {
    name: 'scope',
    usage:
      'Which findings decide the result on a pull request, merge queue or push: those the change adds, or all of them. Findings the base already had are listed apart either way.',
    values: '`added`, `all`',
    default: '`added`'
  },
  {
    name: 'fail-on',
    usage: 'Lowest finding severity that fails the step.',
    values: '`error`, `warning`, `notice`, `none`',
    default: '`error`'
  },
  {
    name: 'fail-on-tier',
    usage:
      'Lowest privilege tier of a declared permission that needs an approval; without one it is an error (rule `privileged-permission`). Overrides the policy file; its per-app settings still apply.',
    values: '`critical`, `high`, `medium`, `low`, `none`',
    default: "the policy's, else `high`"
  },
  {
    name: 'warn-only',
    usage:
      'Report everything but never fail the step (the `result` output still says `fail`). Overrides the policy file.',
    values: '`true`, `false`',
    default: "the policy's, else `false`"
  },
  {
    name: 'approvers',
    usage:
      "GitHub logins and `org/team` slugs whose approving review of the pull request's head commit approves the privileged permissions it adds. Re-run on `pull_request_review` to turn the check green after the review (see Examples). Team slugs need a token that can read the organization's members.",
    values: 'logins, `org/team`',
    default: 'none'
  },
  {
    name: 'comment',
    usage:
      'When to write the consent summary as one pull request comment, updated in place: `always`, `on-change` (when the pull request adds or removes permissions, or a comment exists already), `on-failure`, or `never`. Needs `pull-requests: write`.',
    values: '`always`, `on-change`, `on-failure`, `never`',
    default: '`on-change`'
  },
  {
    name: 'github-token',
    usage:
      'Token for the GitHub API: the comment, reviews, and reading the base commit when git cannot fetch it.',
    values: 'token',
    default: '`${{ github.token }}`',
    actionDefault: '${{ github.token }}'
  },
  {
    name: 'json-file',
    usage:
      "Where to write the JSON report (the CLI's `--format json`), e.g. to upload as an artifact. The `report-json` output gives its path.",
    values: 'path',
    default: 'a file in `RUNNER_TEMP`'
  },
  {
    name: 'sarif-file',
    usage:
      'Also write a SARIF 2.1.0 report to this path, for `github/codeql-action/upload-sarif`.',
    values: 'path',
    default: 'none'
  }
]

export const OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'result',
    meaning:
      '`pass` or `fail`, after applying `fail-on` to the counted findings (also with `warn-only`).'
  },
  {
    name: 'added-count',
    meaning: 'Permissions the change adds (by app, API, type and name).'
  },
  { name: 'removed-count', meaning: 'Permissions the change removes.' },
  {
    name: 'unapproved-count',
    meaning:
      'Counted permissions that need an approval and have none (or an expired one).'
  },
  { name: 'error-count', meaning: 'Counted error findings.' },
  { name: 'warning-count', meaning: 'Counted warning findings.' },
  { name: 'notice-count', meaning: 'Counted notice findings.' },
  {
    name: 'declaration-count',
    meaning: 'Permission declarations found at the head.'
  },
  { name: 'files-scanned', meaning: 'Files read as permission declarations.' },
  { name: 'report-json', meaning: 'Path of the full JSON report.' },
  {
    name: 'sarif-file',
    meaning: 'Path of the SARIF report, when `sarif-file` was given.'
  }
]
