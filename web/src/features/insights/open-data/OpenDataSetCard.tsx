// One open data set: what it holds, how often it changes, its licence, each column documented, and its CSV and
// Excel downloads with the filters it honours (only those) chosen here.
import { DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Collapse, Flex, Form, Select, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCityOptions, useIndustryOptions } from '../../../shared/reference/options'
import { openDataUrl } from '../common/insights.queries'
import type { OpenDataColumn, OpenDataSet } from '../common/insights.types'
import { flowKinds } from '../common/kinds'
import { PeriodChoice } from '../common/PeriodFilter'
import {
  fundIndustryCodes,
  isColumnKind,
  isFrequency,
  isKnownFilter,
  type OpenDataFilter,
} from './openDataFilters'

type Chosen = Partial<Record<OpenDataFilter, string>>

function FilterControl({
  set,
  filter,
  chosen,
  onChange,
}: {
  set: OpenDataSet
  filter: OpenDataFilter
  chosen: Chosen
  onChange: (value: string | undefined) => void
}) {
  const { t } = useTranslation('insights')
  const cities = useCityOptions()
  const industries = useIndustryOptions()
  const id = `open-data-${set.id}-${filter}`
  const select = (options: { value: string; label: string }[], placeholder = t('openData.all')) => (
    <Select
      id={id}
      allowClear
      placeholder={placeholder}
      value={chosen[filter]}
      onChange={onChange}
      options={options}
      style={{ width: 180 }}
    />
  )
  const control = (() => {
    switch (filter) {
      case 'city':
        return select(cities.options)
      case 'industry':
        return select(
          set.id === 'fund-portfolio'
            ? fundIndustryCodes.map((code) => ({ value: code, label: t(`openData.fundIndustries.${code}`) }))
            : industries.options,
        )
      case 'kind':
        return select(flowKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })))
      case 'scope':
        return select([{ value: 'G60', label: t('index.corridor') }, ...cities.options])
      case 'period':
        return <PeriodChoice id={id} period={chosen.period} onChange={onChange} />
    }
  })()
  return (
    <Form.Item label={t(`openData.filters.${filter}`)} htmlFor={id} style={{ marginBottom: 8 }}>
      {control}
    </Form.Item>
  )
}

function ColumnsTable({ columns }: { columns: OpenDataColumn[] }) {
  const { t } = useTranslation('insights')
  const { isChinese } = useLanguage()
  return (
    <Table<OpenDataColumn>
      size="small"
      rowKey="name"
      pagination={false}
      scroll={{ x: 560 }}
      dataSource={columns}
      columns={[
        {
          key: 'name',
          title: t('openData.column'),
          width: 180,
          render: (_, row) => <Typography.Text code>{row.name}</Typography.Text>,
        },
        {
          key: 'kind',
          title: t('openData.columnKind'),
          width: 100,
          render: (_, row) => (isColumnKind(row.kind) ? t(`openData.kinds.${row.kind}`) : row.kind),
        },
        {
          key: 'description',
          title: t('openData.description'),
          render: (_, row) => (isChinese ? row.descriptionZh : row.descriptionEn),
        },
      ]}
    />
  )
}

export function OpenDataSetCard({ set }: { set: OpenDataSet }) {
  const { t } = useTranslation('insights')
  const { isChinese } = useLanguage()
  const [chosen, setChosen] = useState<Chosen>({})
  const filters = set.filters.filter(isKnownFilter)
  const query = Object.fromEntries(filters.map((filter) => [filter, chosen[filter]]))
  return (
    <Card
      title={isChinese ? set.titleZh : set.titleEn}
      extra={
        <Tag color="blue">
          {isFrequency(set.frequency) ? t(`openData.frequencies.${set.frequency}`) : set.frequency}
        </Tag>
      }
      data-testid={`open-data-${set.id}`}
    >
      <Typography.Paragraph>{isChinese ? set.descriptionZh : set.descriptionEn}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('openData.licence')}{' '}
        <a href={set.licence.url} target="_blank" rel="noreferrer">
          {isChinese ? set.licence.nameZh : set.licence.nameEn} ({set.licence.code})
        </a>
      </Typography.Paragraph>
      {filters.length > 0 && (
        <Form layout="vertical" component="div">
          <Flex wrap gap="small" align="flex-end">
            {filters.map((filter) => (
              <FilterControl
                key={filter}
                set={set}
                filter={filter}
                chosen={chosen}
                onChange={(value) => setChosen((previous) => ({ ...previous, [filter]: value }))}
              />
            ))}
          </Flex>
        </Form>
      )}
      <Flex gap="small" wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          href={openDataUrl(set.downloads.csv, query)}
          download
          data-testid={`download-${set.id}-csv`}
        >
          {t('openData.downloadCsv')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={openDataUrl(set.downloads.xlsx, query)}
          download
          data-testid={`download-${set.id}-xlsx`}
        >
          {t('openData.downloadXlsx')}
        </Button>
      </Flex>
      <Collapse
        size="small"
        items={[
          {
            key: 'columns',
            label: t('openData.columns', { count: set.columns.length }),
            children: <ColumnsTable columns={set.columns} />,
          },
        ]}
      />
    </Card>
  )
}
