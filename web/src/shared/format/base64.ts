/** A file's content as Base64 (for JSON bodies that carry a file), read by the browser. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const dataUrl = reader.result
      if (typeof dataUrl === 'string') resolve(dataUrl.slice(dataUrl.indexOf(',') + 1))
      else reject(new Error('the file could not be read as a data URL'))
    }
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsDataURL(file)
  })
}
