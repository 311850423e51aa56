// Handing in what was asked for, with the same fields as the application: to the window (补正, the case goes back
// to its intake queue) or to the deciding office (the clock runs again). At least one material.
import { Alert, Form, Skeleton } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { QueryError } from '../../../shared/ui/PageError'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { claimsOf, type MaterialValues } from '../apply/applicationForm'
import { MaterialsFields } from '../apply/MaterialsFields'
import { useAddMaterials, useItem } from '../common/services.queries'

export function AddMaterialsDialog({
  caseId,
  itemCode,
  move,
  request,
  onDone,
  onClose,
}: {
  caseId: string
  itemCode: string
  move: 'supplement' | 'resume'
  /** what the office asked for, as its note said */
  request: string | null
  onDone: () => void
  onClose: () => void
}) {
  const { t } = useTranslation('services')
  const user = useCurrentUser()
  const item = useItem(itemCode)
  const addMaterials = useAddMaterials()
  const [form] = Form.useForm<{ materials: MaterialValues }>()
  const [nothingChosen, setNothingChosen] = useState(false)
  return (
    <FormDialog
      form={form}
      width={720}
      title={t(move === 'supplement' ? 'moves.supplementTitle' : 'moves.resumeTitle')}
      okText={t(move === 'supplement' ? 'moves.supplement' : 'moves.resume')}
      mutation={addMaterials}
      onClose={onClose}
      explained={t(move === 'supplement' ? 'moves.supplementExplained' : 'moves.resumeExplained')}
      intro={
        <>
          {request !== null && (
            <Alert
              type="warning"
              showIcon
              title={t('moves.asked')}
              description={request}
              style={{ marginBottom: 16 }}
            />
          )}
          {nothingChosen && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('moves.nothingChosen')}
              style={{ marginBottom: 16 }}
            />
          )}
        </>
      }
      testId="add-materials-form"
      onFinish={(values) => {
        if (item.data === undefined) return
        const { claims, files } = claimsOf(item.data.materials, values.materials)
        setNothingChosen(claims.length === 0)
        if (claims.length === 0) return
        addMaterials.mutate(
          { id: caseId, move, application: { materials: claims }, files },
          { onSuccess: onDone },
        )
      }}
    >
      <QueryError query={item} />
      {item.isPending ? (
        <Skeleton active />
      ) : (
        item.data !== undefined && (
          <MaterialsFields
            materials={item.data.materials}
            requireAsItemSays={false}
            registryAllowed={user.role === 'firm'}
          />
        )
      )}
    </FormDialog>
  )
}
