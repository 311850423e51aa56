// The working-day calendar (工作日历), kept by the corridor office: a year's public holidays and make-up working days
// (调休), where they come from (the State Council's notice), and whether the year is provisional until the notice is
// published. Saving replaces the year; the server names the days whose status changed, and moves the due days of
// the running cases over them.
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Select, Skeleton, Tag, Typography } from 'antd'
import type { FormListFieldData } from 'antd/es/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { formatDay } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCalendarDays, useCalendarYears } from '../../../shared/reference/calendar.queries'
import { DataTable } from '../../../shared/ui/DataTable'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { FilterBar, FilterField, useFilter } from '../../../shared/ui/FilterBar'
import { useFormRules } from '../../../shared/ui/formRules'
import { Timestamp } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useReplaceYear } from './calendar.queries'
import {
  dayKinds,
  dayProblem,
  nextRow,
  yearBodyOf,
  type CalendarFormValues,
  type DayRow,
} from './calendarForm'

const sourceLengthMax = 500
const nameZhLengthMax = 50
const nameEnLengthMax = 100

export function CalendarPage() {
  const { t } = useTranslation('admin')
  const url = useUrlFilters()
  const thisYear = Number(shanghaiToday().slice(0, 4))
  const requested = Number(url.text('year'))
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : thisYear
  const years = useCalendarYears()
  const days = useCalendarDays(year)
  const known = years.data?.items ?? []
  const info = known.find((entry) => entry.year === year)
  const choices = [...new Set([...known.map((entry) => entry.year), thisYear, thisYear + 1, year])].sort()
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <Card>
        <FilterBar url={url} values={{ year: String(year) }} idPrefix="calendar">
          <YearFilter years={choices} fallback={thisYear} />
        </FilterBar>
        {info === undefined ? (
          years.isPending ? null : (
            <Alert type="warning" showIcon title={t('calendar.noYear', { year })} />
          )
        ) : (
          <Typography.Text type="secondary">
            {t('calendar.lastSaved')} <Timestamp at={info.updatedAt} />
            {info.isProvisional && (
              <Tag color="warning" style={{ marginInlineStart: 8 }}>
                {t('calendar.provisional')}
              </Tag>
            )}
          </Typography.Text>
        )}
      </Card>
      <QueryError query={years} />
      <QueryError query={days} />
      {days.isPending || years.isPending ? (
        <Skeleton active />
      ) : (
        days.data !== undefined && (
          <YearForm
            key={year}
            year={year}
            initialValues={{
              source: info?.source ?? '',
              provisional: info?.isProvisional ?? info === undefined,
              days: days.data.items.map(({ day, kind, nameZh, nameEn }) => ({ day, kind, nameZh, nameEn })),
            }}
          />
        )
      )}
    </Flex>
  )
}

function YearFilter({ years, fallback }: { years: number[]; fallback: number }) {
  const { t } = useTranslation('admin')
  const filter = useFilter('year')
  return (
    <FilterField id={filter.id} label={t('calendar.year')} width={140}>
      <Select
        id={filter.id}
        value={typeof filter.value === 'string' ? filter.value : undefined}
        onChange={(year: string) => filter.set(year === String(fallback) ? undefined : year)}
        options={years.map((year) => ({ value: String(year), label: t('calendar.yearOption', { year }) }))}
      />
    </FilterField>
  )
}

function YearForm({ year, initialValues }: { year: number; initialValues: CalendarFormValues }) {
  const { t } = useTranslation('admin')
  const replaceYear = useReplaceYear()
  const [form] = Form.useForm<CalendarFormValues>()
  const [changedDays, setChangedDays] = useState<string[] | null>(null)

  const onFinish = (values: CalendarFormValues) =>
    replaceYear.mutate(
      { year, body: yearBodyOf(values) },
      { onSuccess: (answer) => setChangedDays(answer.changedDays) },
    )

  return (
    <Form<CalendarFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={() => setChangedDays(null)}
      data-testid="calendar-form"
    >
      <Flex vertical gap="middle">
        <SourceCard />
        <DaysCard year={year} rowsNow={() => form.getFieldValue('days') ?? []} />
        <FailureAlert error={replaceYear.error} />
        {changedDays !== null && <SavedAlert year={year} changedDays={changedDays} />}
        <div>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={replaceYear.isPending}>
            {t('calendar.save', { year })}
          </Button>
        </div>
      </Flex>
    </Form>
  )
}

