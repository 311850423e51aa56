import { Type } from 'typebox'
import { describe, expect, it } from 'vitest'
import { bilingualSchema, closedObject, readCatalogue } from './data-file'

const schema = Type.Array(closedObject({ name: bilingualSchema, capFen: Type.Integer({ minimum: 0 }) }))

describe('reading a seed catalogue', () => {
  it('returns a well-formed file as it is, frozen', () => {
    const content = [{ name: { zh: '创新券', en: 'Innovation voucher' }, capFen: 2_000_000 }]
    const read = readCatalogue('catalogue/good.json', schema, content)
    expect(read).toEqual(content)
    expect(Object.isFrozen(read[0]?.name)).toBe(true)
  })

  it('refuses a malformed file, naming the file and every field at fault', () => {
    const content = [
      { name: { zh: '创新券', en: 'Innovation voucher' }, capFen: 2_000_000 },
      { name: { zh: '', en: 'Voucher' }, capFen: 12.5, cap: 3 },
    ]
    const read = () => readCatalogue('catalogue/bad.json', schema, content)
    expect(read).toThrow(/catalogue\/bad\.json is malformed/)
    expect(read).toThrow(/\/1\/name\/zh/)
    expect(read).toThrow(/\/1\/capFen/)
    expect(read).toThrow(/\/1: must not have additional properties/)
  })

  it('refuses a file of the wrong shape altogether', () => {
    expect(() => readCatalogue('catalogue/object.json', schema, { name: 'x' })).toThrow(
      /catalogue\/object\.json is malformed: \(the whole file\)/,
    )
  })
})
