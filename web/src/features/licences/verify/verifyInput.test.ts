import { describe, expect, it } from 'vitest'
import { verdicts } from '../common/enums'
import { licenceOfAddress, uploadKindOf, verdictTone, verifyTargetOf } from './verifyInput'

const id = 'lic_01jz8k4q2m3n5p6r7s8t9v0w1x'

describe('what the verify page is given', () => {
  it('takes the licence a verify link names, from any origin, or a bare licence id', () => {
    expect(verifyTargetOf(`https://g60.example.cn/verify?licence=${id}`)).toEqual({ kind: 'licence', id })
    expect(verifyTargetOf(`  http://127.0.0.1:3100/verify/?licence=${id}&lang=en \n`)).toEqual({
      kind: 'licence',
      id,
    })
    expect(verifyTargetOf(id)).toEqual({ kind: 'licence', id })
  })

  it('refuses a link that is not a licence’s verify link', () => {
    expect(verifyTargetOf('https://example.com/')).toBeNull()
    expect(verifyTargetOf(`https://example.com/other?licence=${id}`)).toBeNull()
    expect(verifyTargetOf('https://example.com/verify?licence=<script>')).toBeNull()
    expect(verifyTargetOf('javascript://verify?licence=lic_1')).toBeNull()
    expect(verifyTargetOf('   ')).toBeNull()
  })

  it('sends anything else to the server as a credential’s text, for it to say what it is', () => {
    expect(verifyTargetOf(' {"type":["VerifiableCredential"]} ')).toEqual({
      kind: 'credential',
      text: '{"type":["VerifiableCredential"]}',
    })
    expect(verifyTargetOf('eyJhbGciOiJub25lIn0.e30.')).toEqual({
      kind: 'credential',
      text: 'eyJhbGciOiJub25lIn0.e30.',
    })
  })

  it('reads the licence from the page’s own address', () => {
    expect(licenceOfAddress(new URLSearchParams(`licence=${id}`))).toBe(id)
    expect(licenceOfAddress(new URLSearchParams('licence=../api/me'))).toBeNull()
    expect(licenceOfAddress(new URLSearchParams(''))).toBeNull()
  })

  it('tells a credential file from a picture of a QR code', () => {
    expect(uploadKindOf({ name: 'lic_1.json', type: '' })).toBe('credential')
    expect(uploadKindOf({ name: 'credential', type: 'application/json' })).toBe('credential')
    expect(uploadKindOf({ name: 'vc', type: 'application/ld+json' })).toBe('credential')
    expect(uploadKindOf({ name: 'qr.png', type: 'image/png' })).toBe('image')
    expect(uploadKindOf({ name: '证照.JPG', type: '' })).toBe('image')
    expect(uploadKindOf({ name: 'scan.pdf', type: 'application/pdf' })).toBe('unknown')
  })
})

describe('the colour of a verdict', () => {
  it('is green only when valid, red when the licence must not be trusted, orange otherwise', () => {
    expect(Object.fromEntries(verdicts.map((verdict) => [verdict, verdictTone(verdict)]))).toEqual({
      valid: 'success',
      tampered: 'error',
      revoked: 'error',
      unknown_issuer: 'error',
      key_compromised: 'error',
      suspended: 'warning',
      expired: 'warning',
      not_yet_valid: 'warning',
      status_unavailable: 'warning',
    })
  })
})
