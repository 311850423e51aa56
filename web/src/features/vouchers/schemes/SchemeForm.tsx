// The scheme editor: every rule of a scheme, amounts in yuan. The city, voucher type and settlement model are
// chosen when a scheme is created and fixed after that.
import { Flex, Form } from 'antd'
import type { VoucherScheme } from '../../../shared/api/types'
import { FormActions, type EditorFormProps } from '../../../shared/ui/EditorForm'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { SchemeBasicsSection } from './SchemeBasicsSection'
import { SchemeBudgetSection } from './SchemeBudgetSection'
import type { SchemeFormValues } from './schemeFormValues'
import { SchemeUseSection } from './SchemeUseSection'

interface SchemeFormProps extends EditorFormProps<SchemeFormValues> {
  /** the scheme being edited; absent when a new one is created */
  scheme?: VoucherScheme
  /** an officer creates schemes of its own city only */
  cityChoice: boolean
}

export function SchemeForm(props: SchemeFormProps) {
  const { scheme, initialValues, cityChoice, submitting, error, onSubmit, submitLabel, backTo } = props

  return (
    <Form<SchemeFormValues>
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="scheme-form"
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        <FailureAlert error={error} />
        <SchemeBasicsSection scheme={scheme} cityChoice={cityChoice} />
        <SchemeBudgetSection />
        <SchemeUseSection editing={scheme !== undefined} />
        <FormActions label={submitLabel} submitting={submitting} backTo={backTo} />
      </Flex>
    </Form>
  )
}
