// Referring a need to a product grants that institution consent to read the firm's score card: the dialog says who
// will see what, for what, that every read is recorded and that consent can be revoked; it is sent only once the
// firm has ticked that it agrees.
import { Alert, App, Checkbox, Descriptions, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { useInstitution } from '../../registry/institutions/institutions.queries'
import type { Need, ProductSummary } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { useRefer } from '../referrals/referrals.queries'

export function ReferDialog({
  need,
  product,
  onClose,
}: {
  need: Need
  product: ProductSummary
  onClose: () => void
}) {
  const { t } = useTranslation('finance')
  const { language, nameOf } = useLanguage()
  const { notification } = App.useApp()
  const refer = useRefer()
  const institution = useInstitution(product.institutionId)
  const [agreed, setAgreed] = useState(false)
  const institutionName = institution.data === undefined ? product.institutionId : nameOf(institution.data)

  const onOk = () =>
    refer.mutate(
      { needId: need.id, productId: product.id, consent: true },
      {
        onSuccess: () => {
          notification.success({ title: t('refer.done', { institution: institutionName }) })
          onClose()
        },
      },
    )

  return (
    // the refusal is said next to the consent it concerns, above the box to tick
    <ActionDialog
      width={620}
      title={t('refer.title', { institution: institutionName })}
      okText={t('refer.confirm')}
      okDisabled={!agreed}
      onOk={onOk}
      onClose={onClose}
      mutation={{ isPending: refer.isPending, error: null }}
    >
      <div data-testid="consent-dialog">
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'institution', label: t('fields.institution'), children: institutionName },
            { key: 'product', label: t('fields.product'), children: nameOf(product) },
            {
              key: 'need',
              label: t('refer.need'),
              children: `${formatFen(need.amountFen, language)} · ${formatMonths(need.termMonths, t)}`,
            },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Alert
          type="warning"
          showIcon
          title={t('refer.consentTitle', { institution: institutionName })}
          description={
            <ul className="g60-consent-points">
              <li>{t('refer.consentWhat')}</li>
              <li>{t('refer.consentAudit')}</li>
              <li>{t('refer.consentRevoke')}</li>
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
        <FailureAlert error={refer.error} spaced />
        <Checkbox
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
          data-testid="consent-checkbox"
        >
          <Typography.Text strong>{t('refer.agree', { institution: institutionName })}</Typography.Text>
        </Checkbox>
      </div>
    </ActionDialog>
  )
}
