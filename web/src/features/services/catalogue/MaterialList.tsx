// The materials an item asks for: each with whether it is required, the kinds of file it takes, and whether it
// can be left out because the platform already holds it (免提交): the firm's registry record, or a licence an
// earlier approved case issued.
import { CheckCircleOutlined } from '@ant-design/icons'
import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PlainList } from '../../../shared/ui/PlainList'
import { reuseOf } from '../apply/applicationForm'
import { useLicenceTypeName } from '../common/LicenceName'
import type { ServiceItemMaterial } from '../common/services.types'

export function MaterialReuse({ material }: { material: Pick<ServiceItemMaterial, 'reuse'> }) {
  const { t } = useTranslation('services')
  const licenceName = useLicenceTypeName()
  const reuse = reuseOf(material)
  if (reuse.registry) return <Tag color="cyan">{t('materials.reuseRegistry')}</Tag>
  if (reuse.licenceType !== null)
    return <Tag color="gold">{t('materials.reuseLicence', { licence: licenceName(reuse.licenceType) })}</Tag>
  return null
}

export function MaterialList({ materials }: { materials: ServiceItemMaterial[] }) {
  const { t } = useTranslation('services')
  const { nameOf, otherNameOf } = useLanguage()
  return (
    <PlainList
      items={materials}
      itemKey={(material) => material.code}
      renderItem={(material) => (
        <>
          <span className="g60-material-name">{nameOf(material)}</span>{' '}
          {material.required ? (
            <Tag color="red">{t('materials.required')}</Tag>
          ) : (
            <Tag>{t('materials.optional')}</Tag>
          )}
          <MaterialReuse material={material} />
          <span className="g60-secondary-name">{otherNameOf(material)}</span>
          <Typography.Text type="secondary">
            <CheckCircleOutlined aria-hidden />{' '}
            {t('materials.kinds', { kinds: material.kinds.map((kind) => kind.toUpperCase()).join(' / ') })}
          </Typography.Text>
        </>
      )}
    />
  )
}
