// Under the expression the server refused: its line with a caret at the position of the problem, and the problem.
import { useTranslation } from 'react-i18next'
import { caretOf, type RuleRefusal } from './ruleRefusal'

export function ExpressionRefusal({ refusal }: { refusal: RuleRefusal }) {
  const { t } = useTranslation('policies')
  const caret = caretOf(refusal.expression, refusal.position)
  return (
    <div className="g60-refusal" role="alert" data-testid="expression-refusal">
      <pre className="g60-refusal-caret" aria-hidden>
        {caret.line}
        {'\n'}
        {' '.repeat(caret.column)}^
      </pre>
      <div className="g60-refusal-text">
        {t('editor.refusedAt', {
          line: caret.lineNumber,
          column: caret.column + 1,
          message: refusal.message,
        })}
        {refusal.detail !== '' && <code className="g60-refusal-detail">{refusal.detail}</code>}
      </div>
    </div>
  )
}
