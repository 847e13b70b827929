// The council team work in UK time: an export "since 1 June" means midnight in London, which is
// 23:00 UTC the day before in British Summer Time.
const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function londonFields(time: Date): Record<string, string> {
  return Object.fromEntries(ukParts.formatToParts(time).map(({ type, value }) => [type, value]));
}

/** A time as UK clock time, "2026-06-01 00:30:00", sortable in a spreadsheet. */
export function londonDateTime(iso: string): string {
  const { year, month, day, hour, minute, second } = londonFields(new Date(iso));
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** Midnight in London at the start of `day` (YYYY-MM-DD), as an instant. */
export function londonMidnight(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // London is UTC or one hour ahead; the clocks change at 01:00 UTC, never near midnight.
  const { hour } = londonFields(new Date(utcMidnight));
  return new Date(utcMidnight - (hour === '01' ? 3_600_000 : 0));
}
