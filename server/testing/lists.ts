// Reading the API's counted lists in tests (docs/ARCHITECTURE.md, "Lists and exports"): one page, every page in the
// list's order, the order a test expects, and the files an export writes.
import ExcelJS from 'exceljs'
import type { TestApp } from './app'
import { expectStatus, send } from './requests'

/** A bound on the pages a test walks, so a broken cursor fails the test instead of looping. */
const walkedPagesMax = 60

export interface ListAnswer<Item> {
  items: Item[]
  nextCursor: string | null
  total: number
  totalIsExact: boolean
}

/** `list` reads one page of a list as the caller; `everyItem` walks it to its end through its cursors. */
export function listReader<Item>(testApp: TestApp) {
  async function list(path: string, cookie?: string): Promise<ListAnswer<Item>> {
    const page = expectStatus(await send(testApp, 'GET', path, cookie), 200)
    return {
      items: page.items as unknown as Item[],
      nextCursor: page.nextCursor as string | null,
      total: page.total as number,
      totalIsExact: page.totalIsExact as boolean,
    }
  }

  async function everyItem(path: string, cookie?: string): Promise<Item[]> {
    const items: Item[] = []
    let cursor: string | null = null
    for (let pageIndex = 0; pageIndex < walkedPagesMax; pageIndex += 1) {
      const separator = path.includes('?') ? '&' : '?'
      const suffix: string = cursor === null ? '' : `${separator}cursor=${encodeURIComponent(cursor)}`
      const page = await list(`${path}${suffix}`, cookie)
      items.push(...page.items)
      cursor = page.nextCursor
      if (cursor === null) return items
    }
    throw new Error(`${path} pages on past ${walkedPagesMax} pages`)
  }

  return { list, everyItem }
}

/** The items in the order of a key, ascending or descending (stable: ties keep their order). */
export function sortedBy<Item>(items: Item[], key: (item: Item) => string | number, descending: boolean) {
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    const order = x < y ? -1 : x > y ? 1 : 0
    return descending ? -order : order
  })
}

/** The named sheet of an exported workbook. */
export async function workbookSheet(payload: Buffer, name: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(payload).buffer)
  const sheet = workbook.getWorksheet(name)
  if (sheet === undefined) throw new Error(`no ${name} sheet`)
  return sheet
}

/** The lines of an exported CSV file, without its byte-order mark. */
export function csvLines(body: string): string[] {
  return body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
}
