// What the verify page does with what it is given: a credential pasted, a file (the credential's JSON or a picture of
// its QR code) or the text of a QR code is checked before anything is sent, then verified. A licence named by a QR
// code goes into the address, `?licence=<id>`, and the licence the address names is verified.
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useVerify } from '../common/licences.queries'
import type { VerifyTarget } from '../common/licences.types'
import { qrTextOfImage } from './qrImage'
import {
  credentialBytesMax,
  imageBytesMax,
  licenceOfAddress,
  uploadKindOf,
  verifyTargetOf,
} from './verifyInput'

/** what is wrong with what was given, found before anything is sent */
export type Problem = 'pasteEmpty' | 'noQr' | 'notLicenceLink' | 'unreadableFile' | 'fileTooLarge'

export function useVerification() {
  const [search, setSearch] = useSearchParams()
  const licenceId = licenceOfAddress(search)
  const verify = useVerify()
  const { mutate, reset } = verify
  const [problem, setProblem] = useState<Problem | null>(null)
  const [reading, setReading] = useState(false)

  // the licence the address names (a QR code's link opened by a phone's camera app, or one read here)
  useEffect(() => {
    if (licenceId !== null) mutate({ kind: 'licence', id: licenceId })
  }, [licenceId, mutate])

  const refuse = (found: Problem) => {
    reset()
    setProblem(found)
  }

  const check = (target: VerifyTarget) => {
    setProblem(null)
    if (target.kind === 'licence') {
      // a new licence goes into the address (which verifies it); the same one again is verified again
      if (target.id === licenceId) mutate(target)
      else setSearch({ licence: target.id }, { replace: true })
      return
    }
    if (licenceId !== null) setSearch({}, { replace: true })
    mutate(target)
  }

  const checkPasted = (text: string) => {
    if (text.trim() === '') refuse('pasteEmpty')
    else check({ kind: 'credential', text })
  }

  const checkQrText = (text: string) => {
    const target = verifyTargetOf(text)
    if (target === null) refuse('notLicenceLink')
    else check(target)
  }

  const readFile = async (file: File) => {
    const kind = uploadKindOf(file)
    if (kind === 'unknown') return refuse('unreadableFile')
    if (file.size > (kind === 'credential' ? credentialBytesMax : imageBytesMax))
      return refuse('fileTooLarge')
    setReading(true)
    try {
      if (kind === 'credential') {
        check({ kind: 'credential', text: await file.text() })
        return
      }
      const text = await qrTextOfImage(file)
      if (text === null) refuse('noQr')
      else checkQrText(text)
    } catch {
      refuse('unreadableFile')
    } finally {
      setReading(false)
    }
  }

  return { verify, problem, reading, checkPasted, checkQrText, readFile }
}
