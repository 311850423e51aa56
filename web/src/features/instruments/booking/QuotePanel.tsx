// The price of the slot before booking: the caller's class and unit price from the server's quote, the amount
// of each booking and of all the weekly repeats, and with a voucher its share and the firm's co-pay.
import { Alert, Descriptions, Skeleton, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { QueryError } from '../../../shared/ui/PageError'
import { formatMinutes } from '../common/durations'
import type { Instrument } from '../common/instrument.types'
import { useQuote, type QuoteRequest } from '../common/instruments.queries'
import { PriceText } from '../common/PriceText'
import type { BookingVoucher } from './bookingVouchers.queries'
import { bookingSplit } from './bookingSplit'

interface QuotePanelProps {
  instrument: Instrument
  request: QuoteRequest | null
  weeks: number
  voucher: BookingVoucher | undefined
}

export function QuotePanel({ instrument, request, weeks, voucher }: QuotePanelProps) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const quote = useQuote(instrument.id, request)
  if (request === null) return <Alert type="info" showIcon title={t('booking.pickSlot')} />
  if (quote.isError) return <QueryError query={quote} />
  if (quote.data === undefined) return <Skeleton active paragraph={{ rows: 3 }} />
  const scheme = voucher?.scheme
  const split = bookingSplit(
    quote.data.amountFen,
    weeks,
    voucher === undefined || scheme === undefined
      ? null
      : { rule: scheme, availableFen: voucher.voucher.availableFen },
  )
  const why =
    scheme === undefined
      ? null
      : split.fullyCovered
        ? t('booking.fullyCovered', {
            threshold: formatFen(scheme.fullCoverageBelowFen, language),
          })
        : t('booking.shareCapped', { percent: scheme.voucherShareMaxPercent })
  const items = [
    {
      key: 'class',
      label: t('booking.priceClass'),
      children: <Tag color="blue">{t(`enums.userClass.${quote.data.userClass}`)}</Tag>,
    },
    {
      key: 'unit',
      label: t('booking.unitPrice'),
      children: <PriceText fen={quote.data.unitPriceFen} unit={quote.data.priceUnit} />,
    },
    {
      key: 'quantity',
      label: quote.data.priceUnit === 'per_sample' ? t('fields.samples') : t('booking.duration'),
      children:
        quote.data.priceUnit === 'per_sample'
          ? String(request.sampleCount ?? 1)
          : formatMinutes(quote.data.minutes, t),
    },
    {
      key: 'each',
      label: weeks > 1 ? t('booking.amountEach') : t('booking.amount'),
      children: <Money fen={quote.data.amountFen} />,
    },
    ...(weeks > 1
      ? [
          {
            key: 'total',
            label: t('booking.amountTotal', { weeks }),
            children: <Money fen={split.amountFen} />,
          },
        ]
      : []),
    ...(scheme !== undefined
      ? [
          {
            key: 'share',
            label: t('booking.voucherShare'),
            children: <Money fen={split.voucherShareFen} />,
          },
          {
            key: 'copay',
            label: t('booking.firmCopay'),
            children: <Money fen={split.firmCopayFen} />,
          },
        ]
      : []),
  ]
  return (
    <div data-testid="booking-quote" aria-busy={quote.isFetching}>
      <Descriptions size="small" column={1} bordered items={items} />
      {why !== null && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {split.limitedByBalance
            ? t('twoSentences', { first: why, second: t('booking.limitedByBalance') })
            : why}
        </Typography.Paragraph>
      )}
    </div>
  )
}
