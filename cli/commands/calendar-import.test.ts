// `g60 calendar import FILE`: the office replaces a year from a file, audited, and learns which days changed; a
// malformed file or a user who is not the office changes nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../server/db/client'
import { builtInYears } from '../../server/platform/calendar/calendar.data'
import { useTestApp } from '../../server/testing/app'
import { importCalendarFile } from './calendar-import'

const testApp = useTestApp()
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-calendar-import-'))

function writeYear(name: string, content: unknown): string {
  const file = path.join(folder, name)
  fs.writeFileSync(file, JSON.stringify(content))
  return file
}

async function days2027(): Promise<{ day: string; kind: string }[]> {
  return queryRows(
    testApp.database.db,
    sql`SELECT day::text AS day, kind FROM calendar_days WHERE day BETWEEN '2027-01-01' AND '2027-12-31' ORDER BY day`,
  )
}

const shipped2027 = builtInYears.find((year) => year.year === 2027)
if (shipped2027 === undefined) throw new Error('2027 ships with the reference data')

describe('g60 calendar import', () => {
  it('replaces the year, names the days whose working status changed, and audits it', async () => {
    const { context } = testApp
    const office = await context.identity.principalOfUsername('office')
    const official = {
      year: 2027,
      source: '国办发明电〔2026〕7号 (test)',
      days: [
        ...shipped2027.days,
        { day: '2027-10-08', kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' },
      ],
    }
    const line = await importCalendarFile(context, office, writeYear('2027.json', official))
    expect(line).toContain('calendar 2027:')
    expect(line).toContain('1 days changed their working status (2027-10-08)')
    expect(await days2027()).toContainEqual({ day: '2027-10-08', kind: 'holiday' })
    const [audit] = await queryRows<{ details: { changedDays: string[]; provisional: boolean } }>(
      context.database.db,
      sql`SELECT details FROM audit_log WHERE action = 'calendar.year_replace' AND entity_id = '2027'
          ORDER BY sequence DESC LIMIT 1`,
    )
    expect(audit?.details).toMatchObject({ changedDays: ['2027-10-08'], provisional: false })
  })

  it('refuses a malformed file and a user who is not the corridor office, changing nothing', async () => {
    const { context } = testApp
    const before = await days2027()
    const office = await context.identity.principalOfUsername('office')
    const misspelt = writeYear('bad.json', {
      year: 2027,
      source: 'x',
      days: [{ day: '2027-10-08', kynd: 'holiday' }],
    })
    await expect(importCalendarFile(context, office, misspelt)).rejects.toThrow(
      /the data file .*bad\.json is malformed/,
    )
    const officer = await context.identity.principalOfUsername('officer.sh')
    const valid = writeYear('valid.json', { year: 2027, source: 'x', days: [] })
    await expect(importCalendarFile(context, officer, valid)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await days2027()).toEqual(before)
  })
})
