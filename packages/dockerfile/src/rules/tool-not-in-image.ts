import type { Rule } from '@deckcheck/core'
import { baseImageOf, operandsAfter, runCommands, type ShellCommand, subcommandIndex } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'

/** Tools the talks' snippets reach for, and the minimal images that do not ship them. */
const MISSING: { image: RegExp; tools: string[]; install: (tool: string) => string }[] = [
  { image: /(^|\/)alpine$|-alpine|^alpine/, tools: ['curl', 'git', 'bash'], install: (tool) => `RUN apk add --no-cache ${tool}` },
  { image: /-slim|^debian:.*slim|distroless/, tools: ['curl', 'wget', 'git', 'gcc', 'make'], install: (tool) => `RUN apt-get update && apt-get install -y --no-install-recommends ${tool} && rm -rf /var/lib/apt/lists/*` },
]

const INSTALLERS: { name: string; subcommands: string[] }[] = [
  { name: 'apt-get', subcommands: ['install'] },
  { name: 'apt', subcommands: ['install'] },
  { name: 'apk', subcommands: ['add'] },
  { name: 'dnf', subcommands: ['install'] },
  { name: 'microdnf', subcommands: ['install'] },
  { name: 'yum', subcommands: ['install'] },
]

function installed(command: ShellCommand): string[] {
  const installer = INSTALLERS.find((i) => i.name === command.name)
  const index = installer ? subcommandIndex(command, installer.subcommands) : -1
  return index === -1 ? [] : operandsAfter(command, index).map((w) => (w.value ?? '').replace(/[=~<>].*$/, ''))
}

/** The stages a stage is built on, itself last. */
function lineage(stage: Stage): Stage[] {
  return stage.parent ? [...lineage(stage.parent), stage] : [stage]
}

export const toolNotInImage: Rule<ParsedDockerfile> = {
  id: 'dockerfile/tool-not-in-image',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'A RUN that calls curl, wget, git (or a compiler) on a `-slim` or alpine base image that does not ship it, with no earlier step installing it.',
    why: 'The talks: "the slim image has no curl". The build stops with `curl: not found` at this step. Install the tool first, or better avoid it: copy tools from their images (`COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/`) and use ADD for downloads.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN curl -fsSLo /tmp/app.tar.gz https://example.com/app-1.0.tar.gz\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLo /tmp/app.tar.gz https://example.com/app-1.0.tar.gz\n' },
      { code: 'FROM python:3.13\nRUN curl -fsSLo /tmp/app.tar.gz https://example.com/app-1.0.tar.gz\n' },
    ],
    references: ['https://hub.docker.com/_/python', 'https://docs.docker.com/reference/dockerfile/#add'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const base = baseImageOf(parsed, stage)
      if (!base || base.reference.dynamic) continue
      const image = `${base.reference.name}:${base.reference.tag ?? ''}`
      const missing = MISSING.find((m) => m.image.test(image))
      if (!missing) continue
      const have = new Set<string>()
      for (const ancestor of lineage(stage)) {
        for (const { command } of runCommands(parsed, ancestor)) {
          if (ancestor === stage && missing.tools.includes(command.name) && !have.has(command.name)) {
            report({ message: `${command.name} is not in ${image}, and no earlier step installs it: this RUN fails with "${command.name}: not found". Install it first (\`${missing.install(command.name)}\`) or avoid it.`, place: command.words[0] })
            have.add(command.name)
          }
          for (const tool of installed(command)) have.add(tool)
        }
      }
    }
  },
}
