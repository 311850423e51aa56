// Importing published values from a file (CSV in UTF-8, or .xlsx; the first row names the columns): all or
// nothing. A refusal lists each row at fault and why; success says how many values were added or replaced.
import { InboxOutlined } from '@ant-design/icons'
import { Alert, App, Checkbox, List, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../shared/api/errors'
import { readFileAsBase64 } from '../../../shared/format/base64'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import { useImportIndicatorValues } from '../common/insights.queries'
import { importColumns, isImportReason, rowErrorsOf } from './importErrors'

const fileBytesMax = 2 * 1024 * 1024

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('insights')
  const { notification } = App.useApp()
  const [file, setFile] = useState<File | null>(null)
  const [replace, setReplace] = useState(false)
  const [tooLarge, setTooLarge] = useState(false)
  const send = useImportIndicatorValues()
  const rowErrors = isApiError(send.error) ? rowErrorsOf(send.error.details) : []
  const onOk = async () => {
    if (file === null) return
    const contentBase64 = await readFileAsBase64(file)
    send.mutate(
      { fileName: file.name, contentBase64, replace },
      {
        onSuccess: (summary) => {
          notification.success({
            title: t('indicators.imported', {
              rows: summary.rows,
              inserted: summary.inserted,
              replaced: summary.replaced,
            }),
          })
          onClose()
        },
      },
    )
  }
  return (
    <ActionDialog
      title={t('indicators.importTitle')}
      okText={t('indicators.importSubmit')}
      onOk={() => void onOk()}
      onClose={onClose}
      mutation={send}
      okDisabled={file === null}
      explained={t('indicators.importExplained', { columns: importColumns.join(', ') })}
      errorDescription={
        rowErrors.length === 0 ? undefined : (
          <List
            size="small"
            dataSource={rowErrors}
            renderItem={(error) => (
              <List.Item>
                {t('indicators.rowError', {
                  row: error.row,
                  column: error.column ?? '—',
                  reason: isImportReason(error.reason)
                    ? t(`indicators.reasons.${error.reason}`)
                    : error.reason,
                })}
              </List.Item>
            )}
            data-testid="import-row-errors"
          />
        )
      }
    >
      <Upload.Dragger
        accept=".csv,.xlsx"
        maxCount={1}
        beforeUpload={(chosen) => {
          setTooLarge(chosen.size > fileBytesMax)
          setFile(chosen.size > fileBytesMax ? null : chosen)
          return false
        }}
        onRemove={() => setFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <Typography.Text>{t('indicators.importDrop')}</Typography.Text>
      </Upload.Dragger>
      {tooLarge && (
        <Alert type="error" showIcon title={t('indicators.importTooLarge')} style={{ marginTop: 12 }} />
      )}
      <Checkbox
        checked={replace}
        onChange={(event) => setReplace(event.target.checked)}
        style={{ marginTop: 12 }}
      >
        {t('indicators.replace')}
      </Checkbox>
    </ActionDialog>
  )
}
