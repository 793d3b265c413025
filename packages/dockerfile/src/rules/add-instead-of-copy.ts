import type { Rule } from '@deckcheck/core'
import { instructionsNamed, keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** Sources ADD does something special with: URLs, git repositories, and local archives it unpacks. */
const SPECIAL = /^([a-z][a-z0-9+.-]*:\/\/|git@)|\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i

export const addInsteadOfCopy: Rule<ParsedDockerfile> = {
  id: 'dockerfile/add-instead-of-copy',
  aliases: ['DL3020'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'ADD used to copy local files or folders.',
    why: 'ADD also fetches URLs and unpacks archives, so a reader has to check which of the three it does; COPY only copies. Keep ADD for what only it does.',
    bad: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nADD requirements.txt .\n' }],
    good: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nADD vendor.tar.gz /opt/\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3020', 'https://docs.docker.com/build/building/best-practices/#add-or-copy'],
  },
  check({ parsed, report }) {
    for (const instruction of instructionsNamed(parsed, 'ADD')) {
      const sources = instruction.getArguments().slice(0, -1).map((a) => a.getValue())
      if (sources.length === 0 || sources.some((s) => SPECIAL.test(s) || s.startsWith('<<'))) continue
      report({ message: `Use COPY, not ADD, to copy local files: \`COPY ${instruction.getArguments().map((a) => a.getValue()).join(' ')}\`.`, place: keywordPlace(parsed, instruction) })
    }
  },
}
