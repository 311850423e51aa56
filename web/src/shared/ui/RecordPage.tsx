// The parts of a record's page: its heading (the name in both languages, its tags, the synthetic mark) and the
// card of its facts.
import { Card, Descriptions, type DescriptionsProps } from 'antd'
import type { ReactNode } from 'react'
import { useLanguage, type Named } from '../i18n/useLanguage'
import { PageTitle } from './PageTitle'
import { SyntheticTag } from './SyntheticTag'

/** The page's h1: the record's name in the current language, under it the other (or `subtitle`). */
export function RecordTitle({
  record,
  subtitle,
  tags,
  extra,
}: {
  record: Named & { isSynthetic: boolean }
  subtitle?: ReactNode
  tags?: ReactNode
  extra?: ReactNode
}) {
  const { nameOf, otherNameOf } = useLanguage()
  return (
    <PageTitle
      title={nameOf(record)}
      subtitle={subtitle ?? otherNameOf(record)}
      tags={
        <>
          {tags}
          <SyntheticTag isSynthetic={record.isSynthetic} />
        </>
      }
      extra={extra}
    />
  )
}

/** One to `columns` facts a row, as wide as the screen allows. */
const factColumns = (columns: 2 | 3 | 4) => ({ xs: 1, sm: 1, md: 2, lg: 2, xl: columns, xxl: columns })

/** A card of the record's facts, each a label and its value. */
export function FactsCard({
  title,
  columns,
  items,
}: {
  title: ReactNode
  columns: 2 | 3 | 4
  items: DescriptionsProps['items']
}) {
  return (
    <Card title={title}>
      <Descriptions column={factColumns(columns)} items={items} />
    </Card>
  )
}
