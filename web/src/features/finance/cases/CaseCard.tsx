// A case on the board: the firm and officer (named in the list's answer), what it is about, and its due date (red
// once past).
import { ClockCircleOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { CaseSummary } from '../common/finance.types'

export function CaseCard({ item, onOpen }: { item: CaseSummary; onOpen: () => void }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const overdue = item.dueOn !== null && item.stage !== 'closed' && item.dueOn < shanghaiToday()
  return (
    <button
      type="button"
      className="g60-case-card"
      onClick={onOpen}
      data-testid="case-card"
      data-case={item.id}
    >
      <Typography.Text strong className="g60-case-firm">
        {nameOf(item.firm)}
      </Typography.Text>
      <Typography.Text type="secondary" className="g60-case-officer">
        {nameOf(item.officer)}
      </Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 2 }} className="g60-case-summary">
        {item.summary}
      </Typography.Paragraph>
      {item.dueOn !== null && (
        <span className={overdue ? 'g60-case-due g60-case-overdue' : 'g60-case-due'}>
          <ClockCircleOutlined />{' '}
          {overdue ? t('cases.overdue', { day: item.dueOn }) : t('cases.due', { day: item.dueOn })}
        </span>
      )}
    </button>
  )
}
