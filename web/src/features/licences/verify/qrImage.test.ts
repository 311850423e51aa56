import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrTextOfPixels, scaledSize } from './qrImage'
import { verifyTargetOf } from './verifyInput'

/** A QR code drawn as a canvas would give it: RGBA pixels, `scale` pixels a module, a white quiet zone around. */
function pixelsOfCode(text: string, scale = 4, quietModules = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const side = (modules.size + 2 * quietModules) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column) === 0) continue
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const offset =
            ((row + quietModules) * scale + y) * side * 4 + ((column + quietModules) * scale + x) * 4
          pixels[offset] = 0
          pixels[offset + 1] = 0
          pixels[offset + 2] = 0
        }
      }
    }
  }
  return { pixels, width: side, height: side }
}

describe('reading a QR code from a picture', () => {
  const verifyUrl = 'http://127.0.0.1:3100/verify?licence=lic_01jz8k4q2m3n5p6r7s8t9v0w1x'

  it('reads the verify link a licence’s QR code carries, and the licence it names', () => {
    const { pixels, width, height } = pixelsOfCode(verifyUrl)
    const text = qrTextOfPixels(pixels, width, height)
    expect(text).toBe(verifyUrl)
    expect(verifyTargetOf(text ?? '')).toEqual({ kind: 'licence', id: 'lic_01jz8k4q2m3n5p6r7s8t9v0w1x' })
  })

  it('reads a code printed light on dark as well', () => {
    const { pixels, width, height } = pixelsOfCode(verifyUrl, 3)
    for (let offset = 0; offset < pixels.length; offset += 4) {
      pixels[offset] = 255 - (pixels[offset] ?? 0)
      pixels[offset + 1] = 255 - (pixels[offset + 1] ?? 0)
      pixels[offset + 2] = 255 - (pixels[offset + 2] ?? 0)
    }
    expect(qrTextOfPixels(pixels, width, height)).toBe(verifyUrl)
  })

  it('finds nothing in a picture without a code', () => {
    const side = 64
    expect(qrTextOfPixels(new Uint8ClampedArray(side * side * 4).fill(255), side, side)).toBeNull()
  })

  it('scales a large picture down to its longest side, never a small one up', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(scaledSize(1080, 1920)).toEqual({ width: 900, height: 1600 })
    expect(scaledSize(480, 480)).toEqual({ width: 480, height: 480 })
    expect(scaledSize(0, 0)).toEqual({ width: 1, height: 1 })
  })
})
