/**
 * Everything `npm run catalog:build` writes, computed in memory: the catalog files and the
 * tier comparison report. The build script writes them; a test regenerates them and
 * compares with what is committed.
 */
import { join } from 'node:path'
import type { CatalogResource } from '../src/catalog/catalog.js'
import {
  serializeCatalogResourceFile,
  serializeCatalogResources
} from '../src/catalog/resource-file.js'
import {
  graphResourceFromDump,
  graphResourceFromGraphJson,
  type SourceResource
} from './catalog-sources.js'
import {
  firstPartyAppsFromData,
  otherResourcesFromData,
  resourceSpecificFromData
} from './other-sources.js'
import {
  classifyResource,
  readTieringInputs,
  reviewKey,
  unmatchedTieringNames,
  type ClassifiedPermission
} from './tiering/apply.js'
import { renderTierComparison } from './tiering/compare.js'

/** Where each generated file goes, relative to the project root. */
export const CATALOG_FILES = {
  graph: join('catalog', 'microsoft-graph.json'),
  otherResources: join('catalog', 'other-resources.json'),
  resourceSpecific: join('catalog', 'teams-resource-specific.json'),
  appNames: join('catalog', 'first-party-apps.json'),
  tierComparison: join('docs', 'tiers-comparison.md'),
  reviewed: join('tiering', 'reviewed.txt')
} as const

/** Where the Microsoft Graph permissions come from. */
export interface CatalogBuildOptions {
  /** The public data folder (../shared/data). */
  dataDir: string
  /** A live tenant's Graph service principal JSON, replacing the dump for Graph. */
  graphJson?: string
  /** The date of that JSON (YYYY-MM-DD); today when absent. */
  asOf?: string
}

/** The generated files by path, and the classified permissions behind them. */
export interface GeneratedCatalog {
  files: Map<string, string>
  resources: CatalogResource[]
  classified: ClassifiedPermission[]
}

/**
 * Builds the catalog: reads the sources, classifies every permission, and renders the files.
 * Throws when tiering/ names a permission the sources do not have.
 */
export function generateCatalog(
  options: CatalogBuildOptions
): GeneratedCatalog {
  const { dataDir } = options
  const inputs = readTieringInputs('tiering')
  const graphSource =
    options.graphJson === undefined
      ? graphResourceFromDump(dataDir)
      : graphResourceFromGraphJson(options.graphJson, options.asOf)
  const otherSources = otherResourcesFromData(dataDir)
  const resourceSpecificSource = resourceSpecificFromData(dataDir)
  const unmatched = unmatchedTieringNames(inputs, [
    graphSource,
    ...otherSources
  ])
  if (unmatched.length > 0)
    throw new Error(
      `tiering/ names permissions the catalog does not have: ${unmatched.join(', ')}`
    )

  const classified: ClassifiedPermission[] = []
  const classifyOne = (
    source: SourceResource,
    resourceSpecific = false
  ): CatalogResource => {
    const { resource, verdicts } = classifyResource(
      source,
      inputs,
      resourceSpecific
    )
    classified.push(...verdicts)
    return resource
  }
  const graph = classifyOne(graphSource)
  const others = otherSources.map((source) => classifyOne(source))
  const resourceSpecific = classifyOne(resourceSpecificSource, true)
  const appNames = firstPartyAppsFromData(dataDir)

  const graphVerdicts = classified.filter(
    (p) =>
      p.resourceAppId === graph.resourceAppId &&
      graph.permissions.some((g) => g.id === p.id)
  )
  const files = new Map<string, string>([
    [CATALOG_FILES.graph, serializeCatalogResourceFile(graph)],
    [CATALOG_FILES.otherResources, serializeCatalogResources(others)],
    [
      CATALOG_FILES.resourceSpecific,
      serializeCatalogResourceFile(resourceSpecific)
    ],
    [CATALOG_FILES.appNames, `${JSON.stringify(appNames, null, 1)}\n`],
    [
      CATALOG_FILES.tierComparison,
      renderTierComparison(dataDir, graphVerdicts, graph.source.asOf)
    ]
  ])
  return { files, resources: [graph, ...others, resourceSpecific], classified }
}

/** The contents of tiering/reviewed.txt marking every current permission as reviewed. */
export function renderReviewedList(
  classified: readonly ClassifiedPermission[]
): string {
  const keys = [
    ...new Set(
      classified.map((p) => reviewKey(p.resourceAppId, p.type, p.name))
    )
  ]
  return [
    '# Permissions whose tiers have been reviewed: `<resourceAppId> <type> <name>`.',
    '# A permission missing here is flagged for review in the catalog ("review": true).',
    '# Rewrite with `npm run catalog:build -- --mark-reviewed` after reviewing the flagged ones.',
    ...keys.sort(),
    ''
  ].join('\n')
}
