import type { ResolvedDeclaration } from '../../catalog/resolve.js'
import { compareLocations } from '../../findings.js'
import { quote } from '../describe.js'
import type { Rule, RuleHit } from '../rule.js'

/** The reader id of SharePoint Framework package-solution.json files. */
const SPFX_FORMAT = 'spfx-package-solution'
/** How many permission names the message lists before it says "and N more". */
const MAX_NAMED_PERMISSIONS = 5

/**
 * API permissions a SharePoint Framework solution requests. They are not granted to the
 * solution but to the tenant's "SharePoint Online Client Extensibility Web Application
 * Principal", which every SPFx solution shares. The risk belongs to the solution as a whole,
 * so the rule reports once per file, on its first request, naming what it asks for; each
 * permission's own tier and admin consent are reported by the other rules.
 */
export const spfxSharedPrincipal: Rule = {
  id: 'spfx-shared-principal',
  severity: 'notice',
  summary:
    'SharePoint Framework API permissions are granted to a principal that every script in the tenant can use.',
  check: ({ declarations }) => {
    const byFile = new Map<string, ResolvedDeclaration[]>()
    for (const declaration of declarations) {
      if (declaration.format !== SPFX_FORMAT) continue
      const { file } = declaration.location
      const requests = byFile.get(file)
      if (requests === undefined) byFile.set(file, [declaration])
      else requests.push(declaration)
    }
    return [...byFile.values()].map((requests): RuleHit => {
      const sorted = [...requests].sort((a, b) =>
        compareLocations(a.location, b.location)
      )
      const names = [
        ...new Set(sorted.map((declaration) => declaration.reference))
      ]
      const listed = names.slice(0, MAX_NAMED_PERMISSIONS).map(quote).join(', ')
      const more =
        names.length > MAX_NAMED_PERMISSIONS
          ? ` and ${names.length - MAX_NAMED_PERMISSIONS} more`
          : ''
      const what =
        names.length === 1
          ? `the permission requested here (${listed})`
          : `the ${names.length} permissions requested here (${listed}${more})`
      return {
        location: (sorted[0] as ResolvedDeclaration).location,
        message: `SharePoint Framework API permissions are granted tenant-wide to the "SharePoint Online Client Extensibility Web Application Principal", which every SPFx solution in the tenant shares: once approved, ${what} can be used by any script on any site, not only by this solution.`
      }
    })
  }
}
