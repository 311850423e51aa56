// The rule's conditions, each labelled in both languages with its CEL expression (at least one, at most the API's
// bound), and the award formula; a refused expression shows the problem under it.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Form, Input, Row, Typography, type FormInstance } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExpressionInput, RefusalUnder } from './ExpressionField'
import { blankCondition, ruleBounds, type EditorValues } from './ruleDraft'
import { refusalIsFor, type RuleRefusal } from './ruleRefusal'

interface Props {
  form: FormInstance<EditorValues>
  refusal: RuleRefusal | null
}

export function ConditionsList({ form, refusal }: Props) {
  const { t } = useTranslation('policies')
  return (
    <Form.List
      name="conditions"
      rules={[
        {
          validator: async (_, conditions: unknown[] | undefined) => {
            if (conditions === undefined || conditions.length === 0) throw new Error(t('editor.atLeastOne'))
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap="middle">
          {fields.map((field, index) => (
            <div key={field.key} className="g60-condition-editor" data-testid="condition-editor">
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Typography.Text strong>{t('editor.conditionNumber', { number: index + 1 })}</Typography.Text>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('editor.removeCondition', { number: index + 1 })}
                />
              </Flex>
              <ConditionFields name={field.name} />
              <RefusalUnder
                form={form}
                path={['conditions', field.name, 'expression']}
                refusal={refusalIsFor(refusal, 'condition', index) ? refusal : null}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined />}
            type="dashed"
            disabled={fields.length >= ruleBounds.conditionsMax}
            onClick={() => add({ ...blankCondition })}
          >
            {t('editor.addCondition', { max: ruleBounds.conditionsMax })}
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

/** One condition's labels (Chinese, English) and expression. */
function ConditionFields({ name }: { name: number }) {
  const { t } = useTranslation('policies')
  const required = { required: true, whitespace: true, message: t('editor.required') }
  const tooLong = (max: number) => ({ max, message: t('editor.tooLong') })
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'labelZh']}
            label={t('editor.labelZh')}
            rules={[required, tooLong(ruleBounds.labelZhLengthMax)]}
          >
            <Input lang="zh-CN" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'labelEn']}
            label={t('editor.labelEn')}
            rules={[required, tooLong(ruleBounds.labelEnLengthMax)]}
          >
            <Input lang="en" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={[name, 'expression']}
        label={t('editor.expression')}
        rules={[required, tooLong(ruleBounds.expressionLengthMax)]}
        style={{ marginBottom: 0 }}
      >
        <ExpressionInput />
      </Form.Item>
    </>
  )
}

/** The award formula: what a qualifying firm is awarded, in fen. */
export function AwardExpressionField({ form, refusal }: Props) {
  const { t } = useTranslation('policies')
  return (
    <>
      <Form.Item
        name="awardExpression"
        label={t('editor.awardExpression')}
        extra={t('editor.awardHint')}
        rules={[
          { required: true, whitespace: true, message: t('editor.required') },
          { max: ruleBounds.expressionLengthMax, message: t('editor.tooLong') },
        ]}
        style={{ marginTop: 16, marginBottom: 0 }}
      >
        <ExpressionInput />
      </Form.Item>
      <RefusalUnder
        form={form}
        path={['awardExpression']}
        refusal={refusalIsFor(refusal, 'award') ? refusal : null}
      />
    </>
  )
}
