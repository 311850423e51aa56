// What the vouchers module needs from the registry, reached through the registry's public service (index.ts).
export interface RegistryFirm {
  id: string
  cityCode: string
  nameZh: string
  nameEn: string
  creditCode: string
  isTechSme: boolean
  isHighTech: boolean
  parkId: string | null
}

export interface RegistryProvider {
  id: string
  cityCode: string
  admissionStatus: string
}

export interface RegistryAccess {
  /** throws FIRM_NOT_FOUND */
  getFirm(id: string): Promise<RegistryFirm>
  /** throws PROVIDER_NOT_FOUND */
  getProvider(id: string): Promise<RegistryProvider>
}
