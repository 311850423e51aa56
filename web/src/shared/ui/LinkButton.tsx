import { Button, type ButtonProps } from 'antd'
import type { MouseEvent } from 'react'
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
