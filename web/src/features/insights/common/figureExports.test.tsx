import { act, fireEvent, render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { ExportButton } from '../../../shared/list/ExportButton'
import { translations } from '../i18n'
import { figureExportPaths, indicatorExportPath } from './insights.queries'

beforeAll(async () => {
  setUpTranslations({ insights: translations })
  await changeLanguage('zh-CN')
})

/** Opens an export's menu and answers the address of each of its links, by format. */
async function exportLinks(testId: string) {
  fireEvent.click(screen.getByTestId(testId))
  const xlsx = await screen.findByTestId(`${testId}-xlsx`)
  const csv = await screen.findByTestId(`${testId}-csv`)
  return {
    xlsx: new URL(xlsx.getAttribute('href') ?? '', 'http://console'),
    csv: new URL(csv.getAttribute('href') ?? '', 'http://console'),
  }
}

describe('the exports of the insights figures', () => {
  it("asks the server for a cell's records with the drawer's filters, in the user's language", async () => {
    render(
      <ExportButton
        path={figureExportPaths.records}
        query={{ kind: 'voucher', period: undefined, city: undefined, from: 'HF', to: 'SZ' }}
        testId="records-export"
      />,
    )
    const links = await exportLinks('records-export')
    expect(links.csv.pathname).toBe('/api/insights/flows/records/export')
    expect([...links.csv.searchParams]).toEqual([
      ['kind', 'voucher'],
      ['from', 'HF'],
      ['to', 'SZ'],
      ['format', 'csv'],
      ['lang', 'zh'],
    ])
    expect(links.xlsx.searchParams.get('format')).toBe('xlsx')
  })

  it('writes English names once the user reads English, and keeps each card its own export', async () => {
    await act(() => changeLanguage('en-US'))
    render(
      <>
        <ExportButton
          path={figureExportPaths.quotients}
          query={{ basis: 'high_tech_firms', year: 2025 }}
          testId="quotient-export"
        />
        <ExportButton
          path={figureExportPaths.krugmanTrend}
          query={{ basis: 'firms' }}
          testId="trend-export"
        />
      </>,
    )
    const quotients = await exportLinks('quotient-export')
    expect(quotients.xlsx.pathname).toBe('/api/insights/division-of-labour/quotients/export')
    expect(quotients.xlsx.search).toBe('?basis=high_tech_firms&year=2025&format=xlsx&lang=en')
    const trend = await exportLinks('trend-export')
    expect(trend.csv.search).toBe('?basis=firms&format=csv&lang=en')
    await act(() => changeLanguage('zh-CN'))
  })

  it("names an indicator's export by its code", () => {
    expect(indicatorExportPath('rd_intensity')).toBe('/api/insights/indicators/rd_intensity/export')
    expect(indicatorExportPath('a/b')).toBe('/api/insights/indicators/a%2Fb/export')
  })
})
