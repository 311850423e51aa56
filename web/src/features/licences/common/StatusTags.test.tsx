import { act, render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { translations } from '../i18n'
import { licenceStatuses } from './enums'
import { KeyStateTag, LicenceStatusTag } from './StatusTags'

beforeAll(async () => {
  setUpTranslations({ licences: translations })
  await changeLanguage('zh-CN')
})

const shown = () =>
  screen.getAllByTestId('licence-status').map((tag) => ({
    status: tag.dataset.status,
    text: tag.textContent,
    colour: [...tag.classList].find((name) => /^ant-tag-(success|warning|error)$/.test(name)),
  }))

describe('a licence’s status tag in the wallet', () => {
  it('says 有效 / 暂停 / 撤销 in green, orange and red', () => {
    render(
      <>
        {licenceStatuses.map((status) => (
          <LicenceStatusTag key={status} status={status} />
        ))}
      </>,
    )
    expect(shown()).toEqual([
      { status: 'active', text: '有效', colour: 'ant-tag-success' },
      { status: 'suspended', text: '暂停', colour: 'ant-tag-warning' },
      { status: 'revoked', text: '撤销', colour: 'ant-tag-error' },
    ])
  })

  it('says Active / Suspended / Revoked in English', async () => {
    await act(() => changeLanguage('en-US'))
    try {
      render(
        <>
          {licenceStatuses.map((status) => (
            <LicenceStatusTag key={status} status={status} />
          ))}
        </>,
      )
      expect(shown().map((tag) => tag.text)).toEqual(['Active', 'Suspended', 'Revoked'])
    } finally {
      await act(() => changeLanguage('zh-CN'))
    }
  })

  it('names a key’s state as the keys page shows it', () => {
    render(
      <>
        <KeyStateTag state="active" />
        <KeyStateTag state="retired" />
        <KeyStateTag state="compromised" />
      </>,
    )
    expect(screen.getAllByTestId('key-state').map((tag) => tag.textContent)).toEqual([
      '在用',
      '已轮换停用',
      '已声明泄露',
    ])
  })
})
