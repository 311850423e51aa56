import { defineErrors } from '../../platform/errors'

export const licenceErrors = defineErrors({
  LICENCE_NOT_FOUND: { status: 404, zh: '未找到该电子证照', en: 'No such licence' },
  LICENCE_TRANSITION_INVALID: {
    status: 409,
    zh: '证照当前状态不允许此操作',
    en: 'The licence’s current state does not allow this',
  },
  LICENCE_ISSUER_UNKNOWN: { status: 404, zh: '没有这个发证机关', en: 'No such issuer' },
  LICENCE_KEY_NOT_FOUND: { status: 404, zh: '没有这把签名密钥', en: 'No such signing key' },
  LICENCE_KEY_ALREADY_COMPROMISED: {
    status: 409,
    zh: '该密钥已被声明泄露',
    en: 'This key has been declared compromised already',
  },
  LICENCE_STATUS_LIST_FULL: {
    status: 409,
    zh: '发证机关的状态列表已满，请联系走廊联席办扩容',
    en: 'The issuer’s status list is full; the corridor office must add one',
  },
  LICENCE_HOLDER_CREDIT_CODE_INVALID: {
    status: 409,
    zh: '持证企业的统一社会信用代码校验不通过，无法发证',
    en: 'The holder’s unified social credit code fails its check character: no licence can be issued',
  },
  CREDENTIAL_MALFORMED: {
    status: 422,
    zh: '这不是一份可核验的电子证照（应为 JSON 格式的可验证凭证）',
    en: 'This is not a verifiable licence (a Verifiable Credential in JSON is expected)',
  },
  CREDENTIAL_ALG_NONE: {
    status: 422,
    zh: '未签名的令牌（alg: none）一律不予接受',
    en: 'An unsigned token (alg: none) is never accepted',
  },
  CREDENTIAL_FORMAT_UNSUPPORTED: {
    status: 422,
    zh: '只核验带数据完整性证明的 JSON 凭证，不接受 JWT 等其他格式',
    en: 'Only JSON credentials with Data Integrity proofs are verified, not JWTs or other formats',
  },
  CREDENTIAL_PROOF_KEY_MISMATCH: {
    status: 422,
    zh: '证明所引用的密钥与其密码套件不符（例如 Ed25519 证明指向 SM2 密钥）',
    en: 'A proof names a key of another suite than its own (an Ed25519 proof pointing at an SM2 key)',
  },
  CREDENTIAL_STATUS_INDEX_INVALID: {
    status: 422,
    zh: '凭证的状态列表序号不在列表范围内',
    en: 'The credential’s status list index is outside the list',
  },
})
