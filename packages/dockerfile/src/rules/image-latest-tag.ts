import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'
import { imageTagReports } from '../images.ts'

export const imageLatestTag: Rule<ParsedDockerfile> = {
  id: 'dockerfile/image-latest-tag',
  aliases: ['DL3007'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A FROM image with the `latest` tag.',
    why: '`latest` is whatever was pushed last: two builds of the same Dockerfile get different Python versions, and a breaking release lands without a change in the repository.',
    bad: [{ code: 'FROM python:latest\n' }],
    good: [{ code: 'FROM python:3.13-slim\n' }, { code: 'FROM python:latest@sha256:9c4b3e2f5d4a8a1b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3007'],
  },
  check({ parsed, report }) {
    for (const r of imageTagReports(parsed, 'latest')) report(r)
  },
}
