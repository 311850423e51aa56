// The materials of an application (or of a supplement), one form field each: an application needs every required
// material; a supplement hands in whichever the office asked for, at least one.
import { Form, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { MaterialReuse } from '../catalogue/MaterialList'
import type { ServiceItemMaterial } from '../common/services.types'
import { materialProblem, reuseOf, type MaterialValue } from './applicationForm'
import { useLicenceCases } from './licenceCases'
import { MaterialInput } from './MaterialInput'

export function MaterialsFields({
  materials,
  requireAsItemSays,
  registryAllowed,
}: {
  materials: ServiceItemMaterial[]
  /** true: the item's required materials must be handed in; false: none is required on its own */
  requireAsItemSays: boolean
  registryAllowed: boolean
}) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const asksForLicence = materials.some((material) => reuseOf(material).licenceType !== null)
  const licences = useLicenceCases(asksForLicence)
  return (
    <>
      {materials.map((material) => {
        const required = requireAsItemSays && material.required
        const licenceType = reuseOf(material).licenceType
        return (
          <Form.Item
            key={material.code}
            name={['materials', material.code]}
            className="g60-material-row"
            label={
              <span>
                {nameOf(material)}{' '}
                {requireAsItemSays && !material.required && <Tag>{t('materials.optional')}</Tag>}
                <MaterialReuse material={material} />
              </span>
            }
            required={required}
            rules={[
              {
                validator: async (_, value: MaterialValue | undefined) => {
                  const problem = materialProblem(material, value, required)
                  if (problem !== null) throw new Error(t(`apply.problems.${problem}`))
                },
              },
            ]}
          >
            <MaterialInput
              material={material}
              registryAllowed={registryAllowed}
              licenceCases={licenceType === null ? [] : (licences.byType.get(licenceType) ?? [])}
            />
          </Form.Item>
        )
      })}
    </>
  )
}
