import type { Command } from 'commander'
import { roles } from '../../server/platform/authorization'
import { AppError } from '../../server/platform/errors'
import { createIdentityService } from '../../server/platform/identity'
import { fail, loadConfigOrExit, openDatabaseOrExit } from '../shared'

function readPasswordFromStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk) => (text += chunk))
    process.stdin.on('end', () => resolve(text.replace(/\r?\n$/, '')))
    process.stdin.on('error', reject)
  })
}

export function registerUsersCreate(program: Command) {
  const users = program.commands.find((command) => command.name() === 'users') ?? program.command('users')
  users.description('platform users')
  users
    .command('create')
    .description('create a user; the password is read from standard input')
    .requiredOption('--username <name>', 'sign-in name (a-z, 0-9, . _ -)')
    .requiredOption('--role <role>', roles.join(' | '))
    .requiredOption('--name-zh <name>', 'display name in Chinese')
    .requiredOption('--name-en <name>', 'display name in English')
    .option('--city <code>', 'city code, for city officers and workstation officers')
    .option('--organisation <id>', 'firm_…, prov_… or inst_… id, for firm, provider and financier users')
    .action(
      async (options: {
        username: string
        role: string
        nameZh: string
        nameEn: string
        city?: string
        organisation?: string
      }) => {
        const role = roles.find((candidate) => candidate === options.role)
        if (role === undefined) fail(`--role must be one of ${roles.join(', ')}`)
        const config = loadConfigOrExit()
        const password = await readPasswordFromStdin()
        const database = await openDatabaseOrExit(config)
        try {
          await database.migrate()
          const identity = createIdentityService(database.db, {
            mode: config.mode,
            sessionDurationHours: config.sessionDurationHours,
          })
          const user = await identity.createUser(null, {
            username: options.username,
            password,
            displayNameZh: options.nameZh,
            displayNameEn: options.nameEn,
            role,
            cityCode: options.city ?? null,
            organisationId: options.organisation ?? null,
          })
          process.stdout.write(`created ${user.username} (${user.role}) as ${user.id}\n`)
        } catch (error) {
          if (error instanceof AppError)
            fail(`${error.code}: ${error.message} ${JSON.stringify(error.details ?? {})}`)
          throw error
        } finally {
          await database.close()
        }
      },
    )
}
