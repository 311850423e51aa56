import { ExperimentOutlined } from '@ant-design/icons'
import { Alert, Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'

/** Marks generated demo records, wherever they are shown. */
export function SyntheticTag({ isSynthetic }: { isSynthetic: boolean }) {
  const { t } = useTranslation()
  if (!isSynthetic) return null
  return (
    <Tooltip title={t('common.syntheticExplained')}>
      <Tag color="purple" icon={<ExperimentOutlined />} tabIndex={0}>
        {t('common.synthetic')}
      </Tag>
    </Tooltip>
  )
}

/** A notice above a list or page that holds generated demo records. */
export function SyntheticNotice({ shown }: { shown: boolean }) {
  const { t } = useTranslation()
  if (!shown) return null
  return (
    <Alert
      type="info"
      showIcon
      icon={<ExperimentOutlined />}
      title={t('common.syntheticNotice')}
      style={{ marginBottom: 16 }}
    />
  )
}