/** Where the year comes from, and whether it is provisional. */
function SourceCard() {
  const { t } = useTranslation('admin')
  const { text } = useFormRules()
  return (
    <Card title={t('calendar.sourceTitle')}>
      <Form.Item
        name="source"
        label={t('calendar.source')}
        extra={t('calendar.sourceHint')}
        rules={text(sourceLengthMax)}
      >
        <Input maxLength={sourceLengthMax} />
      </Form.Item>
      <Form.Item name="provisional" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>{t('calendar.provisionalLabel')}</Checkbox>
      </Form.Item>
    </Card>
  )
}

type RowsNow = () => DayRow[]

/** The year's holidays and make-up working days, one editable row each. */
function DaysCard({ year, rowsNow }: { year: number; rowsNow: RowsNow }) {
  const { t } = useTranslation('admin')
  return (
    <Card title={t('calendar.daysTitle', { year })}>
      {/* under the title rather than beside it, where a phone would cut the title short */}
      <Typography.Paragraph type="secondary">{t('calendar.weekendsNote')}</Typography.Paragraph>
      <Form.List name="days">
        {(fields, { add, remove }) => (
          <>
            <DayRowsTable year={year} rowsNow={rowsNow} fields={fields} remove={remove} />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(nextRow(rowsNow()))}
              style={{ marginTop: 12 }}
              data-testid="add-day"
            >
              {t('calendar.addDay')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  )
}

/** The rows of the days card: the day (checked against the others), its kind, its names in both languages. */
function DayRowsTable({
  year,
  rowsNow,
  fields,
  remove,
}: {
  year: number
  rowsNow: RowsNow
  fields: FormListFieldData[]
  remove: (index: number) => void
}) {
  const { t } = useTranslation('admin')
  const { text, required } = useFormRules()
  const dayRules = (field: FormListFieldData) => [
    {
      validator: async () => {
        const problem = dayProblem(rowsNow(), field.name, year)
        if (problem !== null) throw new Error(t(`calendar.problems.${problem}`, { year }))
      },
    },
  ]
  return (
    <DataTable
      rowKey="key"
      rows={fields}
      emptyText={t('calendar.noDays')}
      data-testid="calendar-days"
      columns={[
        {
          key: 'day',
          title: t('calendar.day'),
          width: 180,
          render: (_, field) => (
            <Form.Item
              name={[field.name, 'day']}
              dependencies={[['days', field.name, 'kind']]}
              style={{ marginBottom: 0 }}
              rules={dayRules(field)}
            >
              <DayPicker ariaLabel={t('calendar.day')} disabledDay={(day) => !day.startsWith(`${year}-`)} />
            </Form.Item>
          ),
        },
        {
          key: 'kind',
          title: t('calendar.kind'),
          width: 150,
          render: (_, field) => (
            <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 0 }} rules={[required]}>
              <Select
                aria-label={t('calendar.kind')}
                options={dayKinds.map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }))}
              />
            </Form.Item>
          ),
        },
        {
          key: 'nameZh',
          title: t('calendar.nameZh'),
          render: (_, field) => (
            <Form.Item
              name={[field.name, 'nameZh']}
              style={{ marginBottom: 0 }}
              rules={text(nameZhLengthMax)}
            >
              <Input lang="zh-CN" aria-label={t('calendar.nameZh')} maxLength={nameZhLengthMax} />
            </Form.Item>
          ),
        },
        {
          key: 'nameEn',
          title: t('calendar.nameEn'),
          render: (_, field) => (
            <Form.Item
              name={[field.name, 'nameEn']}
              style={{ marginBottom: 0 }}
              rules={text(nameEnLengthMax)}
            >
              <Input lang="en" aria-label={t('calendar.nameEn')} maxLength={nameEnLengthMax} />
            </Form.Item>
          ),
        },
        {
          key: 'remove',
          title: t('common.actions'),
          width: 90,
          render: (_, field) => (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('calendar.remove')}
              onClick={() => remove(field.name)}
            />
          ),
        },
      ]}
    />
  )
}

/** What saving did: the days whose status changed (the running cases' due days moved over them), or none. */
function SavedAlert({ year, changedDays }: { year: number; changedDays: string[] }) {
  const { t } = useTranslation('admin')
  const { language } = useLanguage()
  return (
    <Alert
      type={changedDays.length === 0 ? 'info' : 'success'}
      showIcon
      role="status"
      data-testid="changed-days"
      title={
        changedDays.length === 0
          ? t('calendar.savedNoChange', { year })
          : t('calendar.savedChanged', { year, count: changedDays.length })
      }
      description={
        changedDays.length === 0 ? undefined : (
          <Flex wrap gap={4}>
            {changedDays.map((day) => (
              <Tag key={day}>{formatDay(day, language)}</Tag>
            ))}
          </Flex>
        )
      }
    />
  )
}
