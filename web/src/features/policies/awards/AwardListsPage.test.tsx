// The award-list index on the list contract: newest first unless the header orders it otherwise, found by the
// code of the item typed, and counted.
import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { pagedSource } from '../../../shared/list/usePagedList'
import { testQueryClient } from '../../../testing/render'
import { translations } from '../i18n'
import type { AwardListFilters } from '../common/policies.queries'
import type { AwardList } from '../common/policies.types'
import { AwardListsPage } from './AwardListsPage'

const asked: AwardListFilters[] = []

const awardList: AwardList = {
  id: 'pawl_1',
  itemId: 'pitm_1',
  itemCode: 'HF-P01-01',
  itemTitleZh: '高新技术企业认定奖励',
  itemTitleEn: 'High-tech recognition award',
  cityCode: 'HF',
  issuerCode: 'HF',
  status: 'open',
  listedCount: 3,
  listedFen: 30_000_000,
  paidCount: 0,
  paidFen: 0,
  removedCount: 0,
  budgetBalanceFen: 100_000_000,
  approvedAt: null,
  createdAt: '2026-11-02T02:00:00.000Z',
}

vi.mock('../common/policies.queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../common/policies.queries')>()),
  awardListPages: pagedSource(['test', 'award-lists'], async (filters: AwardListFilters) => {
    asked.push(filters)
    return { items: [awardList], nextCursor: null, total: 1, totalIsExact: true }
  }),
}))

beforeAll(async () => {
  setUpTranslations({ policies: translations })
  await changeLanguage('zh-CN')
})

function renderAt(address: string) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[address]}>
        <AwardListsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('the award-list index', () => {
  it('asks for the open lists newest first and shows how many there are', async () => {
    asked.length = 0
    renderAt('/policies/award-lists')
    expect(await screen.findByText(/共 1 条/)).toBeDefined()
    expect(asked[0]).toEqual({ status: 'open', q: undefined, sort: '-createdAt' })
    expect(screen.getByText('HF-P01-01')).toBeDefined()
  })

  it('sends the code typed and the order its header sets', async () => {
    asked.length = 0
    renderAt('/policies/award-lists?q=HF-P01&sort=createdAt')
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(asked[0]).toEqual({ status: 'open', q: 'HF-P01', sort: 'createdAt' })
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('HF-P01')
    const header = screen.getAllByRole('columnheader').find((cell) => cell.textContent?.includes('生成时间'))
    if (header === undefined) throw new Error('no sortable createdAt header')
    fireEvent.click(header)
    await waitFor(() => expect(asked.at(-1)?.sort).toBe('-createdAt'))
  })
})
