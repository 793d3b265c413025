import type { Rule } from '@deckcheck/core'
import { imageTagProblem } from '../image.ts'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const k8sImageLatest: Rule<ParsedYaml> = {
  id: 'yaml/k8s-image-latest',
  aliases: ['latest-tag'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'A container image with the `latest` tag or no tag at all.',
    why: '`latest` names whatever was pushed last: two pods of one Deployment can run different code, and a rollback cannot go back to "the previous latest". Pin a version (or a digest).',
    bad: [onSlide(variant('web:1.4.2', 'web:latest')), onSlide(variant('web:1.4.2', 'web'))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=latest-tag', 'https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  },
  check({ parsed, report }) {
    for (const { manifest, container, path } of containers(parsed)) {
      const problem = imageTagProblem(container.image)
      if (problem) report({ message: problem, place: manifest.document.place([...path, 'image'], 'value') })
    }
  },
}
