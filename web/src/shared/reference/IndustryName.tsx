import { useLanguage } from '../i18n/useLanguage'
import { useIndustries } from './reference.queries'

/** An industry's name in the current language (its code until the list has loaded). */
export function IndustryName({ code }: { code: string }) {
  const { nameOf } = useLanguage()
  const industries = useIndustries()
  const industry = industries.data?.find((candidate) => candidate.code === code)
  return <>{industry === undefined ? code : nameOf(industry)}</>
}
