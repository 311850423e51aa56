// The ways to give the verify page a licence, as tabs: a file uploaded (read here, never sent as a file), a credential
// pasted, or a QR code scanned with the camera (offered only where the browser has one).
import { CameraOutlined, CloseOutlined, InboxOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, Tabs, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CameraScanner, cameraAvailable } from './CameraScanner'

type Way = 'paste' | 'upload' | 'scan'

export interface VerifyInputCardProps {
  /** a verification is under way */
  checking: boolean
  /** the text of the paste form, submitted */
  onPaste: (text: string) => void
  /** a file dropped or chosen */
  onFile: (file: File) => Promise<void>
  /** the text of a QR code the camera read */
  onQrText: (text: string) => void
}

export function VerifyInputCard({ checking, onPaste, onFile, onQrText }: VerifyInputCardProps) {
  const { t } = useTranslation('licences')
  const [way, setWay] = useState<Way>('upload')
  const [scanning, setScanning] = useState(false)
  const [pasted, setPasted] = useState('')
  const withCamera = cameraAvailable()

  const onFound = (text: string) => {
    setScanning(false)
    onQrText(text)
  }

  const ways = [
    { key: 'upload', label: t('verify.upload'), children: <UploadWay onFile={onFile} /> },
    {
      key: 'paste',
      label: t('verify.paste'),
      children: (
        <PasteWay pasted={pasted} onChange={setPasted} onSubmit={() => onPaste(pasted)} checking={checking} />
      ),
    },
    ...(withCamera
      ? [
          {
            key: 'scan',
            label: t('verify.scan'),
            children: (
              <ScanWay
                scanning={scanning}
                onToggle={() => setScanning((value) => !value)}
                onFound={onFound}
              />
            ),
          },
        ]
      : []),
  ]

  return (
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
  )
}

function UploadWay({ onFile }: { onFile: (file: File) => Promise<void> }) {
  const { t } = useTranslation('licences')
  return (
    <div data-testid="verify-upload">
      <Upload.Dragger
        accept=".json,application/json,image/png,image/jpeg,image/webp,image/gif"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          void onFile(file)
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
  )
}

interface PasteWayProps {
  pasted: string
  onChange: (text: string) => void
  onSubmit: () => void
  checking: boolean
}

function PasteWay({ pasted, onChange, onSubmit, checking }: PasteWayProps) {
  const { t } = useTranslation('licences')
  return (
    <Form layout="vertical" onFinish={onSubmit}>
      <Form.Item label={t('verify.pasteLabel')} htmlFor="verify-credential">
        <Input.TextArea
          id="verify-credential"
          rows={8}
          value={pasted}
          onChange={(event) => onChange(event.target.value)}
          placeholder={t('verify.pastePlaceholder')}
          className="g60-verify-paste"
          spellCheck={false}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={checking} data-testid="verify-check">
        {t('verify.check')}
      </Button>
    </Form>
  )
}

interface ScanWayProps {
  scanning: boolean
  onToggle: () => void
  onFound: (text: string) => void
}

function ScanWay({ scanning, onToggle, onFound }: ScanWayProps) {
  const { t } = useTranslation('licences')
  return (
    <Flex vertical gap="middle" align="center">
      {scanning && <CameraScanner onFound={onFound} />}
      <Button
        type={scanning ? 'default' : 'primary'}
        icon={scanning ? <CloseOutlined /> : <CameraOutlined />}
        onClick={onToggle}
      >
        {scanning ? t('verify.scanStop') : t('verify.scanStart')}
      </Button>
    </Flex>
  )
}
