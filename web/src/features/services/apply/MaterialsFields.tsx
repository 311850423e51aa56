// The materials of an application (or of a supplement), one form field each: an application needs every required
// material; a supplement hands in whichever the office asked for, at least one. A material a licence stands in for
// (licence:<Type>) offers a firm its active licences of the type from its wallet, a professional the approved cases
// that issued it.
import { Form, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useWalletChoices, type LicenceChoice } from '../../licences/picker/walletChoices'
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
  const fromWallet = useCurrentUser().role === 'firm'
  const licenceTypes = [...new Set(materials.flatMap((material) => reuseOf(material).licenceType ?? []))]
  const wallet = useWalletChoices(fromWallet ? licenceTypes : [])
  const licences = useLicenceCases(licenceTypes.length > 0 && !fromWallet)
  const choicesOf = (licenceType: string): LicenceChoice[] =>
    fromWallet
      ? (wallet.byType.get(licenceType) ?? [])
      : (licences.byType.get(licenceType) ?? []).map((found) => ({
          value: found.id,
          label: `${found.number} · ${nameOf(found.item)}`,
        }))
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
              licenceChoices={licenceType === null ? [] : choicesOf(licenceType)}
              fromWallet={fromWallet}
            />
          </Form.Item>
        )
      })}
    </>
  )
}
