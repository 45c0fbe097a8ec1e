// Prints the Node.js version the test run uses, and stops it early on anything older than
// the action's runtime (node24), which would make the results meaningless.
const major = Number(process.versions.node.split('.')[0])
console.log(`Node.js ${process.version}`)
if (major < 24) {
  console.error(
    'Node.js 24 or later is required: run npm ci, which installs it.'
  )
  process.exit(1)
}
