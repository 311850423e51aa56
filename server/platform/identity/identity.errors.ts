import { defineErrors } from '../errors'

// What the administration of users and the change of one's own password refuse.
export const identityErrors = defineErrors({
  USER_SELF_CHANGE_REFUSED: {
    status: 403,
    zh: '不能停用自己的账号或更改自己的角色与范围',
    en: 'You cannot disable your own account or change your own role or scope',
  },
  USER_CITY_OUT_OF_REACH: {
    status: 403,
    zh: '城市主管部门只能管理本市用户，且不能授予走廊办角色或其他城市',
    en: "City officers manage only their city's users and cannot grant the corridor office role or another city",
  },
  USER_ALREADY_DISABLED: { status: 409, zh: '该用户已停用', en: 'The user is already disabled' },
  USER_ALREADY_ENABLED: { status: 409, zh: '该用户已启用', en: 'The user is already enabled' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改密码后再继续',
    en: 'Change your password before you continue',
  },
  PASSWORD_CURRENT_WRONG: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_UNCHANGED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
})
