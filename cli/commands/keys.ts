// g60 keys: the licence issuers' signing keys. `list` prints the public keys and their states; `rotate ISSUER`
// retires the issuer's active key of a suite for signing (licences it signed stay valid) and makes the next one;
// `compromise KEY` declares a key compromised (licences it signed fail verification with the reason). Both are
// the corridor office's, audited under the user named by --as.
import type { Command } from 'commander'
import { asOperator, fail } from '../shared'

const suites = ['ed25519', 'sm2'] as const

export function registerKeys(program: Command) {
  const keys = program
    .command('keys')
    .description('the licence issuers’ signing keys (public parts only are shown)')
  keys
    .command('list')
    .description('every issuer’s keys: suite, state, public key')
    .requiredOption('--as <username>', 'a corridor office or city officer user')
    .action(async (options: { as: string }) => {
      await asOperator(options.as, async (context, principal) => {
        for (const key of await context.modules.licences.keys.listPublic(principal)) {
          const retired = key.retiredAt !== null ? ` retired ${key.retiredAt.toISOString()}` : ''
          process.stdout.write(
            `${key.id.padEnd(18)} ${key.issuerCode.padEnd(6)} ${key.suite.padEnd(8)} ${key.state}${retired}\n`,
          )
        }
      })
    })
  keys
    .command('rotate')
    .description('retire an issuer’s active key of a suite and make a new one (what it signed stays valid)')
    .argument('<issuer>', 'a city code (HZ, SH-SJ…) or G60 for the corridor office')
    .option('--suite <suite>', 'ed25519 (default) or sm2', 'ed25519')
    .requiredOption('--as <username>', 'the corridor office user the change is recorded under')
    .action(async (issuer: string, options: { suite: string; as: string }) => {
      const suite = suites.find((candidate) => candidate === options.suite)
      if (suite === undefined) fail('--suite must be ed25519 or sm2')
      await asOperator(options.as, async (context, principal) => {
        const result = await context.modules.licences.keys.rotate(issuer.toUpperCase(), suite, principal)
        process.stdout.write(
          `${issuer.toUpperCase()}: ${result.id} signs from now on; ${result.retired ?? 'no key'} retired\n`,
        )
      })
    })
  keys
    .command('compromise')
    .description('declare a key compromised: every licence it signed fails verification with the reason')
    .argument('<key>', 'the key id, e.g. hz-ed25519-1 (see g60 keys list)')
    .requiredOption('--reason-zh <text>', 'why, in Chinese')
    .requiredOption('--reason-en <text>', 'why, in English')
    .requiredOption('--as <username>', 'the corridor office user the change is recorded under')
    .action(async (key: string, options: { reasonZh: string; reasonEn: string; as: string }) => {
      await asOperator(options.as, async (context, principal) => {
        const found = await context.modules.licences.keys.compromise(
          key,
          { zh: options.reasonZh, en: options.reasonEn },
          principal,
        )
        process.stdout.write(
          `${found.id} is compromised; ${found.issuerCode}'s status lists are signed again by its active key\n`,
        )
      })
    })
}
