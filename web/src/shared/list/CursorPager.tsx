import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount } from '../format/format'
import { useLanguage } from '../i18n/useLanguage'
import { pageSizes, type CursorPagerState } from './usePagedList'

/** Previous / next over keyset pages (the server caps pages at 100), and the page size. */
export function CursorPager({ pager }: { pager: CursorPagerState }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Flex justify="flex-end" align="center" gap="small" wrap style={{ marginTop: 16 }}>
      {/* busy until the page has loaded, so no one reads "0 on this page" of a page still on its way */}
      <Typography.Text type="secondary" aria-live="polite" aria-busy={pager.itemsOnPage === undefined}>
        {pager.itemsOnPage === undefined
          ? t('common.pageLoading', { page: pager.pageNumber })
          : `${
              pager.total === undefined
                ? ''
                : `${t(pager.total.exact ? 'common.totalCount' : 'common.totalAtLeast', {
                    total: formatCount(pager.total.count, language),
                  })} · `
            }${t('common.pageNumber', { page: pager.pageNumber, items: pager.itemsOnPage })}`}
      </Typography.Text>
      <Button
        icon={<LeftOutlined />}
        disabled={!pager.hasPrevious || pager.busy}
        onClick={pager.goPrevious}
        aria-label={t('common.previousPage')}
      >
        {t('common.previous')}
      </Button>
      <Button
        disabled={!pager.hasNext || pager.busy}
        onClick={pager.goNext}
        aria-label={t('common.nextPage')}
      >
        {t('common.next')}
        <RightOutlined />
      </Button>
      <Select
        aria-label={t('common.pageSize')}
        value={pager.pageSize}
        onChange={pager.setPageSize}
        options={pageSizes.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
        style={{ width: 120 }}
      />
    </Flex>
  )
}
