// One material of an application: a file chosen here (the kinds it takes, at most 8 MB, its size shown), or, where
// the material allows it, the firm's registry record or an approved earlier case that issued the licence it needs.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Flex, Radio, Select, Typography, Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useLicenceTypeName } from '../common/LicenceName'
import type { ServiceItemMaterial } from '../common/services.types'
import { acceptOf, fileSizeText, materialBytesMax, reuseOf, type MaterialValue } from './applicationForm'
import type { LicenceCase } from './licenceCases'

interface MaterialInputProps {
  id?: string
  material: ServiceItemMaterial
  /** the approved cases that issued the licence this material may point at */
  licenceCases: LicenceCase[]
  /** the firm's registry record may stand in (firms only) */
  registryAllowed: boolean
  value?: MaterialValue
  onChange?: (value: MaterialValue) => void
}

export function MaterialInput({
  id,
  material,
  licenceCases,
  registryAllowed,
  value,
  onChange,
}: MaterialInputProps) {
  const { t } = useTranslation('services')
  const { language, nameOf } = useLanguage()
  const licenceName = useLicenceTypeName()
  const reuse = reuseOf(material)
  const current: MaterialValue = value ?? { source: 'upload', file: undefined }
  const canUseRegistry = reuse.registry && registryAllowed
  const kinds = material.kinds.map((kind) => kind.toUpperCase()).join(' / ')
  const sizeMax = fileSizeText(materialBytesMax, language)

  const choose = (source: MaterialValue['source']) =>
    onChange?.(
      source === 'upload'
        ? { source, file: undefined }
        : source === 'registry'
          ? { source }
          : { source, referenceId: licenceCases.length === 1 ? licenceCases[0]?.id : undefined },
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
                    disabled: licenceCases.length === 0,
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
          aria-label={t('apply.chooseLicenceCase', { licence: licenceName(reuse.licenceType) })}
          placeholder={t('apply.chooseLicenceCase', { licence: licenceName(reuse.licenceType) })}
          value={current.referenceId}
          onChange={(referenceId: string) => onChange?.({ source: 'licence', referenceId })}
          options={licenceCases.map((found) => ({
            value: found.id,
            label: `${found.number} · ${nameOf(found.item)}`,
          }))}
          style={{ maxWidth: '100%' }}
        />
      )}
      {reuse.licenceType !== null && licenceCases.length === 0 && (
        <Typography.Text type="secondary">
          {t('apply.noLicenceCase', { licence: licenceName(reuse.licenceType) })}
        </Typography.Text>
      )}
    </Flex>
  )
}
