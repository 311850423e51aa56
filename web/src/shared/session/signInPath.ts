export type SignInReason = 'expired' | 'signed_out'

/** Only same-site paths are followed after sign-in; anything else returns home. */
export function safeReturnPath(candidate: string | null): string {
  if (candidate === null || !candidate.startsWith('/') || candidate.startsWith('//')) return '/'
  if (candidate === '/login' || candidate.startsWith('/login?')) return '/'
  return candidate
}

export function signInPathFor(returnPath: string, reason?: SignInReason): string {
  const parameters = new URLSearchParams()
  const safe = safeReturnPath(returnPath)
  if (safe !== '/') parameters.set('returnTo', safe)
  if (reason !== undefined) parameters.set('reason', reason)
  const query = parameters.toString()
  return query === '' ? '/login' : `/login?${query}`
}
