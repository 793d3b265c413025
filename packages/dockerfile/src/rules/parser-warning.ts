import type { Rule } from '@deckcheck/core'
import { handlingOf } from '../diagnostics.ts'
import type { DirectiveLine, ParsedDockerfile } from '../parse.ts'

/** What ended the directive block before `directive`, for the message. */
function whatCameFirst(parsed: ParsedDockerfile): string {
  const stop = parsed.directives.length + parsed.duplicateDirectives.length
  const line = parsed.text.split('\n')[stop] ?? ''
  if (line.trim() === '') return 'a blank line'
  if (/^#\s*[a-zA-Z][a-zA-Z0-9]*\s*=/.test(line)) return `\`${line.trim()}\`, which is not a parser directive Docker knows`
  if (line.startsWith('#')) return `the comment \`${line.trim()}\``
  return `\`${line.trim()}\``
}

function ignoredMessage(directive: DirectiveLine, parsed: ParsedDockerfile): string {
  const effect =
    directive.name === 'escape'
      ? `${parsed.escape} stays the line-continuation character, and a line ending in ${directive.value} does not continue`
      : directive.name === 'syntax'
        ? 'the frontend it names is not used'
        : 'its check settings do not apply'
  return `\`# ${directive.name}=${directive.value}\` comes after ${whatCameFirst(parsed)}, so Docker reads it as an ordinary comment: ${effect}. Parser directives must come first: move this line to the top.`
}

export const parserWarning: Rule<ParsedDockerfile> = {
  id: 'dockerfile/parser-warning',
  aliases: [],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'warn',
  docs: {
    description:
      "A Dockerfile that builds, but that Docker's parser warns about or reads differently from how it looks: a blank line inside an instruction continued with \\, or a parser directive (`# escape=`, `# syntax=`, `# check=`) that is not at the very top and is therefore an ordinary comment.",
    why:
      'Docker announces that empty continuation lines will become an error, and a directive after a comment or a blank line silently does nothing: with `# escape=`` ` below a title comment, every backtick continuation breaks.',
    bad: [
      { code: 'FROM python:3.12-slim\nRUN apt-get update && \\\n\n    apt-get install -y --no-install-recommends curl\n' },
      { code: '# Build the API image\n# syntax=docker/dockerfile:1\nFROM python:3.12-slim\n' },
    ],
    good: [
      { code: '# syntax=docker/dockerfile:1\n# Build the API image\nFROM python:3.12-slim\nRUN apt-get update && \\\n    # comments may sit inside a continued instruction\n    apt-get install -y --no-install-recommends curl\n' },
    ],
    references: ['https://docs.docker.com/reference/dockerfile/#parser-directives'],
  },
  check({ parsed, report }) {
    for (const diagnostic of parsed.diagnostics) {
      if (handlingOf(diagnostic) !== 'warning') continue
      const message =
        diagnostic.name === 'EMPTY_CONTINUATION_LINE'
          ? `Blank line inside an instruction continued with ${parsed.escape}: Docker warns "Empty continuation line" and will reject it in a future release; remove the blank line (a comment line is fine).`
          : `${diagnostic.message.replace(/\.$/, '')}.`
      report({ message, place: parsed.place(diagnostic.range) })
    }
    for (const directive of parsed.ignoredDirectives) {
      report({ message: ignoredMessage(directive, parsed), place: parsed.place(directive.range) })
    }
  },
}
