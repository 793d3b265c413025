import type { Rule } from '@deckcheck/core'
import { externalFroms } from '../images.ts'
import { isPythonImage } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const pythonImageNotSlim: Rule<ParsedDockerfile> = {
  id: 'dockerfile/python-image-not-slim',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A final stage built on the full `python` image rather than `python:<version>-slim`.',
    why: 'The talks: "use python:slim". The full image carries compilers and hundreds of Debian packages (about 1 GB against 150 MB), more to pull and more to patch. Build stages may use the full image to compile wheels; only the stage that ships is reported.',
    bad: [{ code: 'FROM python:3.13\nRUN useradd --create-home app\nUSER app\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN useradd --create-home app\nUSER app\n' },
      { code: 'FROM python:3.13 AS build\nRUN pip wheel --wheel-dir /wheels numpy==2.1.3\nFROM python:3.13-slim\nCOPY --from=build /wheels /wheels\n' },
    ],
    references: ['https://hub.docker.com/_/python', 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image'],
  },
  check({ parsed, report }) {
    for (const { stage, reference, place } of externalFroms(parsed)) {
      if (!isPythonImage(reference) || reference.dynamic || !reference.tag) continue
      let final = parsed.stages.find((s) => s.final)
      while (final?.parent) final = final.parent
      if (final !== stage || /slim|alpine/.test(reference.tag)) continue
      const version = /^\d+(\.\d+)*/.exec(reference.tag)?.[0] ?? '3.13'
      report({ message: `python:${reference.tag} is the full image (compilers, ~1 GB): ship \`python:${version}-slim\` instead, and compile in a separate build stage if needed.`, place })
    }
  },
}
