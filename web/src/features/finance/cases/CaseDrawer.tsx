// One case beside the board: the firm (its score card one click away), the stage and due date, every note in order,
// and moving the case on for those who run it.
import { Descriptions, Divider, Drawer, Empty, Skeleton, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { isOneOf } from '../../../shared/ui/enums'
import { QueryError } from '../../../shared/ui/PageError'
import { caseStages } from '../common/enums'
import { CaseStageTag } from '../common/StatusTags'
import { AdvanceCaseForm } from './AdvanceCaseForm'
import { useCase } from './cases.queries'

export function CaseDrawer({
  caseId,
  mayRun,
  onClose,
}: {
  caseId: string
  mayRun: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('finance')
  const { language, nameOf } = useLanguage()
  const item = useCase(caseId)
  const data = item.data
  return (
    <Drawer open size={520} title={t('cases.detailTitle')} onClose={onClose} destroyOnHidden>
      <div data-testid="case-drawer">
        <QueryError query={item} />
        {item.isPending && <Skeleton active />}
        {data !== undefined && (
          <>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'firm',
                  label: t('fields.firm'),
                  children: <Link to={`/finance/firms/${data.firmId}`}>{nameOf(data.firm)}</Link>,
                },
                { key: 'officer', label: t('cases.officer'), children: nameOf(data.officer) },
                {
                  key: 'stage',
                  label: t('cases.stage'),
                  children: <CaseStageTag stage={data.stage} />,
                },
                { key: 'due', label: t('cases.dueOn'), children: data.dueOn ?? t('common.none') },
                { key: 'summary', label: t('cases.summary'), children: data.summary },
                {
                  key: 'opened',
                  label: t('cases.openedAt'),
                  children: formatTimestamp(data.createdAt, language),
                },
              ]}
            />
            <Divider titlePlacement="start">{t('cases.notes')}</Divider>
            {data.notes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noNotes')} />
            ) : (
              <Timeline
                data-testid="case-notes"
                items={data.notes.map((note) => ({
                  key: `${note.createdAt}-${note.stage}`,
                  content: (
                    <>
                      {isOneOf(caseStages, note.stage) && <CaseStageTag stage={note.stage} />}
                      <Typography.Text type="secondary">
                        {formatTimestamp(note.createdAt, language)}
                      </Typography.Text>
                      <Typography.Paragraph style={{ margin: '4px 0 0' }}>{note.text}</Typography.Paragraph>
                    </>
                  ),
                }))}
              />
            )}
            {mayRun && data.stage !== 'closed' && (
              <>
                <Divider titlePlacement="start">{t('cases.advance')}</Divider>
                <AdvanceCaseForm key={data.stage} item={data} />
              </>
            )}
          </>
        )}
      </div>
    </Drawer>
  )
}
