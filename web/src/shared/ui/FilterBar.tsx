// The filters above a list or a report. Each filter names the address parameter it sets (filters live in the
// address, so a filtered page can be bookmarked, shared and reloaded); the bar binds them to the address, shows
// the value the page reads, and gives each control the id `<idPrefix>-<parameter>` its visible label points to.
import { ClearOutlined } from '@ant-design/icons'
import { Button, Flex, Form } from 'antd'
import { createContext, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilterValue, UrlFilters } from '../list/useUrlFilters'

interface FilterBinding {
  url: UrlFilters
  values: object | undefined
  idPrefix: string
}

const FilterBindingContext = createContext<FilterBinding | null>(null)

export function FilterBar({
  url,
  values,
  idPrefix,
  children,
}: {
  url: UrlFilters
  /** the filters as the page reads them (defaults applied), by parameter name */
  values?: object
  idPrefix: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <FilterBindingContext value={{ url, values, idPrefix }}>
      <Form layout="vertical" component="div" className="g60-filter-bar" role="search">
        <Flex wrap gap="small" align="flex-end">
          {children}
          <Form.Item label=" " colon={false}>
            <Button icon={<ClearOutlined />} onClick={url.clearFilters} disabled={!url.hasAny}>
              {t('common.clearFilters')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </FilterBindingContext>
  )
}

/** A labelled filter of the bar, for a control the bar has no kind of its own for. */
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

/** `firm` and `highTech` → `firm-high-tech`; the text search `q` is `search`. */
export function filterId(idPrefix: string, parameter: string): string {
  const words =
    parameter === 'q' ? 'search' : parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  return `${idPrefix}-${words}`
}

/** The parameter's binding: the control's id, the value the page reads, and setting it in the address. */
export function useFilter(parameter: string) {
  const binding = useContext(FilterBindingContext)
  if (binding === null) throw new Error(`the filter ${parameter} stands outside a <FilterBar>`)
  const { url, values, idPrefix } = binding
  const entry = values === undefined ? undefined : Object.entries(values).find(([key]) => key === parameter)
  const value: unknown = entry?.[1]
  return {
    id: filterId(idPrefix, parameter),
    value,
    set: (value: FilterValue) => url.setFilter(parameter, value),
    url,
  }
}
