import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const shellSyntax: Rule<ParsedDockerfile> = {
  id: 'dockerfile/shell-syntax',
  aliases: [],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'A RUN whose shell command is not valid shell (an unclosed quote, a stray `)`, a missing `fi`).',
    why: 'Docker hands the text to `/bin/sh -c` as it is: the image builds up to this step and then fails, so the slide shows a command nobody can run. Exec-form RUN and heredocs with their own interpreter (`#!/usr/bin/env python3`) are not shell and are not read as such.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir "fastapi==0.115.0\n' }, { code: 'FROM python:3.13-slim\nRUN if [ -f requirements.txt ]; then pip install --no-cache-dir -r requirements.txt\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN if [ -f requirements.txt ]; then \\\n      pip install --no-cache-dir -r requirements.txt; \\\n    fi\n' },
      { code: 'FROM python:3.13-slim\nRUN <<EOF\nset -e\nuseradd --create-home app\nEOF\n' },
    ],
    references: ['https://docs.docker.com/reference/dockerfile/#run', 'https://github.com/mvdan/sh'],
  },
  check({ parsed, report }) {
    for (const run of parsed.runs) {
      const error = run.script.error
      if (error) report({ message: `This RUN is not valid shell: ${error.message}. /bin/sh would fail at this step; fix the quoting or the command.`, place: { offset: error.offset, endOffset: error.offset + 1 } })
    }
  },
}
