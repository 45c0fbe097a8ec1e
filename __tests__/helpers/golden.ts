import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Expects `text` to equal the golden file `__tests__/golden/<name>`; with UPDATE_GOLDEN=1
 * it rewrites the file instead (review the diff before committing it).
 */
export function expectGolden(name: string, text: string): void {
  const path = join('__tests__', 'golden', name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text)
  expect(text).toBe(readFileSync(path, 'utf8'))
}
