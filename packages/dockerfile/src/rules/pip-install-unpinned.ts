import type { Rule } from '@deckcheck/core'
import { wordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'
import { pipInstalls } from '../pip.ts'

export const pipInstallUnpinned: Rule<ParsedDockerfile> = {
  id: 'dockerfile/pip-install-unpinned',
  aliases: ['DL3013'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A package installed with `pip install <name>` without a version.',
    why: 'An unpinned package is whatever was released last, so two builds of the same Dockerfile differ. Installing from a lock or requirements file (`-r requirements.txt`), a local project (`.`) or wheel files is not reported.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir requests\n' }],
    good: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir requests==2.32.3\n' }, { code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n' }, { code: 'FROM python:3.13-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3013', 'https://pip.pypa.io/en/stable/topics/repeatable-installs/'],
  },
  check({ parsed, report }) {
    for (const { operands } of pipInstalls(parsed)) {
      for (const word of operands) {
        const value = word.value
        if (value === undefined || /^[./~]|[/\\]|\.(whl|tar\.gz|zip)$|^[a-z+]+:/i.test(value) || /(==|===|~=|<|>|@)/.test(value)) continue
        report({ message: `Pin ${value} to a version: \`pip install ${value}==<version>\`, or install from a locked requirements file.`, place: wordPlace(word) })
      }
    }
  },
}
