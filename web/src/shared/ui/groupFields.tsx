// Form controls whose element is a group: antd's Form.Item marks a required field's control `aria-required`, which
// ARIA does not allow on a plain group (a checkbox group's div, a rating's list; axe's aria-allowed-attr, WCAG
// 4.1.2). These drop that one attribute and pass on the rest. The field's asterisk says it is required, and its error
// message is linked to the control through aria-describedby.
import { Checkbox, Rate, type GetProps } from 'antd'

type Required = { 'aria-required'?: unknown }

export function CheckboxGroupField(props: GetProps<typeof Checkbox.Group> & Required) {
  const { 'aria-required': required, ...groupProps } = props
  // read so the linter sees it used: the attribute is dropped on purpose
  void required
  return <Checkbox.Group {...groupProps} />
}

export function RateField(props: GetProps<typeof Rate> & Required) {
  const { 'aria-required': required, ...rateProps } = props
  void required
  return <Rate {...rateProps} />
}
