import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

const DOWNLOADERS = new Set(['curl', 'wget'])
const INTERPRETERS = /^(sh|bash|dash|ash|zsh|ksh|python[\d.]*|perl|ruby|node)$/

export const curlPipeShell: Rule<ParsedDockerfile> = {
  id: 'dockerfile/curl-pipe-shell',
  aliases: [],
  language: 'dockerfile',
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A remote script downloaded and piped straight into a shell or interpreter (`curl … | sh`).',
    why: 'The talks: whatever the server returns on build day runs as root in the image, unreviewed and unpinned, and a truncated download runs half a script. Copy the tool from its pinned image (`COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/`), install a pinned package, or download a pinned release and check its checksum.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN curl -LsSf https://astral.sh/uv/install.sh | sh\n' }],
    good: [{ code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/\n' }],
    references: ['https://docs.astral.sh/uv/guides/integration/docker/#installing-uv'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      const source = command.pipedFrom
      if (!source || !DOWNLOADERS.has(source.name) || !INTERPRETERS.test(command.name)) continue
      report({ message: `A script downloaded with ${source.name} is piped into ${command.name} and runs unreviewed: install a pinned release (or copy the tool from its pinned image) and verify it instead.`, place: { offset: source.offset, endOffset: command.endOffset } })
    }
  },
}
