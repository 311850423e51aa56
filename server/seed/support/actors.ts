// Who acts in the generated records. The demo accounts do not exist until the seeder creates them, so a record they
// made names them by a placeholder, demoUserToken(username), which the inserts replace by the account's user id;
// everyone else is a synthetic user id that belongs to no account.

export const demoUserTokenPrefix = 'demo-user:'

/** Stands for a demo account's user id until the seeder has created the account. */
export const demoUserToken = (username: string) => `${demoUserTokenPrefix}${username}`

const isDemoUserToken = (value: unknown) => typeof value === 'string' && value.startsWith(demoUserTokenPrefix)

/** The demo account of each organisation that has one (the inverse of the usernames' organisations). */
export function demoUsernameByOrganisation(
  demoOrganisations: ReadonlyMap<string, string>,
): Map<string, string> {
  return new Map([...demoOrganisations].map(([username, id]) => [id, username]))
}

/** Replaces the demo accounts' placeholders (demoUserToken) by their user ids, in copies of the rows that have one
 * (the others are passed on as they are). */
export function withUserIds<Row extends object>(
  rows: readonly Row[],
  userIds: ReadonlyMap<string, string>,
): Row[] {
  const resolve = (value: unknown) => {
    if (typeof value !== 'string' || !isDemoUserToken(value)) return value
    const id = userIds.get(value.slice(demoUserTokenPrefix.length))
    if (id === undefined) throw new Error(`no demo account for ${value}`)
    return id
  }
  return rows.map((row) => {
    if (!Object.values(row).some(isDemoUserToken)) return row
    const copy: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(row)) copy[key] = resolve(value)
    // Every value was copied from the row under its own key: the copy has the row's shape.
    return copy as Row
  })
}
