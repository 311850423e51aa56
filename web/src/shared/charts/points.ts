// What the console's charts read from ECharts' callbacks, and the axis of the nine cities.

/** The index of the category a tooltip's point (or first point) stands at, when it is one. */
export function indexOfPoint(points: unknown): number | null {
  const value = Array.isArray(points) ? points[0] : points
  if (typeof value !== 'object' || value === null || !('dataIndex' in value)) return null
  return typeof value.dataIndex === 'number' ? value.dataIndex : null
}

/** The nine cities along the x axis, every name shown, slanted. */
export function cityAxis(names: string[]) {
  return { type: 'category' as const, data: names, axisLabel: { interval: 0, rotate: 30 } }
}
