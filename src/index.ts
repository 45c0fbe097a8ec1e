import { run } from './main.js'

// The action's entry point: ncc bundles this file into dist/index.js.
await run()
