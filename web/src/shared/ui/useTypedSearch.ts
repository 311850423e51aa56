// What a person types into a searching picker, asked of the server once they pause: one request per pause, not one
// per key.
import { useEffect, useState } from 'react'

const pauseMs = 300

/** `setText` takes each keystroke; `query` is the trimmed text once typing has paused (empty: no search). */
export function useTypedSearch(): { query: string; setText: (text: string) => void } {
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), pauseMs)
    return () => window.clearTimeout(timer)
  }, [text])
  return { query, setText }
}
