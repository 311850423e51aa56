// Scanning a licence's QR code with the camera: the back camera in a <video>, a frame read about five times a second
// until a code is found; the camera is released once one is found, when the scanner is closed, or when the page is
// left.
import { Alert, Flex, Typography } from 'antd'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pixelsOf, qrTextOfPixels } from './qrImage'

const scanIntervalMs = 200

/** Whether this browser can offer a camera at all (not on plain http off localhost, nor without one). */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'
}

export function CameraScanner({ onFound }: { onFound: (text: string) => void }) {
  const { t } = useTranslation('licences')
  const video = useRef<HTMLVideoElement>(null)
  const [failed, setFailed] = useState(false)
  const found = useEffectEvent((text: string) => onFound(text))

  useEffect(() => {
    let stream: MediaStream | null = null
    let timer: number | undefined
    let stopped = false
    const canvas = document.createElement('canvas')
    const stop = () => {
      stopped = true
      window.clearInterval(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
    const scan = () => {
      const element = video.current
      if (element === null || element.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return
      const drawn = pixelsOf(element, element.videoWidth, element.videoHeight, canvas)
      const text = drawn === null ? null : qrTextOfPixels(drawn.pixels, drawn.width, drawn.height)
      if (text === null) return
      stop()
      found(text)
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((opened) => {
        if (stopped) {
          opened.getTracks().forEach((track) => track.stop())
          return
        }
        stream = opened
        const element = video.current
        if (element === null) return
        element.srcObject = opened
        void element.play().catch(() => undefined)
        timer = window.setInterval(scan, scanIntervalMs)
      })
      .catch(() => {
        if (!stopped) setFailed(true)
      })
    return stop
  }, [])

  if (failed)
    return <Alert type="warning" showIcon title={t('verify.cameraFailed')} data-testid="camera-failed" />
  return (
    <Flex vertical gap="small" align="center">
      <div className="g60-scanner">
        <video ref={video} muted playsInline aria-label={t('verify.scanVideo')} />
        <span className="g60-scanner-frame" aria-hidden />
      </div>
      <Typography.Text type="secondary">{t('verify.scanHint')}</Typography.Text>
    </Flex>
  )
}
