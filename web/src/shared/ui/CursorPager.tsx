import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CursorPagerState } from './useCursorPager'

export const pageSizes = [20, 50, 100] as const

interface CursorPagerProps {
  pager: CursorPagerState
  nextCursor: string | null | undefined
  pageSize: number
  onPageSizeChange: (pageSize: number) => void
  busy: boolean
  itemsOnPage: number
}

/** Previous / next over keyset pages (the server caps pages at 100). */
export function CursorPager({
  pager,
  nextCursor,
  pageSize,
  onPageSizeChange,
  busy,
  itemsOnPage,
}: CursorPagerProps) {
  const { t } = useTranslation()
  return (
    <Flex justify="flex-end" align="center" gap="small" wrap style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" aria-live="polite">
        {t('common.pageNumber', { page: pager.pageNumber, items: itemsOnPage })}
      </Typography.Text>
      <Button
        icon={<LeftOutlined />}
        disabled={pager.pageNumber <= 1 || busy}
        onClick={pager.goPrevious}
        aria-label={t('common.previousPage')}
      >
        {t('common.previous')}
      </Button>
      <Button
        disabled={nextCursor === null || nextCursor === undefined || busy}
        onClick={() => {
          if (typeof nextCursor === 'string') pager.goNext(nextCursor)
        }}
        aria-label={t('common.nextPage')}
      >
        {t('common.next')}
        <RightOutlined />
      </Button>
      <Select
        aria-label={t('common.pageSize')}
        value={pageSize}
        onChange={onPageSizeChange}
        options={pageSizes.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
        style={{ width: 120 }}
      />
    </Flex>
  )
}
