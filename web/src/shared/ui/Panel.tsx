import type { ReactNode } from 'react'
import './panel.css'

interface PanelProps {
  title?: ReactNode
  extra?: ReactNode
  compact?: boolean
  children: ReactNode
}

/**
 * A card for the first screen: it looks like Ant Design's Card but carries none of its code (Card brings Tabs),
 * which keeps the home page's JavaScript small. Other pages use antd's Card.
 */
export function Panel({ title, extra, compact = false, children }: PanelProps) {
  return (
    <section className={compact ? 'g60-panel g60-panel-compact' : 'g60-panel'}>
      {(title !== undefined || extra !== undefined) && (
        <header className="g60-panel-head">
          <h2 className="g60-panel-title">{title}</h2>
          {extra !== undefined && <div className="g60-panel-extra">{extra}</div>}
        </header>
      )}
      <div className="g60-panel-body">{children}</div>
    </section>
  )
}
