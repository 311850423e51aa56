// Private keys at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the configured secret, the key's own id
// bound in as associated data so a ciphertext cannot be moved to another key's row. Nothing decrypted leaves the
// process: signers are built from it and the plaintext is dropped.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { base64urlnopad } from '@scure/base'

const version = 'v1'
const ivBytes = 12
const tagBytes = 16

export interface KeyVault {
  seal(keyId: string, plaintext: Uint8Array): string
  /** throws when the secret is not the one the key was sealed with, or the text was changed */
  open(keyId: string, sealed: string): Uint8Array
}

export function createKeyVault(secret: string): KeyVault {
  const key = Buffer.from(hkdfSync('sha256', secret, 'g60-licence-keys', version, 32))
  return {
    seal(keyId, plaintext) {
      const iv = randomBytes(ivBytes)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      cipher.setAAD(Buffer.from(keyId, 'utf8'))
      const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
      return `${version}.${base64urlnopad.encode(iv)}.${base64urlnopad.encode(body)}`
    },
    open(keyId, sealed) {
      const [tag, ivText, bodyText] = sealed.split('.')
      if (tag !== version || ivText === undefined || bodyText === undefined) {
        throw new Error(`key ${keyId} is not sealed as ${version}`)
      }
      const body = base64urlnopad.decode(bodyText)
      const decipher = createDecipheriv('aes-256-gcm', key, base64urlnopad.decode(ivText))
      decipher.setAAD(Buffer.from(keyId, 'utf8'))
      decipher.setAuthTag(body.slice(body.length - tagBytes))
      return new Uint8Array(
        Buffer.concat([decipher.update(body.slice(0, body.length - tagBytes)), decipher.final()]),
      )
    },
  }
}
