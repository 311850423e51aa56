import { useEffect, useState } from 'react'

/**
 * The current time (epoch milliseconds), read when the component mounts and, with `refreshMs`, again at that
 * interval: a render stays pure (the same props give the same page) while what depends on the clock keeps up.
 */
export function useNow(refreshMs?: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (refreshMs === undefined) return
    const timer = window.setInterval(() => setNow(Date.now()), refreshMs)
    return () => window.clearInterval(timer)
  }, [refreshMs])
  return now
}
