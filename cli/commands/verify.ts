// g60 verify FILE: checks a licence credential the way the public verify page does, from the issuers' published
// DID documents and status lists only, never the platform's database. They are read from a folder of cached copies
// (--documents); a copy missing there is fetched from its did:web or status list address and kept, unless
// --offline, when it counts as unavailable. The exit code is 0 for a valid licence, 1 for any other verdict.
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import {
  credentialOfInput,
  didDocumentUrl,
  isJsonObject,
  verifyCredential,
  type JsonObject,
  type PublishedDocuments,
  type Verification,
} from '../../server/modules/licences'
import { AppError } from '../../server/platform/errors'
import { fail } from '../shared'

/** a published document is small: a DID document of a few keys, a compressed list of 16 KiB */
const documentBytesMax = 1_048_576
const fetchTimeoutMs = 10_000

/** Published documents from a folder (file = the address, URL-encoded, .json), fetched into it when allowed. */
export function folderDocuments(folder: string, options: { offline: boolean }): PublishedDocuments {
  const fileOf = (address: string) => path.join(folder, `${encodeURIComponent(address)}.json`)
  async function read(address: string, url: string | null): Promise<JsonObject | null> {
    const file = fileOf(address)
    if (fs.existsSync(file)) {
      const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
      return isJsonObject(parsed) ? parsed : null
    }
    if (options.offline || url === null) return null
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMs), redirect: 'error' })
      const text = await response.text()
      if (!response.ok || text.length > documentBytesMax) return null
      const parsed: unknown = JSON.parse(text)
      if (!isJsonObject(parsed)) return null
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(file, JSON.stringify(parsed))
      return parsed
    } catch {
      return null
    }
  }
  return {
    didDocument: (did) => read(did, didDocumentUrl(did)),
    statusListCredential: (url) => read(url, /^https?:\/\//.test(url) ? url : null),
  }
}

export async function verifyFile(
  file: string,
  documents: PublishedDocuments,
  now: Date = new Date(),
): Promise<Verification> {
  const credential = credentialOfInput(fs.readFileSync(file, 'utf8'))
  return verifyCredential(credential, documents, now)
}

export function registerVerify(program: Command) {
  program
    .command('verify')
    .description('verify a licence credential (JSON) from published documents only')
    .argument('<file>', 'the credential as downloaded from the wallet')
    .option('--documents <folder>', 'cached DID documents and status lists', '.g60-documents')
    .option('--offline', 'use the cached documents only; fetch nothing')
    .action(async (file: string, options: { documents: string; offline?: boolean }) => {
      if (!fs.existsSync(file)) fail(`no such file: ${file}`)
      try {
        const found = await verifyFile(
          file,
          folderDocuments(options.documents, { offline: options.offline === true }),
        )
        const issuer =
          found.issuer === null
            ? 'unknown issuer'
            : `${found.issuer.nameZh ?? ''} ${found.issuer.nameEn ?? ''} (${found.issuer.id})`
        process.stdout.write(`${found.verdict}: ${found.reason.zh}\n${found.reason.en}\nissuer: ${issuer}\n`)
        for (const proof of found.proofs) {
          process.stdout.write(
            `proof ${proof.cryptosuite}: ${proof.signature}, key ${proof.verificationMethod} (${proof.keyState})\n`,
          )
        }
        process.exitCode = found.verdict === 'valid' ? 0 : 1
      } catch (error) {
        if (error instanceof AppError) fail(`${error.code}: ${error.message}`)
        if (error instanceof SyntaxError) fail(`${file} is not JSON: ${error.message}`)
        throw error
      }
    })
}
