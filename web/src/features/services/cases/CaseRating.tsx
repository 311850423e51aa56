// 好差评: once a case is closed its applicant rates it once, one to five stars with a comment; the rating then
// shows to everyone who reads the case.
import { App, Button, Flex, Form, Input, Rate, Typography } from 'antd'
import { RateField } from '../../../shared/ui/groupFields'
import { useTranslation } from 'react-i18next'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { useRateCase } from '../common/services.queries'
import type { ServiceCase } from '../common/services.types'

/** the API's bound on a comment */
const commentLengthMax = 500

interface RatingValues {
  rating?: number
  comment?: string
}

export function CaseRating({ found, mayRate }: { found: ServiceCase; mayRate: boolean }) {
  const { t } = useTranslation('services')
  const { notification } = App.useApp()
  const rate = useRateCase()
  const [form] = Form.useForm<RatingValues>()
  if (found.rating !== null) {
    return (
      <Flex vertical gap="small" data-testid="case-rating">
        <Rate disabled value={found.rating} aria-label={t('rating.stars', { count: found.rating })} />
        {found.ratingComment !== null && (
          <Typography.Paragraph style={{ margin: 0 }}>{found.ratingComment}</Typography.Paragraph>
        )}
      </Flex>
    )
  }
  if (!mayRate) return <Typography.Text type="secondary">{t('rating.notYet')}</Typography.Text>
  return (
    <Form<RatingValues>
      form={form}
      layout="vertical"
      data-testid="rating-form"
      onFinish={(values) =>
        rate.mutate(
          {
            id: found.id,
            body: {
              rating: values.rating ?? 0,
              ...(values.comment === undefined || values.comment.trim() === ''
                ? {}
                : { comment: values.comment.trim() }),
            },
          },
          { onSuccess: () => notification.success({ title: t('rating.thanks') }) },
        )
      }
    >
      <FailureAlert error={rate.error} spaced />
      <Form.Item
        name="rating"
        label={t('rating.label')}
        rules={[{ required: true, message: t('rating.required') }]}
      >
        <RateField aria-label={t('rating.label')} />
      </Form.Item>
      <Form.Item name="comment" label={t('rating.comment')}>
        <Input.TextArea rows={2} maxLength={commentLengthMax} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={rate.isPending}>
        {t('rating.submit')}
      </Button>
    </Form>
  )
}
