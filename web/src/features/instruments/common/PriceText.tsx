import { useTranslation } from 'react-i18next'
import { Money } from '../../../shared/ui/Money'
import type { InstrumentPriceUnit } from './instrument.types'

/** A price with its unit: ¥600.00 / hour. */
export function PriceText({ fen, unit }: { fen: number; unit: InstrumentPriceUnit }) {
  const { t } = useTranslation('instruments')
  return (
    <span className="g60-instrument-price">
      <Money fen={fen} />
      <span className="g60-muted"> / {t(`enums.priceUnitShort.${unit}`)}</span>
    </span>
  )
}
