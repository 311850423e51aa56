// No function in the codebase runs over 120 lines (generated code aside): a long function is several functions
// waiting to be named. Test callbacks count too.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const folders = ['server', 'cli', 'web/src']
const generated = new Set(['web/src/shared/api/schema.d.ts'])
const functionLinesMax = 120

function sourcesUnder(folder: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory() && !['migrations', 'node_modules', 'dist'].includes(entry.name))
      found.push(...sourcesUnder(full))
    else if (entry.isFile() && /\.tsx?$/.test(entry.name)) found.push(full)
  }
  return found
}

/** Each function longer than the bound, as `file:line (lines)`. */
function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      if (last - first + 1 > functionLinesMax)
        found.push(`${path.relative(root, file)}:${first + 1} (${last - first + 1})`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the shape of the code', () => {
  it(`has no function over ${functionLinesMax} lines`, () => {
    const files = folders
      .flatMap((folder) => sourcesUnder(path.join(root, folder)))
      .filter((file) => !generated.has(path.relative(root, file)))
    expect(files.length).toBeGreaterThan(300)
    expect(files.flatMap(longFunctions)).toEqual([])
  })
})
