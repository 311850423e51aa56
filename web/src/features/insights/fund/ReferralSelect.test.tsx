// The picker of equity referrals asks the server for the referrals of the firm typed (name or credit code), and
// hands the dialog the referral chosen, with its firm and approved amount.
import { QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { pagedSource, type PageRequest } from '../../../shared/list/usePagedList'
import { testQueryClient } from '../../../testing/render'
import { translations } from '../i18n'
import type { EquityReferralFilters } from '../common/insights.queries'
import type { EquityReferral } from '../common/insights.types'
import { ReferralSelect } from './ReferralSelect'

const asked: { filters: EquityReferralFilters; page: PageRequest }[] = []

const referral: EquityReferral = {
  id: 'fref_1',
  firm: { id: 'firm_1', nameZh: '合肥量子科技有限公司', nameEn: 'Hefei Quantum Technology' },
  city: { code: 'HF', nameZh: '合肥', nameEn: 'Hefei' },
  institution: { id: 'inst_1', nameZh: '海通创投', nameEn: 'Haitong Ventures' },
  status: 'approved',
  approvedAmountFen: 500_000_000,
  decidedAt: '2026-10-01T02:00:00.000Z',
}

vi.mock('../common/insights.queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../common/insights.queries')>()),
  equityReferralPages: pagedSource(['test', 'referrals'], async (filters: EquityReferralFilters, page) => {
    asked.push({ filters, page })
    return { items: [referral], nextCursor: 'more', total: 57, totalIsExact: true }
  }),
}))

beforeAll(async () => {
  setUpTranslations({ insights: translations })
  await changeLanguage('zh-CN')
})

describe('the picker of equity referrals', () => {
  it('searches the server by what is typed and hands over the referral chosen', async () => {
    const chosen: (EquityReferral | undefined)[] = []
    render(
      <QueryClientProvider client={testQueryClient()}>
        <ReferralSelect id="referral" onChoose={(found) => chosen.push(found)} />
      </QueryClientProvider>,
    )
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(asked[0]).toEqual({ filters: { q: undefined }, page: { cursor: undefined, limit: 20 } })
    const input = screen.getByRole('combobox')
    act(() => {
      fireEvent.mouseDown(input)
      fireEvent.change(input, { target: { value: '量子' } })
    })
    await waitFor(() => expect(asked.at(-1)?.filters).toEqual({ q: '量子' }))
    expect(await screen.findByText(/仅显示前 1 条（共 57 条）/)).toBeDefined()
    fireEvent.click(await screen.findByText(/合肥量子科技有限公司 · 海通创投/))
    expect(chosen).toEqual([referral])
  })
})
