// Geometry of the home map, all from the cities' coordinates: the frame that keeps east-west and north-south
// distances true at the corridor's latitude, and the shortest network joining the nine cities.

export interface Place {
  code: string
  longitude: number
  latitude: number
}

const degreesToRadians = Math.PI / 180
const framePaddingDegrees = 0.45

export interface MapFrame {
  minLongitude: number
  maxLongitude: number
  minLatitude: number
  maxLatitude: number
  /** width ÷ height of the framed area drawn at true scale */
  aspectRatio: number
}

export function mapFrame(places: readonly Place[]): MapFrame {
  const longitudes = places.map((place) => place.longitude)
  const latitudes = places.map((place) => place.latitude)
  const minLongitude = Math.min(...longitudes) - framePaddingDegrees
  const maxLongitude = Math.max(...longitudes) + framePaddingDegrees
  const minLatitude = Math.min(...latitudes) - framePaddingDegrees
  const maxLatitude = Math.max(...latitudes) + framePaddingDegrees
  const middleLatitude = (minLatitude + maxLatitude) / 2
  const eastWestKm = (maxLongitude - minLongitude) * Math.cos(middleLatitude * degreesToRadians)
  const northSouthKm = maxLatitude - minLatitude
  return { minLongitude, maxLongitude, minLatitude, maxLatitude, aspectRatio: eastWestKm / northSouthKm }
}

function distance(first: Place, second: Place): number {
  const middleLatitude = ((first.latitude + second.latitude) / 2) * degreesToRadians
  const east = (first.longitude - second.longitude) * Math.cos(middleLatitude)
  const north = first.latitude - second.latitude
  return Math.hypot(east, north)
}

/** The minimum spanning tree of the places (Prim): each link joins a city to its nearest unjoined neighbour. */
export function shortestNetwork<Item extends Place>(places: readonly Item[]): [Item, Item][] {
  const [first, ...rest] = places
  if (first === undefined) return []
  const joined: Item[] = [first]
  let waiting = rest
  const links: [Item, Item][] = []
  while (waiting.length > 0) {
    let best: { from: Item; to: Item; length: number } | null = null
    for (const from of joined) {
      for (const to of waiting) {
        const length = distance(from, to)
        if (best === null || length < best.length) best = { from, to, length }
      }
    }
    if (best === null) break
    const next = best
    links.push([next.from, next.to])
    joined.push(next.to)
    waiting = waiting.filter((place) => place !== next.to)
  }
  return links
}
