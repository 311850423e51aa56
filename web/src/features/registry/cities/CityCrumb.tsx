import { CityName } from '../../../shared/reference/CityName'

export function CityCrumb({ code }: { code: string }) {
  return <CityName code={code} />
}
