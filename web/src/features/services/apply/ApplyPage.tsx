// Applying for a service item (申办): the window city where the case is handed in (none for an item handled fully
// online: its competent city receives it), what it is for, and each material the item asks for, uploaded or taken
// from what the platform already holds. Sent as one multipart request.
import { Alert, App, Button, Card, Col, Flex, Form, Row, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCityOptions } from '../../../shared/reference/options'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useReferenceRefusalText } from '../../licences/picker/walletChoices'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { CompetentOffice, TimeLimits, itemPath } from '../catalogue/ItemTable'
import { mayApply } from '../common/applicant'
import { casePath } from '../common/CaseTable'
import { ModeTag } from '../common/StatusTags'
import { useFileCase, useItem } from '../common/services.queries'
import type { ServiceItem } from '../common/services.types'
import {
  applicationOf,
  initialMaterialValue,
  type ApplicationFormValues,
  type MaterialValues,
} from './applicationForm'
import { MaterialsFields } from './MaterialsFields'

/** the API's bound on what a case is for */
const purposeLengthMax = 500

export function ApplyPage() {
  const code = useParams().code ?? ''
  return <QueryPage query={useItem(code)}>{(item) => <ApplyView item={item} />}</QueryPage>
}

function ApplyView({ item }: { item: ServiceItem }) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const user = useCurrentUser()
  if (!mayApply(user.role, item)) {
    return (
      <>
        <PageTitle title={t('apply.title', { item: nameOf(item) })} />
        <Alert type="warning" showIcon title={t('apply.notForYou')} />
      </>
    )
  }
  return (
    <>
      <PageTitle title={t('apply.title', { item: nameOf(item) })} subtitle={t('apply.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ApplicationForm item={item} />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('apply.aboutItem')}>
            <Flex vertical gap="small">
              <div>
                <ModeTag mode={item.mode} />
              </div>
              <Typography.Text type="secondary">{t(`enums.modeExplained.${item.mode}`)}</Typography.Text>
              <div>
                <CompetentOffice item={item} />
              </div>
              <div>
                <TimeLimits item={item} />
              </div>
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  )
}

function ApplicationForm({ item }: { item: ServiceItem }) {
  const { t } = useTranslation('services')
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const { required } = useFormRules()
  const cities = useCityOptions()
  const fileCase = useFileCase()
  const refusalText = useReferenceRefusalText()
  const [form] = Form.useForm<ApplicationFormValues>()
  const registryAllowed = user.role === 'firm'
  const materials: MaterialValues = Object.fromEntries(
    item.materials.map((material) => [
      material.code,
      registryAllowed ? initialMaterialValue(material) : { source: 'upload' as const, file: undefined },
    ]),
  )
  const initialValues: Partial<ApplicationFormValues> = {
    materials,
    ...(item.mode !== 'online' && isOneOf(cityCodes, user.cityCode) ? { windowCityCode: user.cityCode } : {}),
  }

  const onFinish = (values: ApplicationFormValues) =>
    fileCase.mutate(applicationOf(item, values), {
      onSuccess: (created) => {
        notification.success({ title: t('apply.filed', { number: created.number }) })
        void navigate(casePath(created.id))
      },
    })

  return (
    <Card title={t('apply.formTitle')}>
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        scrollToFirstError
        data-testid="application-form"
      >
        <FailureAlert error={fileCase.error} description={refusalText(fileCase.error)} spaced />
        {item.mode === 'online' ? (
          <Alert type="info" showIcon title={t('apply.onlineWindow')} style={{ marginBottom: 16 }} />
        ) : (
          <Form.Item
            name="windowCityCode"
            label={t('apply.windowCity')}
            extra={t('apply.windowCityHint')}
            rules={[required]}
          >
            <Select
              options={cities.options}
              loading={cities.loading}
              placeholder={t('apply.chooseWindowCity')}
            />
          </Form.Item>
        )}
        <TextField
          name="purpose"
          label={t('apply.purpose')}
          extra={t('apply.purposeHint')}
          max={purposeLengthMax}
          rows={3}
        />
        <Typography.Title level={5}>{t('apply.materials')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('apply.materialsHint')}</Typography.Paragraph>
        <MaterialsFields materials={item.materials} requireAsItemSays registryAllowed={registryAllowed} />
        <Flex gap="small" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={fileCase.isPending}>
            {t('apply.submit')}
          </Button>
          <LinkButton to={itemPath(item.code)}>{t('common.back')}</LinkButton>
        </Flex>
      </Form>
    </Card>
  )
}
