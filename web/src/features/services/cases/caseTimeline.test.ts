import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../common/services.types'
import { colourOf, detailsOf, lastRequestOf } from './caseTimeline'

const move = (action: string, note: string | null = null): TimelineEntry => ({
  at: '2026-06-01T02:00:00.000Z',
  kind: 'move',
  action,
  fromState: null,
  toState: null,
  actorUserId: 'usr_1',
  note,
  details: {},
})

describe('a case’s timeline', () => {
  it('colours a grant green, a refusal red, a wait orange', () => {
    expect(colourOf(move('approve'))).toBe('green')
    expect(colourOf(move('not_accept'))).toBe('red')
    expect(colourOf(move('pause_for_materials'))).toBe('orange')
    expect(colourOf({ kind: 'escalated', action: null })).toBe('red')
    expect(colourOf({ kind: 'materials_added', action: null })).toBe('gray')
  })

  it('reads the details people need, and nothing it does not know', () => {
    const moved: TimelineEntry = {
      ...move('x'),
      kind: 'due_date_changed',
      action: null,
      details: { from: '2026-10-09', to: '2026-10-12', reason: { zh: '节假日调整', en: 'Holidays changed' } },
    }
    expect(detailsOf(moved)).toMatchObject({
      from: '2026-10-09',
      to: '2026-10-12',
      reason: { zh: '节假日调整', en: 'Holidays changed' },
      dueOn: undefined,
    })
    expect(detailsOf({ details: { materials: [{}, {}], workingDays: '5' } })).toMatchObject({
      materialCount: 2,
      workingDays: undefined,
    })
  })

  it('finds what the office last asked for', () => {
    expect(lastRequestOf([move('accept')])).toBeNull()
    expect(
      lastRequestOf([
        move('request_materials', '请补充章程修正案'),
        move('supplement'),
        move('pause_for_materials', '请补充检验报告'),
      ]),
    ).toBe('请补充检验报告')
  })
})
