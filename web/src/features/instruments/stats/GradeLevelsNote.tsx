// The corridor's thresholds behind the owners' grades, in one line under the table.
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useGradeLevels } from './stats.queries'

export function GradeLevelsNote() {
  const { t } = useTranslation('instruments')
  const levels = useGradeLevels()
  const graded = (levels.data?.levels ?? []).filter((level) => level.grade !== 'D')
  if (graded.length === 0) return null
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ marginTop: 12, marginBottom: 0 }}
      data-testid="grade-levels"
    >
      {t('stats.gradeLevels', {
        levels: graded
          .map((level) =>
            t('stats.gradeLevel', {
              grade: level.grade,
              hours: level.minEffectiveHours,
              rate: level.minSharingRatePercent,
              rating: (level.minRatingTenths / 10).toFixed(1),
            }),
          )
          .join(t('listSeparator')),
      })}
    </Typography.Paragraph>
  )
}
