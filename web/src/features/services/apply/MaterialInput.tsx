// One material of an application: a file chosen here (the kinds it takes, at most 8 MB, its size shown), or, where
// the material allows it, the firm's registry record or the licence it needs: a firm's active licence from its
// wallet, a professional's approved earlier case that issued it.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Flex, Radio, Select, Typography, Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { LicenceChoice } from '../../licences/picker/walletChoices'
import { useLicenceTypeName } from '../common/LicenceName'
import type { ServiceItemMaterial } from '../common/services.types'
import { acceptOf, fileSizeText, materialBytesMax, reuseOf, type MaterialValue } from './applicationForm'

interface MaterialInputProps {
  id?: string
  material: ServiceItemMaterial
  /** what this material may point at instead of a file: the firm's licences, or the approved cases that issued one */
  licenceChoices: LicenceChoice[]
  /** the choices are licences from the firm's wallet (else approved cases) */
  fromWallet: boolean
  /** the firm's registry record may stand in (firms only) */
  registryAllowed: boolean
  value?: MaterialValue
  onChange?: (value: MaterialValue) => void
}

export function MaterialInput({
  id,
  material,
  licenceChoices,
  fromWallet,
  registryAllowed,
  value,
  onChange,
}: MaterialInputProps) {
  const { t } = useTranslation(['services', 'licences'])
  const { language } = useLanguage()
  const licenceName = useLicenceTypeName()
  const reuse = reuseOf(material)
  const current: MaterialValue = value ?? { source: 'upload', file: undefined }
  const canUseRegistry = reuse.registry && registryAllowed
  const kinds = material.kinds.map((kind) => kind.toUpperCase()).join(' / ')
  const sizeMax = fileSizeText(materialBytesMax, language)
  const chooseLicence = (type: string) =>
    fromWallet
      ? t('licences:picker.choose', { licence: licenceName(type) })
      : t('apply.chooseLicenceCase', { licence: licenceName(type) })

  const choose = (source: MaterialValue['source']) =>
    onChange?.(
      source === 'upload'
        ? { source, file: undefined }
        : source === 'registry'
          ? { source }
          : { source, referenceId: licenceChoices.length === 1 ? licenceChoices[0]?.value : undefined },
    )

  return (
    <Flex vertical gap="small" className="g60-material-choice" data-testid={`material-${material.code}`}>
      {(canUseRegistry || reuse.licenceType !== null) && (
        <Radio.Group
          id={id}
          value={current.source}
          onChange={(event) => choose(event.target.value as MaterialValue['source'])}
          options={[
            { value: 'upload', label: t('apply.sourceUpload') },
            ...(canUseRegistry ? [{ value: 'registry', label: t('apply.sourceRegistry') }] : []),
            ...(reuse.licenceType !== null
              ? [
                  {
                    value: 'licence',
                    label: t('apply.sourceLicence'),
                    disabled: licenceChoices.length === 0,
                  },
                ]
              : []),
          ]}
        />
      )}
      {current.source === 'upload' && (
        <>
          <Flex gap="small" align="center" wrap>
            <Upload
              accept={acceptOf(material.kinds)}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                onChange?.({ source: 'upload', file })
                // kept here and sent with the application, not uploaded on its own
                return false
              }}
            >
              <Button
                icon={<UploadOutlined />}
                id={canUseRegistry || reuse.licenceType !== null ? undefined : id}
              >
                {current.file === undefined ? t('apply.chooseFile') : t('apply.chooseAnother')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">
              {t('apply.fileRule', { kinds, size: sizeMax })}
            </Typography.Text>
          </Flex>
          {current.file !== undefined && (
            <Flex gap="small" align="center" wrap data-testid="chosen-file">
              <PaperClipOutlined aria-hidden />
              <Typography.Text style={{ wordBreak: 'break-all' }}>{current.file.name}</Typography.Text>
              <Typography.Text type="secondary">{fileSizeText(current.file.size, language)}</Typography.Text>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('apply.removeFile', { file: current.file.name })}
                onClick={() => onChange?.({ source: 'upload', file: undefined })}
              />
            </Flex>
          )}
        </>
      )}
      {current.source === 'registry' && (
        <Typography.Text type="secondary">{t('apply.registryExplained')}</Typography.Text>
      )}
      {current.source === 'licence' && reuse.licenceType !== null && (
        <Select
          aria-label={chooseLicence(reuse.licenceType)}
          placeholder={chooseLicence(reuse.licenceType)}
          value={current.referenceId}
          onChange={(referenceId: string) => onChange?.({ source: 'licence', referenceId })}
          options={licenceChoices}
          style={{ maxWidth: '100%' }}
          data-testid="licence-choice"
        />
      )}
      {reuse.licenceType !== null && licenceChoices.length === 0 && (
        <Typography.Text type="secondary">
          {fromWallet
            ? t('licences:picker.none', { licence: licenceName(reuse.licenceType) })
            : t('apply.noLicenceCase', { licence: licenceName(reuse.licenceType) })}
        </Typography.Text>
      )}
    </Flex>
  )
}
