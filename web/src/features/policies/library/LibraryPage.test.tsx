// The policy library on the list contract: it asks for the policies published last unless the address orders them
// otherwise, sends the words typed and the issuer, and shows how many policies match.
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { pagedSource, type PageRequest } from '../../../shared/list/usePagedList'
import { testQueryClient } from '../../../testing/render'
import { translations } from '../i18n'
import type { PolicyFilters } from '../common/policies.queries'
import type { Policy } from '../common/policies.types'
import { LibraryPage } from './LibraryPage'

const asked: { filters: PolicyFilters; page: PageRequest }[] = []

const policy: Policy = {
  id: 'pol_1',
  code: 'HF-P01',
  issuerCode: 'HF',
  documentNumber: '合科〔2025〕12号',
  titleZh: '合肥市高新技术企业认定奖励办法',
  titleEn: 'Hefei awards for high-tech enterprise recognition',
  textZh: '正文',
  textEn: 'Text',
  publishedOn: '2025-03-01',
  items: [],
}

vi.mock('../common/policies.queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../common/policies.queries')>()),
  policyPages: pagedSource(['test', 'policies'], async (filters: PolicyFilters, page) => {
    asked.push({ filters, page })
    return { items: [policy], nextCursor: 'next', total: 41, totalIsExact: true }
  }),
}))

vi.mock('../../../shared/reference/options', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../shared/reference/options')>()),
  useCityOptions: () => ({ options: [{ value: 'HF', label: '合肥' }], loading: false }),
}))

beforeAll(async () => {
  setUpTranslations({ policies: translations })
  await changeLanguage('zh-CN')
})

function renderAt(address: string) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={[address]}>
        <LibraryPage />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('the policy library', () => {
  it('opens on the policies published last and says how many match', async () => {
    asked.length = 0
    renderAt('/policies')
    expect(await screen.findByText(/共 41 条/)).toBeDefined()
    expect(asked[0]?.filters).toEqual({ q: undefined, issuer: undefined, sort: '-publishedOn' })
    expect(screen.getByTestId('policy').getAttribute('data-policy')).toBe('HF-P01')
  })

  it('sends the order, the words and the issuer of the address, and ignores an order it does not offer', async () => {
    asked.length = 0
    renderAt('/policies?sort=code&q=HF-P&issuer=HF')
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(asked[0]?.filters).toEqual({ q: 'HF-P', issuer: 'HF', sort: 'code' })
    asked.length = 0
    renderAt('/policies?sort=titleZh')
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(asked[0]?.filters.sort).toBe('-publishedOn')
  })
})
