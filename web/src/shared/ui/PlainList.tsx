import type { Key, ReactNode } from 'react'
import './plain-list.css'

interface PlainListProps<Item> {
  items: readonly Item[]
  itemKey: (item: Item) => Key
  renderItem: (item: Item) => ReactNode
  /** shown at the end of each row */
  renderExtra?: (item: Item) => ReactNode
}

/** A short list of rows (antd's List is deprecated in v6, and Listy is a virtual list for long ones). */
export function PlainList<Item>({ items, itemKey, renderItem, renderExtra }: PlainListProps<Item>) {
  return (
    <ul className="g60-plain-list">
      {items.map((item) => (
        <li key={itemKey(item)}>
          <div className="g60-plain-list-main">{renderItem(item)}</div>
          {renderExtra !== undefined && <div>{renderExtra(item)}</div>}
        </li>
      ))}
    </ul>
  )
}
