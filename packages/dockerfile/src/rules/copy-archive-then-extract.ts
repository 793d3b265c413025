import type { Rule } from '@deckcheck/core'
import { isExecForm, keywordPlace, runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz)|tgz|tbz2?|txz)$/

export const copyArchiveThenExtract: Rule<ParsedDockerfile> = {
  id: 'dockerfile/copy-archive-then-extract',
  aliases: ['DL3010'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  recommended: false,
  docs: {
    description: 'A local archive copied with COPY and then unpacked with `tar` in a RUN of the same stage.',
    why: 'The archive stays in the COPY layer even after it is unpacked; `ADD app.tar.gz /opt/` unpacks it in one step and keeps only the files.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt\n' }],
    good: [{ code: 'FROM python:3.13-slim\nADD vendor.tar.gz /opt/\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3010', 'https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const extracted = runCommands(parsed, stage)
        .filter(({ command }) => command.name === 'tar')
        .flatMap(({ command }) => command.words.map((w) => w.value ?? ''))
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'COPY' || isExecForm(instruction)) continue
        const archives = instruction.getArguments().slice(0, -1).map((a) => a.getValue()).filter((s) => ARCHIVE.test(s))
        const name = archives.find((archive) => extracted.some((word) => word.endsWith(archive.replace(/^.*\//, ''))))
        if (name) report({ message: `${name} is copied and then unpacked, so the archive stays in the image: write \`ADD ${name} <directory>\`, which unpacks it in one layer.`, place: keywordPlace(parsed, instruction) })
      }
    }
  },
}
