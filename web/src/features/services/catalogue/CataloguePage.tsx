// The service catalogue (服务事项目录): search in Chinese or English, and narrow by the competent city, how an item is
// handled (全程网办, 异地代收代办, 多地联办), the deciding department, whether it ends in a licence, and its category.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { enumOptions } from '../../../shared/reference/options'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { itemCategories, serviceModes } from '../common/enums'
import {
  itemExportPath,
  itemPages,
  itemSortKeys,
  useDepartments,
  type ItemFilters,
} from '../common/services.queries'
import { ItemTable } from './ItemTable'

const licenceChoices = ['true', 'false'] as const

export function CataloguePage() {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const departments = useDepartments()
  const list = usePagedList(itemPages, (url): ItemFilters => {
    const licence = url.choice('licence', licenceChoices)
    return {
      q: url.text('q'),
      city: url.choice('city', cityCodes),
      mode: url.choice('mode', serviceModes),
      department: url.text('department'),
      category: url.choice('category', itemCategories),
      licence: licence === undefined ? undefined : licence === 'true',
      // by item code (a city's, then a department's, items together) unless a header sorts otherwise
      sort: sortFilter(url, itemSortKeys, 'code'),
    }
  })
  const values = {
    ...list.filters,
    licence: list.filters.licence === undefined ? undefined : String(list.filters.licence),
  }

  return (
    <>
      <PageTitle title={t('nav.catalogue')} subtitle={t('catalogue.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={values} idPrefix="items">
          <SearchFilter
            label={t('catalogue.search')}
            placeholder={t('catalogue.searchPlaceholder')}
            width={260}
          />
          <CityFilter label={t('items.competentCity')} />
          <SelectFilter
            name="mode"
            label={t('items.mode')}
            options={enumOptions(serviceModes, (mode) => t(`enums.mode.${mode}`))}
          />
          <SelectFilter
            name="department"
            label={t('items.department')}
            width={200}
            loading={departments.isPending}
            options={(departments.data ?? []).map((department) => ({
              value: department.code,
              label: nameOf(department),
            }))}
          />
          <SelectFilter
            name="licence"
            label={t('catalogue.endsInLicence')}
            width={140}
            options={[
              { value: 'true', label: t('catalogue.withLicence') },
              { value: 'false', label: t('catalogue.withoutLicence') },
            ]}
          />
          <SelectFilter
            name="category"
            label={t('items.category')}
            width={130}
            options={enumOptions(itemCategories, (category) => t(`enums.category.${category}`))}
          />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={itemExportPath} query={{ ...list.filters }} />
        </Flex>
        <ItemTable list={list} />
      </Card>
    </>
  )
}
