// The fields every form writes the same way: text (a line, or a text area with a count) and amounts in yuan,
// each required and bounded as the API is, and whole percentages.
import { Form, Input, InputNumber, type FormRule, type InputNumberProps } from 'antd'
import type { ReactNode } from 'react'
import { useFormRules } from './formRules'
import { YuanInput } from './YuanInput'
import { useYuanRule } from './yuanRule'

interface FieldProps {
  name: string
  label: string
  extra?: ReactNode
  /** fields whose change checks this one again */
  dependencies?: string[]
}

/** Required text of at most `max` characters: a line, or given `rows` a text area that counts what is left. */
export function TextField({
  max,
  rows,
  lang,
  disabled,
  ...item
}: FieldProps & { max: number; rows?: number; lang?: string; disabled?: boolean }) {
  const { text } = useFormRules()
  return (
    <Form.Item {...item} rules={text(max)}>
      {rows === undefined ? (
        <Input lang={lang} disabled={disabled} />
      ) : (
        <Input.TextArea lang={lang} rows={rows} maxLength={max} showCount />
      )}
    </Form.Item>
  )
}

/** A required amount in yuan, from `minFen` (a fen, unless told otherwise) to `maxFen`, and any further `rules`. */
export function YuanField({
  maxFen,
  minFen,
  rules = [],
  disabled,
  ...item
}: FieldProps & { maxFen: number; minFen?: number; rules?: FormRule[]; disabled?: boolean }) {
  const { required } = useFormRules()
  const yuanRule = useYuanRule()
  return (
    <Form.Item {...item} rules={[required, yuanRule({ minFen, maxFen }), ...rules]}>
      <YuanInput disabled={disabled} />
    </Form.Item>
  )
}

/** A whole percentage (1 to 100, unless told otherwise). */
export function PercentInput(props: InputNumberProps<number>) {
  return <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: '100%' }} {...props} />
}
