import { describe, expect, it } from 'vitest'
import type { ServiceItemMaterial } from '../common/services.types'
import {
  acceptOf,
  applicationOf,
  claimsOf,
  fileSizeText,
  initialMaterialValue,
  kindOfFileName,
  materialBytesMax,
  materialProblem,
  reuseOf,
} from './applicationForm'

const material = (code: string, overrides: Partial<ServiceItemMaterial> = {}): ServiceItemMaterial => ({
  code,
  nameZh: code,
  nameEn: code,
  required: true,
  kinds: ['pdf', 'ofd'],
  reuse: null,
  ...overrides,
})

const applicationForm = material('application_form')
const businessLicence = material('business_licence', { kinds: ['pdf', 'jpg', 'png'], reuse: 'registry' })
const productionLicence = material('industrial_production_licence', {
  reuse: 'licence:IndustrialProductProductionLicence',
})
const powerOfAttorney = material('power_of_attorney', {
  required: false,
  kinds: ['pdf', 'jpg', 'png', 'ofd'],
})

const pdf = (name = 'form.pdf', sizeBytes = 13) =>
  new File([new Uint8Array(sizeBytes)], name, { type: 'application/pdf' })

describe('a material in the application form', () => {
  it('reads how a material may be handed in without a file', () => {
    expect(reuseOf(applicationForm)).toEqual({ registry: false, licenceType: null })
    expect(reuseOf(businessLicence)).toEqual({ registry: true, licenceType: null })
    expect(reuseOf(productionLicence)).toEqual({
      registry: false,
      licenceType: 'IndustrialProductProductionLicence',
    })
    expect(initialMaterialValue(businessLicence)).toEqual({ source: 'registry' })
    expect(initialMaterialValue(productionLicence)).toEqual({ source: 'upload', file: undefined })
  })

  it('offers the kinds a material takes to the file chooser, and knows a file’s kind by its name', () => {
    expect(acceptOf(['pdf', 'jpg'])).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg')
    expect(kindOfFileName('营业执照.JPEG')).toBe('jpg')
    expect(kindOfFileName('scan.ofd')).toBe('ofd')
    expect(kindOfFileName('notes.docx')).toBeNull()
  })

  it('says what is wrong before anything is sent', () => {
    expect(materialProblem(applicationForm, undefined, true)).toBe('missing')
    expect(materialProblem(powerOfAttorney, undefined, false)).toBeNull()
    expect(materialProblem(applicationForm, { source: 'upload', file: undefined }, true)).toBe('noFile')
    expect(materialProblem(powerOfAttorney, { source: 'upload', file: undefined }, false)).toBeNull()
    expect(materialProblem(applicationForm, { source: 'upload', file: pdf() }, true)).toBeNull()
    expect(materialProblem(applicationForm, { source: 'upload', file: pdf('form.pdf', 0) }, true)).toBe(
      'empty',
    )
    expect(
      materialProblem(
        applicationForm,
        { source: 'upload', file: pdf('big.pdf', materialBytesMax + 1) },
        true,
      ),
    ).toBe('tooLarge')
    expect(materialProblem(applicationForm, { source: 'upload', file: pdf('photo.png') }, true)).toBe(
      'wrongKind',
    )
    // reuse only where the material allows it
    expect(materialProblem(businessLicence, { source: 'registry' }, true)).toBeNull()
    expect(materialProblem(applicationForm, { source: 'registry' }, true)).toBe('missing')
    expect(materialProblem(productionLicence, { source: 'licence', referenceId: undefined }, true)).toBe(
      'noLicence',
    )
    expect(materialProblem(productionLicence, { source: 'licence', referenceId: 'scas_1' }, true)).toBeNull()
  })

  it('writes sizes as people read them', () => {
    expect(fileSizeText(13, 'en-US')).toBe('1 KB')
    expect(fileSizeText(300 * 1024, 'zh-CN')).toBe('300 KB')
    expect(fileSizeText(materialBytesMax, 'en-US')).toBe('8 MB')
    expect(fileSizeText(1.5 * 1024 * 1024, 'en-US')).toBe('1.5 MB')
  })
})

describe('the application sent', () => {
  const item = {
    code: 'G60-SHSJ-AMR-011',
    mode: 'proxy' as const,
    materials: [applicationForm, businessLicence, productionLicence, powerOfAttorney],
  }
  const form = pdf('申请书.pdf')

  it('claims each material handed in, in the item’s order, each upload under its material’s code', () => {
    const { claims, files } = claimsOf(item.materials, {
      power_of_attorney: { source: 'upload', file: undefined },
      industrial_production_licence: { source: 'licence', referenceId: 'scas_approved' },
      business_licence: { source: 'registry' },
      application_form: { source: 'upload', file: form },
    })
    expect(claims).toEqual([
      { code: 'application_form', source: 'upload', file: 'application_form' },
      { code: 'business_licence', source: 'registry' },
      { code: 'industrial_production_licence', source: 'licence', referenceId: 'scas_approved' },
    ])
    expect(files).toEqual([
      {
        field: 'application_form',
        name: '申请书.pdf',
        sizeBytes: 13,
        lastModified: form.lastModified,
        file: form,
      },
    ])
  })

  it('names the window city, except for an item handled fully online', () => {
    const values = {
      windowCityCode: 'HF' as const,
      purpose: '  生产许可证变更  ',
      materials: { application_form: { source: 'upload' as const, file: form } },
    }
    expect(applicationOf(item, values).application).toEqual({
      itemCode: 'G60-SHSJ-AMR-011',
      windowCityCode: 'HF',
      purpose: '生产许可证变更',
      materials: [{ code: 'application_form', source: 'upload', file: 'application_form' }],
    })
    expect(applicationOf({ ...item, mode: 'online' }, values).application).not.toHaveProperty(
      'windowCityCode',
    )
  })
})
