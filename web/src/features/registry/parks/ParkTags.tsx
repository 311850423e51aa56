import { Flex, Tag } from 'antd'
import { StarFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Park } from '../../../shared/api/types'

/** Demonstration park and founding member marks. */
export function ParkTags({ park }: { park: Pick<Park, 'isDemonstrationPark' | 'isFoundingMember'> }) {
  const { t } = useTranslation('registry')
  return (
    <Flex gap={4} wrap>
      {park.isDemonstrationPark && (
        <Tag color="volcano" icon={<StarFilled />}>
          {t('parks.tags.demonstration')}
        </Tag>
      )}
      {park.isFoundingMember && <Tag color="geekblue">{t('parks.tags.founding')}</Tag>}
    </Flex>
  )
}
