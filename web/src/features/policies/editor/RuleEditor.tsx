// The rule editor of an item, for its issuing city's officers and the corridor office: each condition's label in
// both languages and its CEL expression, the award formula; a draft tested on one firm today (its outcome, amount and
// trace, nothing stored); and saved as a new version from a day on (today or later). A refused expression shows the
// problem under it, with a caret at its position.
import { Button, Card, Form, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PolicyItem } from '../common/policies.types'
import { AwardExpressionField, ConditionsList } from './ConditionsList'
import { initialValuesOf, type EditorValues } from './ruleDraft'
import { ruleRefusalOf } from './ruleRefusal'
import { RuleTestPanel } from './RuleTestPanel'
import { SaveBar } from './SaveBar'
import { useRuleMoves } from './useRuleMoves'

export function RuleEditor({
  item,
  cityOfFirms,
  onClose,
}: {
  item: PolicyItem
  /** an officer tests on its own city's firms; the office on any */
  cityOfFirms: string | undefined
  onClose: () => void
}) {
  const { t } = useTranslation('policies')
  const [form] = Form.useForm<EditorValues>()
  const { test, save, failure, runTest, saveVersion } = useRuleMoves(item.id, form, onClose)
  const refusal = ruleRefusalOf(failure?.error)
  return (
    <Card
      title={t('editor.title')}
      extra={<Button onClick={onClose}>{t('editor.cancel')}</Button>}
      data-testid="rule-editor"
    >
      <Typography.Paragraph type="secondary">{t('editor.explained')}</Typography.Paragraph>
      <Form<EditorValues>
        form={form}
        layout="vertical"
        initialValues={initialValuesOf(item)}
        onFinish={saveVersion}
        requiredMark={false}
      >
        <ConditionsList form={form} refusal={refusal} />
        <AwardExpressionField form={form} refusal={refusal} />
        <RuleTestPanel
          category={item.category}
          cityOfFirms={cityOfFirms}
          result={test.data}
          pending={test.isPending}
          failure={failure?.from === 'test' ? failure : null}
          onTest={(firmId) => void runTest(firmId)}
        />
        <SaveBar
          item={item}
          pending={save.isPending}
          failure={failure?.from === 'save' ? failure : null}
          onClose={onClose}
        />
      </Form>
    </Card>
  )
}
