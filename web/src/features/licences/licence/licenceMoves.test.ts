import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/api/errors'
import { movesFrom } from '../common/enums'
import { referenceRefusalOf } from '../picker/walletChoices'
import { credentialFileName, credentialFileText } from './download'
import { mayMoveLicence } from './LicenceMoves'

describe('the issuing city’s moves on a licence', () => {
  it('suspends or revokes an active licence, reinstates or revokes a suspended one, and leaves a revoked one', () => {
    expect(movesFrom('active')).toEqual(['suspend', 'revoke'])
    expect(movesFrom('suspended')).toEqual(['reinstate', 'revoke'])
    expect(movesFrom('revoked')).toEqual([])
  })

  it('offers them to an officer of the issuing city only', () => {
    const licence = { issuerCode: 'SH-SJ' }
    expect(mayMoveLicence({ role: 'city_officer', cityCode: 'SH-SJ' }, licence)).toBe(true)
    expect(mayMoveLicence({ role: 'city_officer', cityCode: 'HF' }, licence)).toBe(false)
    expect(mayMoveLicence({ role: 'corridor_admin', cityCode: null }, licence)).toBe(false)
    expect(mayMoveLicence({ role: 'firm', cityCode: 'SH-SJ' }, licence)).toBe(false)
  })
})

describe('the credential downloaded', () => {
  it('is the credential as indented JSON, named after the licence', () => {
    const credential = { id: 'urn:uuid:1', proof: [{ cryptosuite: 'eddsa-jcs-2022' }] }
    expect(JSON.parse(credentialFileText(credential))).toEqual(credential)
    expect(credentialFileName('lic_01jz8k4q2m3n5p6r7s8t9v0w1x')).toBe('lic_01jz8k4q2m3n5p6r7s8t9v0w1x.json')
    expect(credentialFileName('lic_../x')).toBe('lic_.._x.json')
  })
})

describe('a licence presented in an application', () => {
  it('reads why the server refused it', () => {
    const refused = (refusal: unknown) =>
      new ApiError(422, 'SERVICE_MATERIAL_REFERENCE_INVALID', '引用的电子证照无效', 'req_1', { refusal })
    expect(referenceRefusalOf(refused('revoked'))).toBe('revoked')
    expect(referenceRefusalOf(refused('not_verified'))).toBe('not_verified')
    expect(referenceRefusalOf(refused('something_new'))).toBeNull()
    expect(referenceRefusalOf(new ApiError(422, 'SERVICE_MATERIALS_INCOMPLETE', '必需材料不齐全'))).toBeNull()
    expect(referenceRefusalOf(new Error('network'))).toBeNull()
  })
})
