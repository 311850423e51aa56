// A table wider than a phone scrolls sideways inside its card, and a long drawer scrolls down; a keyboard user can
// scroll either only if the scrolling element, or something in it, takes the focus (WCAG 2.1.1, axe's
// scrollable-region-focusable). antd gives its scroll containers no tabindex, so the console gives one to each that
// scrolls, as pages render and the window changes size. Drawers and dialogs render outside the page's content (at
// the end of the body), so the whole body is watched.
import { useEffect } from 'react'

const scrollContainers =
  '.ant-table-content, .ant-table-body, .ant-table-container, .ant-drawer-body, .ant-modal-body'

function scrolls(element: HTMLElement) {
  return element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight
}

function markScrollingRegions(root: HTMLElement) {
  for (const element of root.querySelectorAll<HTMLElement>(scrollContainers)) {
    if (scrolls(element) && !element.hasAttribute('tabindex')) element.tabIndex = 0
  }
}

export function useFocusableScrollRegions() {
  useEffect(() => {
    const root = document.body
    let frame = 0
    // marked once per frame however many changes the frame brings
    const schedule = () => {
      if (frame !== 0) return
      frame = requestAnimationFrame(() => {
        frame = 0
        markScrollingRegions(root)
      })
    }
    const observer = new MutationObserver(schedule)
    observer.observe(root, { childList: true, subtree: true })
    window.addEventListener('resize', schedule)
    schedule()
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', schedule)
      cancelAnimationFrame(frame)
    }
  }, [])
}
