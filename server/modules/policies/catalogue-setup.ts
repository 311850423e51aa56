// Inserting the catalogue as shipped when the policies table is empty (start-up, safe to repeat): policies, items,
// their rule versions (each compiled first, so a bad rule in the file stops the start), and each paying item's
// budget account, funded from its issuer's appropriation by one balanced transfer.
import type { Database } from '../../db/client'
import { newId } from '../../platform/ids'
import { ensureLedgerAccount, transferMany, transfersPerBatchMax } from '../vouchers'
import * as repository from './policies.repository'
import { cataloguePolicies, fundingCityOf } from './policies.reference'
import { compileRule } from './rules/rule'

export async function ensurePolicyCatalogue(
  db: Database,
  options: { isSynthetic: boolean } = { isSynthetic: false },
) {
  if ((await repository.countPolicies(db)) > 0) return
  await db.transaction(async (transaction) => {
    const transfers = []
    for (const policy of cataloguePolicies) {
      const policyId = newId('pol')
      await repository.insertPolicies(transaction, [
        {
          id: policyId,
          code: policy.code,
          issuerCode: policy.issuer,
          documentNumber: policy.documentNumber,
          titleZh: policy.titleZh,
          titleEn: policy.titleEn,
          textZh: policy.textZh,
          textEn: policy.textEn,
          publishedOn: policy.publishedOn,
          isSynthetic: options.isSynthetic,
        },
      ])
      for (const item of policy.items) {
        const itemId = newId('pitm')
        const cityCode = fundingCityOf(policy.issuer)
        const budgetAccountId =
          item.budgetFen > 0
            ? await ensureLedgerAccount(transaction, { kind: 'policy_budget', ownerId: itemId, cityCode })
            : null
        await repository.insertItems(transaction, [
          {
            id: itemId,
            code: item.code,
            policyId,
            issuerCode: policy.issuer,
            cityCode,
            titleZh: item.titleZh,
            titleEn: item.titleEn,
            category: item.category,
            payoutMode: item.payoutMode,
            promiseWorkingDays: item.promiseWorkingDays,
            budgetFen: item.budgetFen,
            budgetAccountId,
            validFrom: item.validFrom,
            validUntil: item.validUntil,
            guideZh: item.guideZh,
            guideEn: item.guideEn,
            isSynthetic: options.isSynthetic,
          },
        ])
        await repository.insertRuleVersions(
          transaction,
          item.rules.map((rule, index) => ({
            id: newId('prul'),
            itemId,
            version: index + 1,
            effectiveFrom: rule.effectiveFrom,
            conditions: rule.conditions.map((condition) => ({ ...condition })),
            awardExpression: rule.award,
            facts: compileRule({ conditions: rule.conditions, awardExpression: rule.award }).facts,
            note: index === 0 ? '初始规则 · the rule as published' : null,
          })),
        )
        if (budgetAccountId !== null) {
          // each issuer's policy funds are their own budget line, apart from its voucher appropriation; the
          // office's are booked at its seat
          const sourceAccountId = await ensureLedgerAccount(transaction, {
            kind: 'appropriation',
            ownerId: `policies:${policy.issuer}`,
            cityCode,
          })
          transfers.push({
            kind: 'policy_appropriation' as const,
            fromAccountId: sourceAccountId,
            toAccountId: budgetAccountId,
            amountFen: item.budgetFen,
            reference: item.code,
            actorUserId: null,
          })
        }
      }
    }
    for (let start = 0; start < transfers.length; start += transfersPerBatchMax)
      await transferMany(transaction, transfers.slice(start, start + transfersPerBatchMax))
  })
}
