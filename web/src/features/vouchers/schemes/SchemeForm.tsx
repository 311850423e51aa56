// The scheme editor: every rule of a scheme, amounts in yuan. The city, voucher type and settlement model are
// chosen when a scheme is created and fixed after that.
import { Alert, Button, Flex, Form } from 'antd'
import type { ReactNode } from 'react'
import type { VoucherScheme } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { SchemeBasicsSection } from './SchemeBasicsSection'
import { SchemeBudgetSection } from './SchemeBudgetSection'
import type { SchemeFormValues } from './schemeFormValues'
import { SchemeUseSection } from './SchemeUseSection'

interface SchemeFormProps {
  /** the scheme being edited; absent when a new one is created */
  scheme?: VoucherScheme
  initialValues: Partial<SchemeFormValues>
  /** an officer creates schemes of its own city only */
  cityChoice: boolean
  submitting: boolean
  error: unknown
  onSubmit: (values: SchemeFormValues) => void
  submitLabel: string
  extraActions?: ReactNode
}

export function SchemeForm(props: SchemeFormProps) {
  const { scheme, initialValues, cityChoice, submitting, error, onSubmit, submitLabel, extraActions } = props
  const errorText = useErrorText()

  return (
    <Form<SchemeFormValues>
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="scheme-form"
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error)} />}
        <SchemeBasicsSection scheme={scheme} cityChoice={cityChoice} />
        <SchemeBudgetSection />
        <SchemeUseSection editing={scheme !== undefined} />
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {extraActions}
        </Flex>
      </Flex>
    </Form>
  )
}
