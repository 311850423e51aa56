import { DownloadOutlined } from '@ant-design/icons'
import { Button, Dropdown, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../i18n/useLanguage'

type QueryValue = string | number | boolean | undefined

/** The address of a list's export: its path with the list's filters and sort, the format and the language. */
export function exportHref(
  path: string,
  query: Record<string, QueryValue>,
  format: 'csv' | 'xlsx',
  lang: 'zh' | 'en',
) {
  const parameters = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') parameters.set(name, String(value))
  }
  parameters.set('format', format)
  parameters.set('lang', lang)
  return `${path}?${parameters.toString()}`
}

/**
 * The export of a list's toolbar: what the list shows (the same filters and order), as CSV or an Excel workbook in
 * the user's language, written by the server's export path (server/platform/export/list-export.ts).
 */
export function ExportButton({
  path,
  query,
  testId,
}: {
  path: string
  query: Record<string, QueryValue>
  /** names the button and its two links (`<testId>-xlsx`, `<testId>-csv`) where a page has several exports */
  testId?: string
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const lang = language === 'en-US' ? 'en' : 'zh'
  const items = (['xlsx', 'csv'] as const).map((format) => ({
    key: format,
    label: (
      <a
        href={exportHref(path, query, format, lang)}
        download
        data-testid={testId === undefined ? undefined : `${testId}-${format}`}
      >
        {t(format === 'xlsx' ? 'common.exportXlsx' : 'common.exportCsv')}
      </a>
    ),
  }))
  return (
    <Tooltip title={t('common.exportHint')}>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<DownloadOutlined />} data-testid={testId}>
          {t('common.exportList')}
        </Button>
      </Dropdown>
    </Tooltip>
  )
}
