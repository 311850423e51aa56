// What the instruments tests share about opening hours: an instrument open around the clock, every day, holidays
// included, for tests about other rules that book at any hour.
export const alwaysOpen = {
  weekly: Array.from({ length: 7 }, () => [{ opensAt: '00:00', closesAt: '24:00' }]),
  closedOnHolidays: false,
}
