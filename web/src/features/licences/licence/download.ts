// Saving a licence's credential as a JSON file (<id>.json), as it was signed.

/** The credential as the file's text: indented JSON (whitespace does not change what the proofs sign). */
export function credentialFileText(credential: Record<string, unknown>): string {
  return `${JSON.stringify(credential, null, 2)}\n`
}

/** The file's name: the licence's id, safe as a file name. */
export function credentialFileName(id: string): string {
  return `${id.replace(/[^\w.-]/g, '_')}.json`
}

export function downloadCredential(id: string, credential: Record<string, unknown>) {
  const blob = new Blob([credentialFileText(credential)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = credentialFileName(id)
  document.body.append(link)
  link.click()
  link.remove()
  // after the click has handed the file to the browser's download
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
