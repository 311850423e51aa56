// What a licence's holder is told, in both languages, with the change that causes it.
import type { NotificationInput } from '../../platform/notifications'
import type { LicenceRow } from './licences.repository'

const link = (found: LicenceRow) => `/licences/${found.id}`

function toHolder(
  found: LicenceRow,
  topic: string,
  title: NotificationInput['title'],
  body: NotificationInput['body'],
) {
  return {
    kind: 'update',
    topic,
    audience: { role: 'firm', organisationId: found.firmId },
    entity: { type: 'licence', id: found.id },
    title,
    body,
    link: link(found),
  } satisfies NotificationInput
}

export function licenceIssued(found: LicenceRow, issuerName: { zh: string; en: string }): NotificationInput {
  return toHolder(
    found,
    'licence.issued',
    { zh: `电子证照已签发：${found.licenceNameZh}`, en: `Licence issued: ${found.licenceNameEn}` },
    {
      zh: `${issuerName.zh}已为办件 ${found.caseNumber} 签发${found.licenceNameZh}，已存入企业证照夹，可下载、出示二维码，或在下次申请中免于提交。`,
      en: `${issuerName.en} issued the ${found.licenceNameEn} for case ${found.caseNumber}. It is in your wallet: download it, show its QR code, or present it instead of an upload next time.`,
    },
  )
}

const changes = {
  suspend: { zh: '已被暂停', en: 'has been suspended' },
  reinstate: { zh: '已恢复有效', en: 'is in force again' },
  revoke: { zh: '已被撤销', en: 'has been revoked' },
} as const

export function licenceChanged(
  found: LicenceRow,
  action: keyof typeof changes,
  reason: string | null,
  issuerName: { zh: string; en: string },
): NotificationInput {
  const change = changes[action]
  return toHolder(
    found,
    `licence.${action}`,
    { zh: `${found.licenceNameZh}${change.zh}`, en: `Your ${found.licenceNameEn} ${change.en}` },
    {
      zh: `发证机关：${issuerName.zh}。${reason !== null ? `原因：${reason}` : ''}`,
      en: `By its issuer, ${issuerName.en}.${reason !== null ? ` Reason: ${reason}` : ''}`,
    },
  )
}
