// The moves a case's party may take now, as buttons (the server lists them for the caller; it decides again when
// one is sent): the window accepts, asks once for what is missing, or does not accept; the deciding office decides
// or pauses for materials; the applicant hands in materials or withdraws. The dialogs live with the page, not with
// a queue's row: once a move is done the row leaves the queue, and the dialog closes after it.
import { App, Button, Flex } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'
import { caseActions, type CaseAction } from '../common/enums'
import { useWordedMove } from '../common/services.queries'
import { AddMaterialsDialog } from './AddMaterialsDialog'
import { DecideDialog } from './DecideDialog'
import { NoteDialog } from './NoteDialog'

type Dialog =
  | 'request_materials'
  | 'not_accept'
  | 'pause_for_materials'
  | 'decide'
  | 'supplement'
  | 'resume_with_materials'
  | 'withdraw'

const decisions: readonly CaseAction[] = ['approve', 'approve_with_conditions', 'refuse']

export interface MovedCase {
  id: string
  number: string
  item: { code: string }
}

interface Opened {
  dialog: Dialog
  found: MovedCase
  actions: readonly CaseAction[]
  request: string | null
}

export interface MoveOptions {
  /** the note of the office's last request for materials, shown to the applicant who answers it */
  request?: string | null
  size?: 'small' | 'middle'
}

/** The moves of the cases on a page: `buttons` for one case (a row, or the case's page), and the page's dialogs. */
export function useCaseMoves(): {
  buttons: (found: MovedCase, actions: readonly string[], options?: MoveOptions) => ReactNode
  dialogs: ReactNode
} {
  const { t } = useTranslation('services')
  const { notification } = App.useApp()
  const [opened, setOpened] = useState<Opened | null>(null)
  const worded = useWordedMove()
  const close = () => setOpened(null)
  const done = (title: string) => {
    notification.success({ title })
    close()
  }

  const buttons = (found: MovedCase, actions: readonly string[], options: MoveOptions = {}) => {
    const size = options.size ?? 'middle'
    const allowed = caseActions.filter((action) => actions.includes(action))
    const has = (action: CaseAction) => allowed.includes(action)
    const open = (dialog: Dialog) => {
      // a refusal of an earlier move is not this one's
      worded.reset()
      setOpened({ dialog, found, actions: allowed, request: options.request ?? null })
    }
    return (
      <Flex gap="small" wrap data-testid="case-moves">
        {has('accept') && (
          <ConfirmButton
            type="primary"
            size={size}
            question={t('moves.acceptQuestion', { number: found.number })}
            description={t('moves.acceptExplained')}
            okText={t('moves.accept')}
            cancelText={t('common.back')}
            send={() => worded.mutateAsync({ id: found.id, move: 'accept', text: undefined })}
            pending={
              worded.isPending && worded.variables?.id === found.id && worded.variables.move === 'accept'
            }
            done={t('moves.accepted', { number: found.number })}
          >
            {t('moves.accept')}
          </ConfirmButton>
        )}
        {decisions.some(has) && (
          <Button type="primary" size={size} onClick={() => open('decide')}>
            {t('moves.decide')}
          </Button>
        )}
        {has('supplement') && (
          <Button type="primary" size={size} onClick={() => open('supplement')}>
            {t('moves.supplement')}
          </Button>
        )}
        {has('resume_with_materials') && (
          <Button type="primary" size={size} onClick={() => open('resume_with_materials')}>
            {t('moves.resume')}
          </Button>
        )}
        {has('request_materials') && (
          <Button size={size} onClick={() => open('request_materials')}>
            {t('moves.requestMaterials')}
          </Button>
        )}
        {has('pause_for_materials') && (
          <Button size={size} onClick={() => open('pause_for_materials')}>
            {t('moves.pause')}
          </Button>
        )}
        {has('not_accept') && (
          <Button size={size} danger onClick={() => open('not_accept')}>
            {t('moves.notAccept')}
          </Button>
        )}
        {has('withdraw') && (
          <Button size={size} danger onClick={() => open('withdraw')}>
            {t('moves.withdraw')}
          </Button>
        )}
      </Flex>
    )
  }

  return {
    buttons,
    dialogs:
      opened === null ? null : <MoveDialog opened={opened} worded={worded} onDone={done} onClose={close} />,
  }
}

function MoveDialog({
  opened,
  worded,
  onDone,
  onClose,
}: {
  opened: Opened
  worded: ReturnType<typeof useWordedMove>
  onDone: (title: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation('services')
  const { dialog, found } = opened
  switch (dialog) {
    case 'request_materials':
      return (
        <NoteDialog
          title={t('moves.requestMaterialsTitle', { number: found.number })}
          label={t('moves.missing')}
          hint={t('moves.missingHint')}
          okText={t('moves.requestMaterials')}
          intro={t('moves.requestMaterialsExplained')}
          mutation={worded}
          onClose={onClose}
          onSubmit={(note) =>
            worded.mutate(
              { id: found.id, move: 'request-materials', text: note },
              { onSuccess: () => onDone(t('moves.materialsRequested')) },
            )
          }
        />
      )
    case 'pause_for_materials':
      return (
        <NoteDialog
          title={t('moves.pauseTitle', { number: found.number })}
          label={t('moves.missing')}
          hint={t('moves.pauseHint')}
          okText={t('moves.pause')}
          intro={t('moves.pauseExplained')}
          mutation={worded}
          onClose={onClose}
          onSubmit={(note) =>
            worded.mutate(
              { id: found.id, move: 'pause', text: note },
              { onSuccess: () => onDone(t('moves.paused')) },
            )
          }
        />
      )
    case 'not_accept':
      return (
        <ReasonDialog
          title={t('moves.notAcceptTitle', { number: found.number })}
          label={t('moves.notAcceptReason')}
          hint={t('moves.notAcceptHint')}
          okText={t('moves.notAccept')}
          required
          mutation={worded}
          onClose={onClose}
          onSubmit={(reason) =>
            worded.mutate(
              { id: found.id, move: 'not-accept', text: reason },
              { onSuccess: () => onDone(t('moves.notAccepted')) },
            )
          }
        />
      )
    case 'withdraw':
      return (
        <ReasonDialog
          title={t('moves.withdrawTitle', { number: found.number })}
          label={t('moves.withdrawReason')}
          okText={t('moves.withdraw')}
          required={false}
          mutation={worded}
          onClose={onClose}
          onSubmit={(reason) =>
            worded.mutate(
              { id: found.id, move: 'withdraw', text: reason },
              { onSuccess: () => onDone(t('moves.withdrawn')) },
            )
          }
        >
          {t('moves.withdrawExplained')}
        </ReasonDialog>
      )
    case 'decide':
      return (
        <DecideDialog
          caseId={found.id}
          number={found.number}
          actions={opened.actions}
          onClose={onClose}
          onDone={(decision) => onDone(t(`moves.decided.${decision}`, { number: found.number }))}
        />
      )
    case 'supplement':
    case 'resume_with_materials':
      return (
        <AddMaterialsDialog
          caseId={found.id}
          itemCode={found.item.code}
          move={dialog === 'supplement' ? 'supplement' : 'resume'}
          request={opened.request}
          onClose={onClose}
          onDone={() => onDone(t('moves.materialsHandedIn'))}
        />
      )
  }
}
