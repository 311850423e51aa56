// Data files (JSON imported as modules: seed catalogues and reference data) are checked against a TypeBox schema
// when they load: a malformed file stops the loader with the file and the fields named, instead of producing bad
// data. What is read is frozen, so that nothing can change a file's content another reader sees after it.
import { Type, type Static, type TProperties, type TSchema } from 'typebox'
import { Value } from 'typebox/value'

const problemsShownMax = 8

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

/** The content of `file` (its path, for the message) when it has the schema's shape; otherwise an error. */
export function readCatalogue<Schema extends TSchema>(
  file: string,
  schema: Schema,
  content: unknown,
): Static<Schema> {
  if (!Value.Check(schema, content)) {
    const problems = [...Value.Errors(schema, content)]
      .slice(0, problemsShownMax)
      .map(
        (error) => `${error.instancePath === '' ? '(the whole file)' : error.instancePath}: ${error.message}`,
      )
    throw new Error(`the data file ${file} is malformed: ${problems.join('; ')}`)
  }
  return deepFreeze(content)
}

/** An object of exactly these fields: a misspelt field in a file is an error, not a field nobody reads. */
export const closedObject = <Properties extends TProperties>(properties: Properties) =>
  Type.Object(properties, { additionalProperties: false })

export const nonEmptyText = Type.String({ minLength: 1 })

/** A text in Chinese and in English, as every name shown to a user is. */
export const bilingualSchema = closedObject({ zh: nonEmptyText, en: nonEmptyText })
export type Bilingual = Static<typeof bilingualSchema>

export const dayRangeSchema = Type.Tuple([Type.Number(), Type.Number()])
