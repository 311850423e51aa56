import { SearchOutlined } from '@ant-design/icons'
import { Input } from 'antd'
import { useEffect, useRef, useState } from 'react'

const debounceMs = 300
const searchLengthMax = 100

interface SearchInputProps {
  id: string
  value: string
  onSearch: (value: string) => void
  placeholder: string
  label: string
}

/**
 * Search as you type: the query follows the text after a short pause, and not while a Chinese input method
 * is still composing characters (pinyin letters are not the word the user means).
 */
export function SearchInput({ id, value, onSearch, placeholder, label }: SearchInputProps) {
  const [text, setText] = useState(value)
  const [compositionsEnded, setCompositionsEnded] = useState(0)
  const composing = useRef(false)
  const lastSent = useRef(value)

  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value
      setText(value)
    }
  }, [value])

  useEffect(() => {
    if (composing.current) return
    const timer = window.setTimeout(() => {
      const query = text.trim()
      if (query === lastSent.current) return
      lastSent.current = query
      onSearch(query)
    }, debounceMs)
    return () => window.clearTimeout(timer)
  }, [text, compositionsEnded, onSearch])

  return (
    <Input
      id={id}
      type="search"
      role="searchbox"
      aria-label={label}
      allowClear
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      maxLength={searchLengthMax}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onCompositionStart={() => {
        composing.current = true
      }}
      onCompositionEnd={(event) => {
        composing.current = false
        setText(event.currentTarget.value)
        setCompositionsEnded((count) => count + 1)
      }}
    />
  )
}
