import { ClearOutlined } from '@ant-design/icons'
import { Button, Flex, Form } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The filters above a list, each with a visible label bound to its control. */
export function FilterBar({
  children,
  onClear,
  canClear,
}: {
  children: ReactNode
  onClear: () => void
  canClear: boolean
}) {
  const { t } = useTranslation()
  return (
    <Form layout="vertical" component="div" className="g60-filter-bar" role="search">
      <Flex wrap gap="small" align="flex-end">
        {children}
        <Form.Item label=" " colon={false}>
          <Button icon={<ClearOutlined />} onClick={onClear} disabled={!canClear}>
            {t('common.clearFilters')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  )
}

export function FilterField({
  id,
  label,
  width = 180,
  children,
}: {
  id: string
  label: string
  width?: number
  children: ReactNode
}) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ width, marginBottom: 8 }}>
      {children}
    </Form.Item>
  )
}
