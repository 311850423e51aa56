// Which cell's records are open, kept in the address (`records` = the kind, with `from` and `to`), so that a link
// from the map or a bookmark opens the same records; opening and closing change the three together.
import { useSearchParams } from 'react-router'
import type { FlowKind } from '../common/insights.types'
import { isFlowKind } from '../common/kinds'

export interface OpenCell {
  kind: FlowKind
  from: string | undefined
  to: string | undefined
}

export function cellParameters(kind: FlowKind, from: string, to: string): Record<string, string> {
  return { records: kind, from, to }
}

export function useOpenCell() {
  const [parameters, setParameters] = useSearchParams()
  const kind = parameters.get('records') ?? undefined
  const text = (name: string) => parameters.get(name) ?? undefined
  const cell: OpenCell | null = isFlowKind(kind) ? { kind, from: text('from'), to: text('to') } : null
  const change = (next: Record<string, string> | null) =>
    setParameters(
      (previous) => {
        const updated = new URLSearchParams(previous)
        for (const name of ['records', 'from', 'to']) updated.delete(name)
        for (const [name, value] of Object.entries(next ?? {})) updated.set(name, value)
        return updated
      },
      { replace: next === null },
    )
  return {
    cell,
    open: (kind: FlowKind, from: string, to: string) => change(cellParameters(kind, from, to)),
    close: () => change(null),
  }
}
