/**
 * CPython feature releases and their end of life (the last day of security support), from
 * https://devguide.python.org/versions/. Update this table when a release is added; rules compare
 * against the current date, so a tag turns end-of-life on its own day.
 */
export const PYTHON_END_OF_LIFE: Record<string, string> = {
  '2.7': '2020-01-01',
  '3.0': '2009-06-27',
  '3.1': '2012-04-09',
  '3.2': '2016-02-20',
  '3.3': '2017-09-29',
  '3.4': '2019-03-18',
  '3.5': '2020-09-30',
  '3.6': '2021-12-23',
  '3.7': '2023-06-27',
  '3.8': '2024-10-07',
  '3.9': '2025-10-31',
  '3.10': '2026-10-31',
  '3.11': '2027-10-31',
  '3.12': '2028-10-31',
  '3.13': '2029-10-31',
  '3.14': '2030-10-31',
}

/** The oldest release still supported on `today`, for messages. */
export function oldestSupported(today: Date): string | undefined {
  return Object.entries(PYTHON_END_OF_LIFE).find(([, eol]) => new Date(eol) > today)?.[0]
}

/** The end-of-life date of a `3.x` version if it has passed on `today`. */
export function endOfLife(version: string, today: Date): string | undefined {
  const eol = PYTHON_END_OF_LIFE[version]
  return eol && new Date(eol) <= today ? eol : undefined
}
