import { Input, type InputProps } from 'antd'

/** An amount in yuan, typed as text (see parseYuan): a ¥ before it and a decimal keyboard on phones. */
export function YuanInput(props: Omit<InputProps, 'prefix' | 'inputMode'>) {
  return <Input autoComplete="off" placeholder="0.00" {...props} prefix="¥" inputMode="decimal" />
}
