import { describe, expect, it } from 'vitest'
import { column, moneyColumn } from './columns'

interface Row {
  id: string
  amountFen: number
}

describe('table columns', () => {
  it('takes a width alone, or a width with its alignment', () => {
    expect(column<Row>('id', 'Id', (row) => row.id, 90)).toMatchObject({ key: 'id', title: 'Id', width: 90 })
    expect(column<Row>('id', 'Id', (row) => row.id, { align: 'right', width: 80 })).toMatchObject({
      align: 'right',
      width: 80,
    })
    expect(column<Row>('id', 'Id', (row) => row.id)).not.toHaveProperty('width')
  })

  it('shows what the cell makes of each row', () => {
    const shown = column<Row>('id', 'Id', (row) => `#${row.id}`).render?.(
      undefined,
      { id: 'a', amountFen: 1 },
      0,
    )
    expect(shown).toBe('#a')
    expect(moneyColumn<Row>('amount', 'Amount', (row) => row.amountFen, 120)).toMatchObject({
      align: 'right',
      width: 120,
    })
  })
})
