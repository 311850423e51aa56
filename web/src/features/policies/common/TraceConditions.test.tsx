import { act, render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { changeLanguage, setUpTranslations } from '../../../shared/i18n/i18n'
import { translations } from '../i18n'
import type { TracedCondition } from './policies.types'
import { failingConditions } from './trace'
import { TraceConditions } from './TraceView'

beforeAll(async () => {
  setUpTranslations({ policies: translations })
  await changeLanguage('zh-CN')
})

const condition = (
  labelZh: string,
  labelEn: string,
  value: boolean | null,
  error: string | null = null,
  scope = false,
): TracedCondition => ({ expression: `firm.${labelEn}`, labelZh, labelEn, value, error, scope })

// a scope condition held, one held, one failed, one that could not be evaluated, and one left unevaluated because
// the outcome was settled before it
const conditions = [
  condition('注册在上海市松江区', 'Registered in Songjiang', true, null, true),
  condition('经认定的高新技术企业', 'Certified high-tech', true),
  condition('上一年度通过高新技术企业认定', 'Certified last year', false),
  condition('研发投入强度不低于3%', 'R&D intensity of 3% or more', null, 'no such overload'),
  condition('上年度营业收入不低于2000万元', 'Revenue of ¥20 million or more', null),
]

const shown = () =>
  Array.from(screen.getByTestId('trace-conditions').querySelectorAll('li'), (item) => ({
    state: item.dataset.state,
    mark: item.querySelector('[role=img]')?.getAttribute('aria-label'),
    label: item.querySelector('[data-testid=condition-label]')?.textContent,
    expression: item.querySelector('code')?.textContent,
  }))

describe('the conditions of a trace', () => {
  it('marks each condition held, failed, not evaluable or not evaluated, with its label and expression', () => {
    render(<TraceConditions conditions={conditions} />)
    expect(shown()).toEqual([
      {
        state: 'passed',
        mark: '满足',
        label: '注册在上海市松江区',
        expression: 'firm.Registered in Songjiang',
      },
      {
        state: 'passed',
        mark: '满足',
        label: '经认定的高新技术企业',
        expression: 'firm.Certified high-tech',
      },
      {
        state: 'failed',
        mark: '不满足',
        label: '上一年度通过高新技术企业认定',
        expression: 'firm.Certified last year',
      },
      {
        state: 'error',
        mark: '无法判定',
        label: '研发投入强度不低于3%',
        expression: 'firm.R&D intensity of 3% or more',
      },
      {
        state: 'skipped',
        mark: '未判定（结果已确定）',
        label: '上年度营业收入不低于2000万元',
        expression: 'firm.Revenue of ¥20 million or more',
      },
    ])
    expect(screen.getByText('地域条件')).toBeTruthy()
    expect(screen.getByText('计算出错：no such overload')).toBeTruthy()
  })

  it('reads the labels in English', async () => {
    await act(() => changeLanguage('en-US'))
    try {
      render(<TraceConditions conditions={conditions} />)
      expect(shown().map(({ mark, label }) => `${mark}: ${label}`)).toEqual([
        'Holds: Registered in Songjiang',
        'Holds: Certified high-tech',
        'Fails: Certified last year',
        'Could not be evaluated: R&D intensity of 3% or more',
        'Not evaluated (outcome already settled): Revenue of ¥20 million or more',
      ])
    } finally {
      await act(() => changeLanguage('zh-CN'))
    }
  })

  it('counts a condition that could not be evaluated as failing, one not evaluated as not', () => {
    expect(failingConditions(conditions).map((failing) => failing.labelEn)).toEqual([
      'Certified last year',
      'R&D intensity of 3% or more',
    ])
  })
})
