import type { Rule } from '@deckcheck/core'
import { flagNamed, runCommands, wordPlace } from '../helpers.ts'
import { parseImage } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

const UV_IMAGE = /^ghcr\.io\/astral-sh\/uv$/

export const uvInstalledByScript: Rule<ParsedDockerfile> = {
  id: 'dockerfile/uv-installed-by-script',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: "uv fetched with its install script (`astral.sh/uv/install.sh`) or copied from uv's image without a pinned version.",
    why: "The talks: copy uv from its pinned image, `COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/`. The install script needs curl (absent from slim images), runs unreviewed code, installs whatever version is newest, and puts uv in /root/.local/bin, off the PATH of other users. `ghcr.io/astral-sh/uv:latest` is unpinned as well.",
    bad: [{ code: 'FROM python:3.13-slim\nADD https://astral.sh/uv/install.sh /uv-installer.sh\nRUN sh /uv-installer.sh\n' }, { code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/\n' }],
    good: [{ code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/\n' }],
    references: ['https://docs.astral.sh/uv/guides/integration/docker/#installing-uv'],
  },
  check({ parsed, report }) {
    const advice = 'copy it from its pinned image instead: `COPY --from=ghcr.io/astral-sh/uv:<version> /uv /uvx /bin/`'
    for (const { command } of runCommands(parsed)) {
      const url = command.words.find((w) => /astral\.sh\/uv\b|astral-sh\/uv\/releases/.test(w.value ?? ''))
      if (url) report({ message: `uv is fetched by script here: ${advice}.`, place: wordPlace(url) })
    }
    for (const instruction of parsed.instructions) {
      const keyword = instruction.getKeyword()
      if (keyword === 'ADD' && instruction.getArguments().some((a) => /astral\.sh\/uv\b/.test(a.getValue()))) {
        report({ message: `uv is fetched by script here: ${advice}.`, place: parsed.place(instruction.getRange()) })
      }
      const from = keyword === 'COPY' ? flagNamed(instruction, 'from') : undefined
      const image = from?.getValue()
      if (!from || !image) continue
      const reference = parseImage(image, new Map())
      if (!UV_IMAGE.test(reference.name) || reference.digest || (reference.tag && reference.tag !== 'latest')) continue
      report({ message: `${image} is not pinned: name a uv version, \`--from=ghcr.io/astral-sh/uv:<version>\`.`, place: parsed.place(from.getValueRange() ?? from.getRange()) })
    }
  },
}
