import type { ReactNode } from 'react'
import './page-title.css'

interface PageTitleProps {
  title: ReactNode
  subtitle?: ReactNode
  tags?: ReactNode
  extra?: ReactNode
}

/** The heading of a page (its h1), with tags beside it and actions on the right. */
export function PageTitle({ title, subtitle, tags, extra }: PageTitleProps) {
  return (
    <div className="g60-page-title">
      <div className="g60-page-title-main">
        <div className="g60-page-title-line">
          <h1>{title}</h1>
          {tags}
        </div>
        {subtitle !== undefined && <p className="g60-page-title-subtitle">{subtitle}</p>}
      </div>
      {extra}
    </div>
  )
}
