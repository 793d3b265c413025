/**
 * CPython feature releases: first release and end of life (the last security release), from
 * https://devguide.python.org/versions/. Update this table when a new version ships; the rules
 * read nothing else. Dates of versions not yet retired are the planned ones (five years).
 */
export const PYTHON_RELEASES: readonly { version: string; released: string; endOfLife: string }[] = [
  { version: '3.6', released: '2016-12-23', endOfLife: '2021-12-23' },
  { version: '3.7', released: '2018-06-27', endOfLife: '2023-06-27' },
  { version: '3.8', released: '2019-10-14', endOfLife: '2024-10-07' },
  { version: '3.9', released: '2020-10-05', endOfLife: '2025-10-31' },
  { version: '3.10', released: '2021-10-04', endOfLife: '2026-10-31' },
  { version: '3.11', released: '2022-10-24', endOfLife: '2027-10-31' },
  { version: '3.12', released: '2023-10-02', endOfLife: '2028-10-31' },
  { version: '3.13', released: '2024-10-07', endOfLife: '2029-10-31' },
  { version: '3.14', released: '2025-10-07', endOfLife: '2030-10-31' },
]
