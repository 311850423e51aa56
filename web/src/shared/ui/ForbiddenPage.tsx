import { LazyResult } from './LazyResult'
import { useTranslation } from 'react-i18next'
import { LinkButton } from './LinkButton'

/** A page the signed-in role may not open. */
export function ForbiddenPage() {
  const { t } = useTranslation()
  return (
    <div data-testid="forbidden-page">
      <LazyResult
        status="403"
        title={<h1 className="g60-result-title">{t('errors.forbiddenTitle')}</h1>}
        subTitle={t('errors.forbiddenText')}
        extra={
          <LinkButton type="primary" to="/">
            {t('errors.backHome')}
          </LinkButton>
        }
      />
    </div>
  )
}
