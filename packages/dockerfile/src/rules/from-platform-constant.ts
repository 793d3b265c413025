import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const fromPlatformConstant: Rule<ParsedDockerfile> = {
  id: 'dockerfile/from-platform-constant',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'FROM with a constant `--platform` (`--platform=linux/amd64`).',
    why: 'A fixed platform makes the image build for that platform only, and run emulated (slowly) everywhere else; choose the platform at build time with `docker build --platform`. hadolint reports every --platform, even `--platform=$BUILDPLATFORM`, the documented way to cross-compile: like BuildKit, only constants are reported here.',
    bad: [{ code: 'FROM --platform=linux/amd64 python:3.13-slim\n' }],
    good: [{ code: 'FROM --platform=$BUILDPLATFORM python:3.13-slim AS build\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3029', 'https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const flag = stage.from.getPlatformFlag()
      const value = flag?.getValue()
      if (!flag || !value || value.includes('$')) continue
      report({ message: `--platform=${value} fixes the platform: drop it and choose with \`docker build --platform\`, or use \`--platform=$BUILDPLATFORM\` for a build stage.`, place: parsed.place(flag.getRange()) })
    }
  },
}
