import { EXIT_INTERNAL_ERROR, runCli } from './cli/run-cli.js'

// Entry point of the command line: everything else lives in runCli, where tests reach it.

// A reader that stops early (`| head`) is no error: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    now: () => new Date()
  })
} catch (error) {
  // A bug, not a finding: keep it apart from exit code 1 so a gate cannot mistake it.
  process.stderr.write(
    `graph-consent-audit: internal error: ${String(error)}\n`
  )
  if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
  process.exitCode = EXIT_INTERNAL_ERROR
}
