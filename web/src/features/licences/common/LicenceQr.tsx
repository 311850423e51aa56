// A licence's QR code: its verify link (<origin>/verify?licence=<id>) drawn as a PNG data URL in an <img>, which
// can be saved, printed and uploaded to the verify page like any picture of the code.
import { useQuery } from '@tanstack/react-query'
import { Spin } from 'antd'
import QRCode from 'qrcode'

/** the code is drawn at twice the size it is shown: sharp on dense screens and on paper */
const pixelsPerShownPixel = 2

export function LicenceQr({
  url,
  label,
  size,
  className = 'g60-licence-qr',
}: {
  url: string
  /** the picture's alternative text */
  label: string
  /** its width and height as shown, in CSS pixels */
  size: number
  className?: string
}) {
  const widthPixels = size * pixelsPerShownPixel
  const qr = useQuery({
    queryKey: ['qr-code', url, widthPixels],
    queryFn: () => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: widthPixels }),
    staleTime: Infinity,
  })
  if (qr.isError) return null
  if (qr.data === undefined) {
    return (
      <div style={{ width: size, maxWidth: '100%', aspectRatio: '1', display: 'grid', placeItems: 'center' }}>
        <Spin />
      </div>
    )
  }
  return (
    <img
      src={qr.data}
      alt={label}
      width={size}
      height={size}
      className={className}
      data-testid="licence-qr"
    />
  )
}
