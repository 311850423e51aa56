// Export what the page shows, as it is filtered: CSV and Excel, written in the browser from the same rows as the
// table (see tableFile.ts). `table` is asked for when a button is pressed, so that it is built only then; it may
// fetch first (every page of a cell's records).
import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'
import { downloadTable, type FileFormat, type TableFile } from './tableFile'

export function ExportButtons({
  table,
  disabled,
  testId,
}: {
  table: () => TableFile | Promise<TableFile>
  disabled?: boolean
  testId?: string
}) {
  const { t } = useTranslation('insights')
  const { message } = App.useApp()
  const errorText = useErrorText()
  const [busy, setBusy] = useState<FileFormat | null>(null)
  const download = async (format: FileFormat) => {
    setBusy(format)
    try {
      await downloadTable(await table(), format)
    } catch (error) {
      void message.error(errorText(error))
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={disabled === true || (busy !== null && busy !== format)}
          onClick={() => void download(format)}
          data-testid={testId === undefined ? undefined : `${testId}-${format}`}
        >
          {t(format === 'csv' ? 'export.csv' : 'export.xlsx')}
        </Button>
      ))}
    </>
  )
}
