import { Card, Col, Row, Statistic, type ColProps } from 'antd'
import type { ReactNode } from 'react'

export interface Figure {
  key: string
  label: string
  value?: string
  /** the figure drawn otherwise than as its value's text */
  render?: () => ReactNode
}

/** Headline figures side by side, each a small card; `span` says how many share a row on each screen size. */
export function FigureRow({
  figures,
  span,
  loading,
  testId,
}: {
  figures: Figure[]
  span: Pick<ColProps, 'xs' | 'md' | 'lg' | 'xl'>
  loading?: boolean
  testId?: string
}) {
  return (
    <Row gutter={[16, 16]} data-testid={testId}>
      {figures.map((figure) => (
        <Col key={figure.key} {...span}>
          <Card size="small">
            <Statistic
              title={figure.label}
              value={figure.value}
              valueRender={figure.render}
              loading={loading}
            />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
