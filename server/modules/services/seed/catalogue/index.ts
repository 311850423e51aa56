// What the demo one-stop cases are made of: the names of synthetic professionals, the purposes applicants write, and
// the words of windows and deciding offices (what a request for materials finds wrong, reasons, conditions) and of
// applicants rating a closed case. Checked when it loads.
import { Type } from 'typebox'
import { closedObject, nonEmptyText, readCatalogue } from '../../../../platform/data-file'
import { talentAreas } from '../../services.reference'
import textsFile from './texts.json'

const words = Type.Array(nonEmptyText, { minItems: 1 })
const nameParts = Type.Array(closedObject({ zh: nonEmptyText, en: nonEmptyText }), { minItems: 1 })

export const serviceTexts = readCatalogue(
  'server/modules/services/seed/catalogue/texts.json',
  closedObject({
    surnames: nameParts,
    /** the characters of given names, each with its pinyin in lower case */
    givenCharacters: nameParts,
    enterprisePurposesByDepartment: Type.Record(nonEmptyText, words),
    talentPurposesByArea: Type.Record(Type.Enum(talentAreas), words),
    /** what a window or a deciding office finds wrong with a material (after the material's name) */
    materialProblems: words,
    notAcceptedReasons: words,
    notAcceptedLateReason: nonEmptyText,
    refusalReasons: words,
    approvalConditions: words,
    withdrawalReasons: words,
    /** comments by stars, as applicants write them (mostly Chinese, some English); index 0 is unused */
    ratingCommentsByRating: Type.Array(Type.Array(nonEmptyText), { minItems: 6, maxItems: 6 }),
  }),
  textsFile,
)
