import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, type ButtonProps } from 'antd'
import type { MouseEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

/** A button that is a real link (open in a new tab works) and navigates inside the console on a plain click. */
export function LinkButton({ to, ...buttonProps }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate()
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    void navigate(to)
  }
  return <Button {...buttonProps} href={to} onClick={onClick} />
}

/** A small link to a record's editor, saying Edit. */
export function EditLink({ to }: { to: string }) {
  const { t } = useTranslation()
  return (
    <LinkButton size="small" icon={<EditOutlined />} to={to}>
      {t('common.edit')}
    </LinkButton>
  )
}

/** The page's primary action: a link to the form that creates a record (a new claim, a new product …). */
export function NewLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <LinkButton type="primary" icon={<PlusOutlined />} to={to}>
      {children}
    </LinkButton>
  )
}
