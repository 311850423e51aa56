import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Firm } from '../../../shared/api/types'

/** High-tech, leading and tech-SME marks of a firm. */
export function FirmTags({ firm }: { firm: Pick<Firm, 'isHighTech' | 'isLeading' | 'isTechSme'> }) {
  const { t } = useTranslation('registry')
  return (
    <Flex gap={4} wrap>
      {firm.isLeading && <Tag color="gold">{t('firms.tags.leading')}</Tag>}
      {firm.isHighTech && <Tag color="blue">{t('firms.tags.highTech')}</Tag>}
      {firm.isTechSme && <Tag color="cyan">{t('firms.tags.techSme')}</Tag>}
    </Flex>
  )
}
