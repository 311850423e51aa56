// A licence's printable page, outside the console's frame: an A4 sheet with its facts in Chinese and English and a
// large QR code of its verify link; the buttons above it are not printed. The licence is read with the session
// (without one, the API's 401 sends the user to sign in and back).
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { FullPageError } from '../../../shared/ui/PageError'
import { FullPageLoading } from '../../../shared/ui/PageLoading'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { licencePath, useLicence } from '../common/licences.queries'
import type { LicenceDetail } from '../common/licences.types'
import { PrintSheet } from './PrintSheet'
import './print.css'

export function PrintPage() {
  const id = useParams().id ?? ''
  const licence = useLicence(id)
  if (licence.isPending) return <FullPageLoading />
  if (licence.isError) return <FullPageError error={licence.error} onRetry={() => void licence.refetch()} />
  return <PrintView licence={licence.data} />
}

function PrintView({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation('licences')
  return (
    <main className="g60-print">
      <Flex className="g60-print-actions" gap="small" justify="space-between" wrap>
        <LinkButton icon={<ArrowLeftOutlined />} to={licencePath(licence.id)}>
          {t('print.back')}
        </LinkButton>
        <Flex gap="small">
          <LanguageSwitch />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
        </Flex>
      </Flex>
      <PrintSheet licence={licence} />
    </main>
  )
}
