/**
 * Who approved a pull request, as the policy's `approvers` count it: a listed login, or an
 * active member of a listed team, whose latest verdict approves the head commit.
 */
import {
  accessError,
  httpStatus,
  isRateLimitError,
  type GitHubClient
} from './client.js'

/** An approver whose review approves the head commit, and how they were listed. */
export interface ApprovingReviewer {
  login: string
  /** The login or `org/team` entry of `approvers` that matched. */
  as: string
}

/** The pull request and who may approve it. */
export interface ApprovalQuery {
  owner: string
  repo: string
  pullNumber: number
  /** The commit an approval must be for: one given before a later push is stale. */
  headSha: string
  /** Logins and `org/team` slugs, optionally written with a leading `@` as in CODEOWNERS. */
  approvers: readonly string[]
}

/**
 * Review states that replace a reviewer's earlier verdict. A COMMENTED review leaves an
 * approval standing, as GitHub's own merge rules do; PENDING is an unsubmitted draft.
 */
const VERDICTS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/** A GitHub login: letters, digits, single inner hyphens, 39 at most; apps end in [bot]. */
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/

/** `org/team-slug`; team slugs are lower case, digits, `-` and `_`. */
const TEAM = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9][\w-]*)$/

interface Team {
  org: string
  slug: string
  entry: string
}

/** The approvers, split into logins (lower-cased) and teams, and the entries that are neither. */
function parseApprovers(approvers: readonly string[]): {
  users: Set<string>
  teams: Team[]
  problems: string[]
} {
  const users = new Set<string>()
  const teams: Team[] = []
  const problems: string[] = []
  for (const raw of approvers) {
    const entry = raw.trim().replace(/^@/, '')
    const team = TEAM.exec(entry)
    if (team !== null)
      teams.push({
        org: team[1] as string,
        slug: (team[2] as string).toLowerCase(),
        entry
      })
    else if (LOGIN.test(entry)) users.add(entry.toLowerCase())
    else
      problems.push(
        `approvers: "${raw}" is neither a GitHub login nor an org/team slug`
      )
  }
  return { users, teams, problems }
}

/**
 * Answers "is this login an active member of this team", asking GitHub once per pair and
 * turning a token that may not read a team into one problem rather than a failure.
 */
class TeamMembership {
  private readonly unreadable = new Set<string>()

  constructor(
    private readonly client: GitHubClient,
    private readonly problems: string[]
  ) {}

  async isActiveMember(team: Team, login: string): Promise<boolean> {
    if (this.unreadable.has(team.entry)) return false
    try {
      const { data } = await this.client.rest.teams.getMembershipForUserInOrg({
        org: team.org,
        team_slug: team.slug,
        username: login
      })
      // 'pending': invited, not yet a member.
      return data.state === 'active'
    } catch (error) {
      const status = httpStatus(error)
      // GitHub answers 404 for a non-member, and also for a team the token cannot see.
      if (status === 404) return false
      if ((status === 401 || status === 403) && !isRateLimitError(error)) {
        this.unreadable.add(team.entry)
        this.problems.push(
          `cannot read the members of ${team.entry}: the token needs the organization permission members: read (GITHUB_TOKEN cannot; use a GitHub App or fine-grained token)`
        )
        return false
      }
      throw error
    }
  }
}

/**
 * The configured approvers whose latest verdict on the pull request approves its head
 * commit. Each reviewer's latest APPROVED, CHANGES_REQUESTED or DISMISSED review counts
 * (COMMENTED ones change nothing); it approves only when it is APPROVED and was given on
 * `headSha`. A reviewer counts through their login or, failing that, an active membership
 * of a listed team.
 *
 * @param client From createGitHubClient; needs `pull-requests: read`, and the
 *   organization permission `members: read` for team approvers.
 * @param query The pull request, its head commit and the approvers.
 * @returns The approvers found, sorted by login, and problems to warn about: malformed
 *   entries and teams the token cannot read.
 * @throws GitHubAccessError when the reviews cannot be read.
 */
export async function approvingReviewers(
  client: GitHubClient,
  query: ApprovalQuery
): Promise<{ approvedBy: ApprovingReviewer[]; problems: string[] }> {
  const { users, teams, problems } = parseApprovers(query.approvers)
  let reviews
  try {
    reviews = await client.paginate(client.rest.pulls.listReviews, {
      owner: query.owner,
      repo: query.repo,
      pull_number: query.pullNumber,
      per_page: 100
    })
  } catch (error) {
    throw accessError(error, {
      forbidden:
        'the token cannot read pull request reviews: grant `pull-requests: read`',
      notFound: `pull request ${query.owner}/${query.repo}#${query.pullNumber} was not found, or the token cannot see the repository`
    })
  }
  // GitHub lists reviews oldest first; the id orders them whatever the page order.
  const latest = new Map<
    string,
    { state: string; commit: string; login: string }
  >()
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    const login = review.user?.login
    if (login === undefined || !VERDICTS.has(review.state)) continue
    latest.set(login.toLowerCase(), {
      state: review.state,
      commit: review.commit_id ?? '',
      login
    })
  }
  const membership = new TeamMembership(client, problems)
  const approvedBy: ApprovingReviewer[] = []
  for (const [key, { state, commit, login }] of latest) {
    if (state !== 'APPROVED' || commit !== query.headSha) continue
    if (users.has(key)) {
      approvedBy.push({ login, as: login })
      continue
    }
    for (const team of teams)
      if (await membership.isActiveMember(team, login)) {
        approvedBy.push({ login, as: team.entry })
        break
      }
  }
  approvedBy.sort((a, b) => a.login.localeCompare(b.login, 'en'))
  return { approvedBy, problems }
}
