// An expression's input (CEL, monospaced, as tall as its text), and the server's refusal under it while the
// expression is still the one refused.
import { Form, Input, type FormInstance, type GetProps } from 'antd'
import { ExpressionRefusal } from './ExpressionRefusal'
import type { EditorValues } from './ruleDraft'
import type { RuleRefusal } from './ruleRefusal'

/** takes what a Form.Item gives its control (id, value, onChange) */
export function ExpressionInput(props: GetProps<typeof Input.TextArea>) {
  return (
    <Input.TextArea
      {...props}
      className="g60-expression-input"
      autoSize={{ minRows: 1, maxRows: 6 }}
      spellCheck={false}
    />
  )
}

/** The refusal under an expression, while the expression is still the one refused. */
export function RefusalUnder({
  form,
  path,
  refusal,
}: {
  form: FormInstance<EditorValues>
  path: (string | number)[]
  refusal: RuleRefusal | null
}) {
  const current: unknown = Form.useWatch(path, form)
  if (refusal === null || current !== refusal.expression) return null
  return <ExpressionRefusal refusal={refusal} />
}
