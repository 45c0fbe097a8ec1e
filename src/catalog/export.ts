import type { Catalog, CatalogEntry } from './catalog.js'

/** The columns of a catalog export, in order. */
export const EXPORT_COLUMNS = [
  'resourceAppId',
  'name',
  'id',
  'type',
  'adminConsentRequired',
  'enabled',
  'tier',
  'rationale',
  'kind'
] as const

type ExportRow = Record<
  (typeof EXPORT_COLUMNS)[number],
  string | boolean | null
>

/** Every API permission, then the Teams resource-specific consent permissions. */
function exportRows(catalog: Catalog): ExportRow[] {
  const row = (entry: CatalogEntry, kind: string): ExportRow => ({
    resourceAppId: entry.resourceAppId,
    name: entry.name,
    id: entry.id,
    type: entry.type,
    adminConsentRequired: entry.adminConsentRequired,
    enabled: entry.enabled,
    tier: entry.tier,
    rationale: entry.rationale,
    kind
  })
  return [
    ...catalog.entries().map((entry) => row(entry, 'api')),
    ...catalog
      .resourceSpecificEntries()
      .map((entry) => row(entry, 'resource-specific'))
  ]
}

/** Every catalog entry as a JSON array of objects. */
export function exportCatalogJson(catalog: Catalog): string {
  return `${JSON.stringify(exportRows(catalog), null, 2)}\n`
}

const csvField = (value: string | boolean | null): string => {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Every catalog entry as CSV (RFC 4180) with a header row. */
export function exportCatalogCsv(catalog: Catalog): string {
  const lines = [EXPORT_COLUMNS.join(',')]
  for (const row of exportRows(catalog))
    lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(','))
  return `${lines.join('\r\n')}\r\n`
}
