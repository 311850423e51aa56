// Reading a QR code from a picture or a camera frame: the pixels (RGBA, as a canvas gives them) go to jsQR. The pure
// part (pixels in, text out) is tested; drawing a file or a video frame on a canvas is the browser's.
import jsQR from 'jsqr'

/** the longest side a picture is scaled down to before it is read: enough for a code, quick on a phone */
export const imageSideMax = 1600

/** The text of the QR code in the pixels, or null when there is none. */
export function qrTextOfPixels(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  const found = jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' })
  return found === null || found.data === '' ? null : found.data
}

/** A picture's size once scaled down (never up) so that its longest side is at most `sideMax`. */
export function scaledSize(
  width: number,
  height: number,
  sideMax = imageSideMax,
): { width: number; height: number } {
  const scale = Math.min(1, sideMax / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** The pixels of a picture or a video frame drawn on a canvas, on white (a transparent PNG reads as dark). */
export function pixelsOf(
  source: CanvasImageSource,
  sourceWidth: number,
  sourceHeight: number,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): { pixels: Uint8ClampedArray; width: number; height: number } | null {
  const { width, height } = scaledSize(sourceWidth, sourceHeight)
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (context === null) return null
  context.fillStyle = '#fff'
  context.fillRect(0, 0, width, height)
  context.drawImage(source, 0, 0, width, height)
  return { pixels: context.getImageData(0, 0, width, height).data, width, height }
}

/** The text of the QR code in a picture file, or null when none is found; throws when it is no picture. */
export async function qrTextOfImage(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file)
  try {
    const drawn = pixelsOf(bitmap, bitmap.width, bitmap.height)
    return drawn === null ? null : qrTextOfPixels(drawn.pixels, drawn.width, drawn.height)
  } finally {
    bitmap.close()
  }
}
