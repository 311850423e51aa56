// antd's Result carries its 403, 404 and 500 illustrations (large SVGs) whichever status is shown. Error pages are
// rare, so it is fetched when one is first shown instead of with every first screen.
import type { ResultProps } from 'antd'
import { lazy, Suspense } from 'react'

const Result = lazy(() => import('antd/es/result').then((module) => ({ default: module.default })))

export function LazyResult(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  )
}
