// A booker's or owner's organisation by id: firms and providers both book, and their ids say which they are.
import { FirmName } from '../../registry/firms/FirmName'
import { ProviderName } from '../../registry/providers/ProviderName'

export function OrganisationName({ id, linked = false }: { id: string; linked?: boolean }) {
  return id.startsWith('prov_') ? (
    <ProviderName id={id} linked={linked} />
  ) : (
    <FirmName id={id} linked={linked} />
  )
}
