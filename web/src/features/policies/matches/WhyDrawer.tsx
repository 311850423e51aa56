// Why a firm qualifies for an item, or nearly does: the outcome and amount, the trace (each condition ✓/✗, the facts
// read with their source and day), and, for a stored decision, its replay on its recorded facts and rule version. A
// near miss is worked out live on the firm's facts of today and has no stored decision to replay.
import { SyncOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Drawer, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Timestamp } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { ItemAmount } from '../common/ItemAmount'
import { useTitles } from '../common/names'
import { useReplay } from '../common/policies.queries'
import type { Match } from '../common/policies.types'
import { OutcomeTag } from '../common/Tags'
import { TraceView } from '../common/TraceView'

export function WhyDrawer({ match, onClose }: { match: Match; onClose: () => void }) {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const { decisionId } = match
  return (
    <Drawer open size={640} title={titleOf(match.item)} onClose={onClose} destroyOnHidden>
      <Flex vertical gap="middle" data-testid="why-drawer">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'outcome', label: t('matches.outcome'), children: <OutcomeTag outcome={match.outcome} /> },
            {
              key: 'amount',
              label:
                match.outcome === 'near' && match.amountFen > 0 ? t('matches.atStake') : t('matches.amount'),
              children: (
                <ItemAmount
                  amountFen={match.amountFen}
                  outcome={match.outcome}
                  category={match.item.category}
                />
              ),
            },
            {
              key: 'decidedAt',
              label: decisionId === null ? t('matches.workedOutAt') : t('matches.decidedAt'),
              children: <Timestamp at={match.decidedAt} />,
            },
          ]}
        />
        <TraceView trace={match.trace} />
        {decisionId === null ? (
          <Typography.Text type="secondary" data-testid="worked-out-live">
            {t('matches.workedOutLive')}
          </Typography.Text>
        ) : (
          <ReplayCheck decisionId={decisionId} />
        )}
      </Flex>
    </Drawer>
  )
}

/** A stored decision evaluated again on its rule version and recorded facts: the same result, or not. */
function ReplayCheck({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('policies')
  const [replaying, setReplaying] = useState(false)
  const replay = useReplay(decisionId, replaying)
  return (
    <Flex vertical gap="small">
      <Button
        icon={<SyncOutlined />}
        loading={replay.isFetching}
        onClick={() => (replaying ? void replay.refetch() : setReplaying(true))}
        data-testid="replay"
      >
        {t('matches.replay')}
      </Button>
      <QueryError query={replay} />
      {replay.data !== undefined && (
        <Alert
          type={replay.data.identical ? 'success' : 'warning'}
          showIcon
          title={replay.data.identical ? t('matches.replayIdentical') : t('matches.replayDiffers')}
          data-testid="replay-result"
        />
      )}
    </Flex>
  )
}
