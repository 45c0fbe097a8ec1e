import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadBundledCatalog } from './catalog/bundled.js'
import { staleCatalogWarning } from './catalog/staleness.js'
import { scan, type ScanResult } from './engine.js'
import { localFiles, PathError } from './files.js'
import { countBySeverity, reachesThreshold } from './findings.js'
import { ConfigError } from './errors.js'
import { readActionConfig } from './inputs.js'
import { planAnnotations } from './report/annotations.js'
import { renderJson, type ReportContext } from './report/json.js'
import { writtenAt } from './report/locations.js'
import { renderSummary } from './report/summary.js'
import { TOOL_VERSION } from './version.js'

/** Writes one workflow annotation per chosen finding, and says how many did not fit. */
function annotate(result: ScanResult): void {
  const { shown, omitted } = planAnnotations(result.findings)
  for (const { severity, ruleId, message, location, definedAt } of shown) {
    const where = definedAt === undefined ? '' : ` (${writtenAt(definedAt)})`
    core[severity](`${message}${where}`, {
      title: ruleId,
      file: location.file,
      startLine: location.line,
      startColumn: location.column
    })
  }
  if (omitted > 0)
    core.notice(
      `${omitted} more findings are not annotated (the runner shows 10 per severity); see the job summary.`
    )
}

function setOutputs(result: ScanResult, failed: boolean): void {
  const counts = countBySeverity(result.findings)
  core.setOutput('result', failed ? 'fail' : 'pass')
  core.setOutput('error-count', counts.error)
  core.setOutput('warning-count', counts.warning)
  core.setOutput('notice-count', counts.notice)
  core.setOutput('declaration-count', result.declarations.length)
  core.setOutput('files-scanned', result.filesScanned)
}

/** The action: read inputs, scan the workspace, report, and fail the step per `fail-on`. */
export async function run(): Promise<void> {
  let result: ScanResult | undefined
  let context: ReportContext | undefined
  try {
    const config = readActionConfig()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const catalog = loadBundledCatalog()
    const warnings = [staleCatalogWarning(catalog, new Date())].filter(
      (warning): warning is string => warning !== undefined
    )
    for (const warning of warnings) core.warning(warning)
    context = { toolVersion: TOOL_VERSION, catalog, warnings }
    result = await scan(
      config.paths,
      localFiles(workspace, config.scope),
      catalog,
      {
        tierThreshold: config.failOnTier
      }
    )
    annotate(result)
    if (config.jsonFile !== undefined)
      await writeFile(
        resolve(workspace, config.jsonFile),
        renderJson(result, context)
      )
    const failing = result.findings.filter((finding) =>
      reachesThreshold(finding.severity, config.failOn)
    )
    setOutputs(result, failing.length > 0)
    if (failing.length > 0)
      core.setFailed(
        `${failing.length} findings at or above the "${config.failOn}" threshold.`
      )
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PathError) {
      core.setFailed(error.message)
    } else {
      core.debug((error as Error).stack ?? String(error))
      core.setFailed(`graph-consent-audit failed: ${(error as Error).message}`)
    }
  } finally {
    if (result !== undefined && context !== undefined) {
      try {
        await core.summary.addRaw(renderSummary(result, context)).write()
      } catch (error) {
        core.warning(
          `Could not write the job summary: ${(error as Error).message}`
        )
      }
    }
  }
}
