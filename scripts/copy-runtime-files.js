// Copies the files the bundles load at run time instead of bundling them (the tree-sitter
// runtime and the HCL grammar), with their licence texts, next to each bundle.
import { copyFileSync } from 'node:fs'

const FILES = [
  ['node_modules/web-tree-sitter/tree-sitter.js', 'tree-sitter.js'],
  ['node_modules/web-tree-sitter/tree-sitter.wasm', 'tree-sitter.wasm'],
  ['node_modules/web-tree-sitter/LICENSE', 'tree-sitter.LICENSE.txt'],
  [
    'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
    'tree-sitter-hcl.wasm'
  ],
  [
    'node_modules/@tree-sitter-grammars/tree-sitter-hcl/LICENSE',
    'tree-sitter-hcl.LICENSE.txt'
  ]
]

for (const bundle of ['dist', 'dist/cli'])
  for (const [from, name] of FILES) copyFileSync(from, `${bundle}/${name}`)
