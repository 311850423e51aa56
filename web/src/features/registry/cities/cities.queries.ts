import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'

export function useCity(code: string) {
  return useQuery({
    queryKey: ['registry', 'cities', 'one', code],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cities/{code}', { params: { path: { code } }, signal })),
  })
}
