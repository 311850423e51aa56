import { PaperClipOutlined } from '@ant-design/icons'
import type { Redemption } from '../../../shared/api/types'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

const bytesPerKilobyte = 1024

/** The claim's deliverable file, downloaded as stored (its SHA-256 is on the claim). */
export function Deliverable({ redemption }: { redemption: Redemption }) {
  const { language } = useLanguage()
  const { deliverable } = redemption
  const kilobytes = Math.max(1, Math.round(deliverable.sizeBytes / bytesPerKilobyte))
  return (
    <span className="g60-secondary-name">
      <a
        href={`/api/redemptions/${encodeURIComponent(redemption.id)}/deliverable`}
        download={deliverable.fileName}
        title={`SHA-256 ${deliverable.sha256}`}
      >
        <PaperClipOutlined aria-hidden /> {deliverable.fileName}
      </a>{' '}
      ({formatCount(kilobytes, language)} KB)
    </span>
  )
}
