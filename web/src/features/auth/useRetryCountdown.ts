import { useEffect, useState } from 'react'

/** Seconds left before a rate-limited username may try again; counts down to zero once a second. */
export function useRetryCountdown() {
  const [until, setUntil] = useState<{ username: string; atMs: number } | null>(null)
  const [nowMs, setNowMs] = useState(() => Date.now())

  useEffect(() => {
    if (until === null) return
    const timer = window.setInterval(() => setNowMs(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [until])

  return {
    secondsLeft: (username: string) =>
      until === null || until.username !== username ? 0 : Math.max(0, Math.ceil((until.atMs - nowMs) / 1000)),
    start: (username: string, seconds: number) => {
      setNowMs(Date.now())
      setUntil({ username, atMs: Date.now() + seconds * 1000 })
    },
  }
}
