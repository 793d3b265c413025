import type { Rule } from '@deckcheck/core'
import { propertiesOf } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

const VALID = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/
const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/

export const labelKey: Rule<ParsedDockerfile> = {
  id: 'dockerfile/label-key',
  aliases: ['DL3048'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  recommended: false,
  docs: {
    description: 'A LABEL key that is not lower-case letters, digits, dots and dashes, or that uses a namespace reserved by Docker.',
    why: 'Docker recommends reverse-DNS keys in lower case (`org.opencontainers.image.source`); tools that read labels expect them.',
    bad: [{ code: 'FROM python:3.13-slim\nLABEL Maintainer_Email="jane@example.com"\n' }],
    good: [{ code: 'FROM python:3.13-slim\nLABEL org.opencontainers.image.authors="jane@example.com"\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3048', 'https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations'],
  },
  check({ parsed, report }) {
    for (const instruction of parsed.instructions) {
      if (instruction.getKeyword() !== 'LABEL') continue
      for (const property of propertiesOf(instruction)) {
        const key = property.getName().replace(/^"|"$/g, '')
        if (VALID.test(key) && !RESERVED.test(key)) continue
        report({ message: `Label key ${key} ${RESERVED.test(key) ? 'uses a namespace reserved by Docker' : 'should be lower case with only letters, digits, dots and dashes'}: use a reverse-DNS key such as \`org.opencontainers.image.${key.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}\`.`, place: parsed.place(property.getNameRange()) })
      }
    }
  },
}
