import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Catalog } from '../catalog/catalog.js'
import { ConfigError } from '../errors.js'
import { EMPTY_POLICY, parsePolicy, type Policy } from './policy-file.js'
import { checkPolicyResources } from './policy-match.js'

/** Policy files are small; a larger one is a mistake, not a policy. */
const MAX_POLICY_BYTES = 1024 * 1024

/**
 * Reads and validates the policy file. A file missing at the default path means no policy;
 * one the user named must exist.
 * @param root The folder relative paths start from.
 * @throws ConfigError for a missing named file or an invalid policy.
 */
export async function loadPolicy(
  root: string,
  { path, explicit }: { path: string; explicit: boolean },
  catalog: Catalog
): Promise<Policy> {
  let text: string
  try {
    const bytes = await readFile(resolve(root, path))
    if (bytes.length > MAX_POLICY_BYTES)
      throw new ConfigError(
        `policy file ${path} is ${bytes.length} bytes, over the ${MAX_POLICY_BYTES}-byte limit`
      )
    text = bytes.toString('utf8')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !explicit) return EMPTY_POLICY
    throw new ConfigError(
      code === 'ENOENT'
        ? `policy file not found: ${path}`
        : `cannot read the policy file ${path} (${code ?? 'error'})`
    )
  }
  const policy = parsePolicy(text, path)
  checkPolicyResources(policy, catalog)
  return policy
}
