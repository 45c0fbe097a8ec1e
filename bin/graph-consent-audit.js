#!/usr/bin/env node
// The command line ships prebuilt in dist/cli, like the action in dist/.
import '../dist/cli/index.js'
