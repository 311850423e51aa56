import { act, render, screen } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useUrlFilters } from '../list/useUrlFilters'
import { FilterBar, filterId, useFilter } from './FilterBar'

describe('a filter bar', () => {
  it('gives each control the id of its bar and its parameter', () => {
    expect(filterId('firm', 'q')).toBe('firm-search')
    expect(filterId('firm', 'highTech')).toBe('firm-high-tech')
    expect(filterId('admission-filter', 'status')).toBe('admission-filter-status')
    expect(filterId('score', 'asOf')).toBe('score-as-of')
  })

  it('shows the value the page reads and sets the parameter in the address', () => {
    const seen: { set?: (value: string | undefined) => void; search?: string } = {}
    function Probe() {
      const filter = useFilter('stage')
      seen.set = filter.set
      return (
        <output data-testid="probe" id={filter.id}>
          {String(filter.value)}
        </output>
      )
    }
    function Page() {
      const url = useUrlFilters()
      seen.search = useLocation().search
      return (
        <FilterBar url={url} values={{ stage: url.text('stage') ?? 'growth' }} idPrefix="firm">
          <Probe />
        </FilterBar>
      )
    }
    render(
      <MemoryRouter initialEntries={['/firms?city=SZ']}>
        <Page />
      </MemoryRouter>,
    )
    const probe = screen.getByTestId('probe')
    expect(probe.id).toBe('firm-stage')
    expect(probe.textContent).toBe('growth')
    act(() => seen.set?.('mature'))
    expect(screen.getByTestId('probe').textContent).toBe('mature')
    expect(new URLSearchParams(seen.search).get('stage')).toBe('mature')
    act(() => seen.set?.(undefined))
    expect(seen.search).toBe('?city=SZ')
  })
})
