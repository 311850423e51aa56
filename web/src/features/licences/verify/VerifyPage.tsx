// The public verify page (/verify), open without signing in: a credential pasted, a file uploaded (the credential's
// JSON, or a picture of its QR code) or a QR code scanned with the camera. A QR code (or the address) names the
// licence by its verify link, `?licence=<id>`: its credential is fetched and verified. The verdict says whether the
// licence can be trusted, from the issuers' published keys and status lists alone.
import { CameraOutlined, CloseOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Form, Input, Spin, Tabs, Typography, Upload } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { useVerify } from '../common/licences.queries'
import type { VerifyTarget } from '../common/licences.types'
import { CameraScanner, cameraAvailable } from './CameraScanner'
import { qrTextOfImage } from './qrImage'
import { VerdictResult } from './VerdictResult'
import {
  credentialBytesMax,
  imageBytesMax,
  licenceOfAddress,
  uploadKindOf,
  verifyTargetOf,
} from './verifyInput'
import '../licences.css'

type Way = 'paste' | 'upload' | 'scan'
/** what is wrong with what was given, found before anything is sent */
type Problem = 'pasteEmpty' | 'noQr' | 'notLicenceLink' | 'unreadableFile' | 'fileTooLarge'

export function VerifyPage() {
  const { t } = useTranslation('licences')
  const [search, setSearch] = useSearchParams()
  const licenceId = licenceOfAddress(search)
  const verify = useVerify()
  const { mutate, reset } = verify
  const [problem, setProblem] = useState<Problem | null>(null)
  const [way, setWay] = useState<Way>('upload')
  const [scanning, setScanning] = useState(false)
  const [pasted, setPasted] = useState('')
  const [reading, setReading] = useState(false)
  const withCamera = cameraAvailable()

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

  const onFound = (text: string) => {
    setScanning(false)
    checkQrText(text)
  }

  const ways = [
    {
      key: 'upload',
      label: t('verify.upload'),
      children: (
        <div data-testid="verify-upload">
          <Upload.Dragger
            accept=".json,application/json,image/png,image/jpeg,image/webp,image/gif"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file)
              // read here, never uploaded anywhere
              return false
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('verify.uploadHint')}</p>
            <p className="ant-upload-hint">{t('verify.uploadKinds')}</p>
          </Upload.Dragger>
        </div>
      ),
    },
    {
      key: 'paste',
      label: t('verify.paste'),
      children: (
        <Form
          layout="vertical"
          onFinish={() => {
            if (pasted.trim() === '') refuse('pasteEmpty')
            else check({ kind: 'credential', text: pasted })
          }}
        >
          <Form.Item label={t('verify.pasteLabel')} htmlFor="verify-credential">
            <Input.TextArea
              id="verify-credential"
              rows={8}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              placeholder={t('verify.pastePlaceholder')}
              className="g60-verify-paste"
              spellCheck={false}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="verify-check">
            {t('verify.check')}
          </Button>
        </Form>
      ),
    },
    ...(withCamera
      ? [
          {
            key: 'scan',
            label: t('verify.scan'),
            children: (
              <Flex vertical gap="middle" align="center">
                {scanning && <CameraScanner onFound={onFound} />}
                <Button
                  type={scanning ? 'default' : 'primary'}
                  icon={scanning ? <CloseOutlined /> : <CameraOutlined />}
                  onClick={() => setScanning((value) => !value)}
                >
                  {scanning ? t('verify.scanStop') : t('verify.scanStart')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ]

  const answered = verify.isPending || reading || verify.data !== undefined || verify.error !== null
  return (
    <div className="g60-verify">
      <header className="g60-verify-header">
        <Link to="/" className="g60-verify-brand">
          <span className="g60-verify-mark" aria-hidden>
            G60
          </span>
          <span className="g60-hide-phone">{t('verify.platform')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main className="g60-verify-main">
        <Flex vertical gap="middle">
          <div>
            <h1 className="g60-verify-title">
              <SafetyCertificateOutlined aria-hidden /> {t('verify.title')}
            </h1>
            <Typography.Text type="secondary" data-testid="verify-explained">
              {t('verify.explained')}
            </Typography.Text>
          </div>
          {problem !== null && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t(`verify.${problem}`)}
              data-testid="verify-problem"
            />
          )}
          {answered && (
            <Card title={t('verify.result')}>
              {verify.isPending || reading ? (
                <Flex justify="center" gap="small" align="center" style={{ padding: 24 }}>
                  <Spin />
                  <Typography.Text type="secondary">{t('verify.checking')}</Typography.Text>
                </Flex>
              ) : verify.data !== undefined ? (
                <VerdictResult result={verify.data} />
              ) : (
                <FailureAlert error={verify.error} />
              )}
            </Card>
          )}
          <Card>
            <Tabs
              aria-label={t('verify.ways')}
              activeKey={way}
              onChange={(key) => {
                setWay(key as Way)
                setScanning(false)
              }}
              items={ways}
            />
          </Card>
        </Flex>
      </main>
    </div>
  )
}
