import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'
import { imageTagReports } from '../images.ts'

export const imageUntagged: Rule<ParsedDockerfile> = {
  id: 'dockerfile/image-untagged',
  aliases: ['DL3006'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A FROM image without a tag or digest.',
    why: 'Without a tag Docker pulls `latest`: the build is not reproducible, and a new major version of the base image arrives unannounced. ARG defaults are resolved, and stage names and `scratch` are not images.',
    bad: [{ code: 'FROM python\nRUN python --version\n' }, { code: 'ARG BASE=python\nFROM ${BASE}\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nFROM build\n' }, { code: 'FROM scratch\nCOPY app /app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3006'],
  },
  check({ parsed, report }) {
    for (const r of imageTagReports(parsed, 'untagged')) report(r)
  },
}
