// An alliance's members export as the list shows them: the alliance's own path, the kind chosen and the order of
// the address, in the user's language.
import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { pagedSource } from '../../../shared/list/usePagedList'
import { testQueryClient } from '../../../testing/render'
import { translations } from '../i18n'
import { AllianceMembers } from './AllianceMembers'

const asked: unknown[] = []

vi.mock('./alliances.queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./alliances.queries')>()),
  allianceMemberPages: pagedSource(['test', 'members'], async (filters: unknown) => {
    asked.push(filters)
    return { items: [], nextCursor: null, total: 0, totalIsExact: true }
  }),
}))

beforeAll(async () => {
  setUpTranslations({ registry: translations })
  await changeLanguage('en-US')
})

describe("an alliance's members", () => {
  it('export with the alliance, the kind chosen and the order of the address', async () => {
    render(
      <QueryClientProvider client={testQueryClient()}>
        <MemoryRouter initialEntries={['/alliances/alli_1?sort=joinedOn']}>
          <AllianceMembers allianceId="alli_1" />
        </MemoryRouter>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(asked).toHaveLength(1))
    fireEvent.click(screen.getByText('Park'))
    await waitFor(() => expect(asked).toHaveLength(2))
    fireEvent.click(screen.getByTestId('alliance-members-export'))
    const csv = new URL(
      (await screen.findByTestId('alliance-members-export-csv')).getAttribute('href') ?? '',
      'http://console',
    )
    expect(csv.pathname).toBe('/api/alliances/alli_1/members/export')
    expect([...csv.searchParams]).toEqual([
      ['kind', 'park'],
      ['sort', 'joinedOn'],
      ['format', 'csv'],
      ['lang', 'en'],
    ])
  })
})
