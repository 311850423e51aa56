// The one corridor map of the console (home, instrument search, clearing): the four provinces from boundary data
// shipped with the console (no online tiles), the G60 line and the nine cities sized by the page's figure.
import type { CSSProperties } from 'react'
import { registerCorridorMap } from './corridorGeo'
import { corridorMapOption, isMapCity, type CorridorMapCity } from './corridorMap'
import { EChart } from './EChart'

interface CorridorMapProps {
  cities: readonly CorridorMapCity[]
  /** a city's figure in words, for its tooltip */
  describe: (code: string) => string
  /** the map in words, for screen readers */
  label: string
  testId: string
  selected?: string | undefined
  onSelect?: (code: string) => void
  onDrawn?: () => void
  frame?: CSSProperties
  fontSize?: number
}

/** width ÷ height of the mapped area */
const aspectRatio = '1.05'

export function CorridorMap(props: CorridorMapProps) {
  registerCorridorMap()
  const { cities, describe, label, testId, selected, onSelect, onDrawn, fontSize } = props
  const option = corridorMapOption({
    cities,
    describe,
    selected,
    ...(fontSize !== undefined ? { fontSize } : {}),
  })
  return (
    <EChart
      option={option}
      label={label}
      testId={testId}
      frame={props.frame ?? { aspectRatio, maxHeight: 620 }}
      onEvents={{
        click: (parameters: unknown) => {
          if (isMapCity(parameters)) onSelect?.(parameters.data.code)
        },
        finished: () => onDrawn?.(),
      }}
    />
  )
}
