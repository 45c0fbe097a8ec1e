import type { GitHubClient } from './client.js'

/** An approver whose review approves the head commit, and how they were listed. */
export interface ApprovingReviewer {
  login: string
  /** The login or `org/team` entry of `approvers` that matched. */
  as: string
}

/** Review states that replace a reviewer's earlier verdict; COMMENTED ones do not. */
const VERDICTS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/**
 * The configured approvers whose latest verdict on the pull request approves its head
 * commit. Approvers are logins or `org/team` slugs; team membership is asked per reviewer.
 * @returns The approvers found, and problems (a team the token cannot read) to warn about.
 */
export async function approvingReviewers(
  client: GitHubClient,
  options: {
    owner: string
    repo: string
    pullNumber: number
    headSha: string
    approvers: readonly string[]
  }
): Promise<{ approvedBy: ApprovingReviewer[]; problems: string[] }> {
  const problems: string[] = []
  const users = new Set<string>()
  const teams: { org: string; slug: string; entry: string }[] = []
  for (const entry of options.approvers) {
    const team = /^([\w-]+)\/([\w.-]+)$/.exec(entry)
    if (team !== null)
      teams.push({ org: team[1] ?? '', slug: team[2] ?? '', entry })
    else if (/^[\w-]+$/.test(entry)) users.add(entry.toLowerCase())
    else
      problems.push(
        `approvers: "${entry}" is neither a login nor an org/team slug`
      )
  }
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner: options.owner,
    repo: options.repo,
    pull_number: options.pullNumber,
    per_page: 100
  })
  const latest = new Map<
    string,
    { state: string; commit: string | null; login: string }
  >()
  for (const review of reviews) {
    const login = review.user?.login
    if (login === undefined || !VERDICTS.has(review.state)) continue
    latest.set(login.toLowerCase(), {
      state: review.state,
      commit: review.commit_id,
      login
    })
  }
  const approvedBy: ApprovingReviewer[] = []
  for (const { state, commit, login } of latest.values()) {
    if (state !== 'APPROVED' || commit !== options.headSha) continue
    if (users.has(login.toLowerCase())) {
      approvedBy.push({ login, as: login })
      continue
    }
    for (const team of teams) {
      if (await isActiveMember(client, team, login, problems)) {
        approvedBy.push({ login, as: team.entry })
        break
      }
    }
  }
  return { approvedBy, problems: [...new Set(problems)] }
}

async function isActiveMember(
  client: GitHubClient,
  team: { org: string; slug: string; entry: string },
  login: string,
  problems: string[]
): Promise<boolean> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org: team.org,
      team_slug: team.slug,
      username: login
    })
    return data.state === 'active'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) return false
    if (status === 401 || status === 403) {
      problems.push(
        `cannot read the members of ${team.entry}: the token needs the organization permission members: read (the workflow's GITHUB_TOKEN cannot; use a GitHub App or fine-grained token)`
      )
      return false
    }
    throw error
  }
}
