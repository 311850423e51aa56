import { act, render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { translations } from '../i18n'
import type { Verification } from '../common/licences.types'
import { VerdictResult } from './VerdictResult'

const valid: Verification = {
  verdict: 'valid',
  reasonZh: '签名有效，证照在有效期内且未被撤销或暂停',
  reasonEn: 'The signatures hold, and the licence is in force, neither revoked nor suspended',
  checkedAt: '2026-06-12T02:30:00Z',
  issuer: {
    id: 'did:web:g60.example.cn:issuers:sh-sj',
    nameZh: '上海（松江）',
    nameEn: 'Shanghai (Songjiang)',
  },
  licence: {
    id: 'lic_01jz8k4q2m3n5p6r7s8t9v0w1x',
    type: 'HumanResourcesServiceLicence',
    nameZh: '人力资源服务许可证',
    nameEn: 'Human Resources Service Licence',
    holderNameZh: '松江智造科技有限公司',
    holderNameEn: 'Songjiang Smart Manufacturing Co., Ltd.',
    creditCode: '91310117MA1J3XXXXX',
    validFrom: '2026-01-05T00:00:00Z',
    validUntil: '2031-01-04T15:59:59Z',
  },
  proofs: [
    {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: 'did:web:g60.example.cn:issuers:sh-sj#ed25519-1',
      keyState: 'active',
      signature: 'valid',
    },
    {
      cryptosuite: 'sm2-sm3-jcs-2024',
      verificationMethod: 'did:web:g60.example.cn:issuers:sh-sj#sm2-1',
      keyState: 'active',
      signature: 'valid',
    },
  ],
}

const revoked: Verification = {
  ...valid,
  verdict: 'revoked',
  reasonZh: '签发机关已撤销此证照',
  reasonEn: 'The issuer has revoked this licence',
}

const tampered: Verification = {
  ...valid,
  verdict: 'tampered',
  reasonZh: '凭证内容与签名不符',
  reasonEn: 'The credential does not match its signature',
  issuer: null,
  licence: null,
  proofs: [
    { ...valid.proofs[0], keyState: 'unknown', signature: 'invalid' } as Verification['proofs'][number],
  ],
}

beforeAll(async () => {
  setUpTranslations({ licences: translations })
  await changeLanguage('zh-CN')
})

const verdictBox = () => screen.getByTestId('verify-verdict')

describe('the verdict of a verification', () => {
  it('shows a valid licence in green, with its reason, issuer, facts and each proof', () => {
    render(<VerdictResult result={valid} />)
    expect(verdictBox().dataset.verdict).toBe('valid')
    expect(verdictBox().className).toContain('g60-verdict-success')
    expect(within(verdictBox()).getByText('有效')).toBeTruthy()
    expect(within(verdictBox()).getByText(valid.reasonZh)).toBeTruthy()
    const facts = screen.getByTestId('verify-licence')
    expect(within(facts).getByText('人力资源服务许可证')).toBeTruthy()
    expect(within(facts).getByText('松江智造科技有限公司')).toBeTruthy()
    expect(within(facts).getByText('上海（松江）')).toBeTruthy()
    const proofs = screen.getAllByTestId('verify-proof')
    expect(proofs).toHaveLength(2)
    expect(within(proofs[1] as HTMLElement).getByText('sm2-sm3-jcs-2024')).toBeTruthy()
    expect(within(proofs[1] as HTMLElement).getByText('在用')).toBeTruthy()
    expect(within(proofs[1] as HTMLElement).getByText('签名有效')).toBeTruthy()
  })

  it('shows a revoked licence in red, and says so in English once the language is switched', async () => {
    await act(() => changeLanguage('en-US'))
    try {
      render(<VerdictResult result={revoked} />)
      expect(verdictBox().dataset.verdict).toBe('revoked')
      expect(verdictBox().className).toContain('g60-verdict-error')
      expect(within(verdictBox()).getByText('Revoked')).toBeTruthy()
      expect(within(verdictBox()).getByText(revoked.reasonEn)).toBeTruthy()
      expect(screen.getByText('Human Resources Service Licence')).toBeTruthy()
      expect(screen.getByText('Shanghai (Songjiang)')).toBeTruthy()
    } finally {
      await act(() => changeLanguage('zh-CN'))
    }
  })

  it('shows a tampered credential in red with its failed signature, without facts it cannot vouch for', () => {
    render(<VerdictResult result={tampered} />)
    expect(verdictBox().dataset.verdict).toBe('tampered')
    expect(verdictBox().className).toContain('g60-verdict-error')
    expect(screen.getByText('凭证中没有可读的证照信息。')).toBeTruthy()
    expect(screen.getByTestId('proof-signature').textContent).toBe('签名无效')
    expect(screen.getByText('未知密钥')).toBeTruthy()
  })

  it('shows a suspended, expired or not yet valid licence in orange', () => {
    for (const verdict of ['suspended', 'expired', 'not_yet_valid', 'status_unavailable'] as const) {
      const { unmount } = render(<VerdictResult result={{ ...valid, verdict }} />)
      expect(verdictBox().className).toContain('g60-verdict-warning')
      unmount()
    }
  })
})
