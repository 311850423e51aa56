import { defineErrors } from '../../platform/errors'

// 404: the record does not exist; 409: the record's state or the calendar forbids it now; 422: the rules forbid it.
export const instrumentErrors = defineErrors({
  INSTRUMENT_NOT_FOUND: { status: 404, zh: '未找到该仪器', en: 'Instrument not found' },
  INSTRUMENT_UNAVAILABLE: {
    status: 409,
    zh: '该仪器维护中或已停用，暂不接受预约',
    en: 'The instrument is under maintenance or retired and takes no bookings',
  },
  INSTRUMENT_VALUE_TOO_LOW: {
    status: 422,
    zh: '共享目录仅收录原值 30 万元及以上的仪器',
    en: 'The shared catalogue holds instruments of ¥300,000 original value and above',
  },
  INSTRUMENT_RULES_INCONSISTENT: {
    status: 422,
    zh: '预约规则不一致：最短时长须不超过最长时长，对外价格须不低于对内价格',
    en: 'The rules are inconsistent: minimum duration ≤ maximum, external price ≥ internal price',
  },
  OPENING_HOURS_INVALID: {
    status: 422,
    zh: '开放时间无效：每个时段须在整点或半点，关闭时间须晚于开放时间，同一天的时段不得重叠',
    en: 'The opening hours are invalid: periods on whole half hours, each closing after it opens, none overlapping',
  },
  BOOKING_NOT_FOUND: { status: 404, zh: '未找到该预约', en: 'Booking not found' },
  BOOKING_TIME_INVALID: {
    status: 422,
    zh: '结束时间须晚于开始时间，时间须带时区（ISO 8601）',
    en: 'The end must come after the start, and times need a time zone (ISO 8601)',
  },
  BOOKING_IN_PAST: { status: 422, zh: '不能预约过去的时间', en: 'A booking cannot start in the past' },
  BOOKING_LEAD_TIME: {
    status: 422,
    zh: '预约须满足该仪器的提前预约时间',
    en: "The booking starts sooner than the instrument's lead time allows",
  },
  BOOKING_DURATION_OUT_OF_RANGE: {
    status: 422,
    zh: '预约时长不在该仪器允许的范围内',
    en: "The booking is shorter or longer than the instrument's rules allow",
  },
  BOOKING_OUTSIDE_OPENING_HOURS: {
    status: 422,
    zh: '预约时段须完全在该仪器的开放时间内（节假日闭馆的仪器在法定节假日不开放）',
    en: "The booking must lie wholly inside the instrument's opening hours (closed on public holidays if it says so)",
  },
  BOOKING_SAMPLES_REQUIRED: {
    status: 422,
    zh: '该仪器按样品计价，请填写样品数量',
    en: 'This instrument is priced per sample: give the number of samples',
  },
  BOOKING_QUOTA_EXCEEDED: {
    status: 422,
    zh: '超出本单位当月在该仪器上的预约额度',
    en: "The booking would exceed your organisation's monthly hours on this instrument",
  },
  BOOKING_SLOT_TAKEN: {
    status: 409,
    zh: '该时段（含间隔时间）已被预约',
    en: 'That time (buffer included) is already booked',
  },
  BOOKER_BLACKLISTED: {
    status: 403,
    zh: '因违约次数过多，您暂不能预约该机构的仪器',
    en: "Too many violations: you cannot book this owner's instruments for now",
  },
  BOOKING_TRANSITION_INVALID: {
    status: 409,
    zh: '该预约当前状态不允许此操作',
    en: "The booking's current status does not allow this",
  },
  BOOKING_CANCELLATION_TOO_LATE: {
    status: 409,
    zh: '已过取消时限，请联系仪器管理方',
    en: 'The cancellation notice has run out; contact the owner',
  },
  BOOKING_CHECK_IN_WINDOW: {
    status: 409,
    zh: '只能在预约开始前 30 分钟至开始后 1 小时内签到',
    en: 'Check-in is open from 30 minutes before the start until 1 hour after it',
  },
  BOOKING_RECURRENCE_CONFLICT: {
    status: 409,
    zh: '重复预约中有时段无法预约，已全部取消',
    en: 'One of the repeated dates cannot be booked, so none was',
  },
  BOOKING_VOUCHER_NOT_FOR_FIRM: {
    status: 422,
    zh: '只有企业用户可以用创新券支付',
    en: 'Only firm users pay with an innovation voucher',
  },
  STATS_PERIOD_INVALID: {
    status: 422,
    zh: '统计期间无效：开始日期须不晚于结束日期，跨度不超过 3 年',
    en: 'The period must start on or before its end and span at most 3 years',
  },
})
