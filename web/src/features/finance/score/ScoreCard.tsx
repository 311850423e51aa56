// A firm's whole score card: the summary (with whatever follows it, such as the suggested products), then the 18
// indicators in their three groups.
import { Flex } from 'antd'
import type { ReactNode } from 'react'
import type { FirmScore } from '../common/finance.types'
import { IndicatorTable } from './IndicatorTable'
import { ScoreSummary } from './ScoreSummary'

export function ScoreCard({ score, after }: { score: FirmScore; after?: ReactNode }) {
  return (
    <Flex vertical gap="middle" data-testid="score-card">
      <ScoreSummary score={score} />
      {after}
      {score.groups.map((group) => (
        <IndicatorTable
          key={group.group}
          group={group}
          contributions={score.contributions.filter((item) => item.group === group.group)}
        />
      ))}
    </Flex>
  )
}
