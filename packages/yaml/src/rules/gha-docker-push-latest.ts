import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { GITHUB_KINDS, steps, textPlace } from '../github/workflow.ts'
import type { ParsedYaml } from '../parse.ts'

/** `docker push name:latest`, or `docker push name` with no tag (which pushes `latest`). */
const PUSH = /\bdocker\s+(?:image\s+)?push\s+(?:-\S+\s+)*([^\s;&|]+)/g

export const ghaDockerPushLatest: Rule<ParsedYaml> = {
  id: 'yaml/gha-docker-push-latest',
  aliases: [],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A CI step that runs `docker push` of an image tagged `latest` (or untagged, which means `latest`).',
    why: 'Every build overwrites the same tag: deployments cannot tell versions apart, a rollback has nothing to go back to, and two clusters pulling "latest" minutes apart run different code. Push an immutable tag (the version, or the commit SHA).',
    bad: [onSlide('- run: docker push ghcr.io/example/web:latest\n')],
    good: [onSlide('- run: docker push ghcr.io/example/web:${{ github.sha }}\n')],
    references: ['https://docs.docker.com/reference/cli/docker/image/push/'],
  },
  check({ snippet, parsed, report }) {
    for (const { document, step, path } of steps(parsed)) {
      if (typeof step.run !== 'string') continue
      for (const match of step.run.matchAll(PUSH)) {
        const image = match[1]!.replace(/^["']|["']$/g, '')
        if (image.startsWith('$') && !image.includes(':')) continue // a variable: the tag is unknown
        const lastSegment = image.slice(image.lastIndexOf('/') + 1)
        if (lastSegment.includes(':') && !lastSegment.endsWith(':latest')) continue
        if (image.includes('@sha256:')) continue
        report({
          message: `\`${match[0]}\` pushes the moving \`latest\` tag: push an immutable tag too, and deploy that (\`${image.replace(/:latest$/, '')}:\${{ github.sha }}\`).`,
          place: textPlace(snippet.value, document, [...path, 'run'], match[0]),
        })
      }
    }
  },
}
