import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { get } from '../data.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const k8sRunAsRoot: Rule<ParsedYaml> = {
  id: 'yaml/k8s-run-as-root',
  aliases: ['run-as-non-root'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A container that may run as root: neither it nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`.',
    why: 'Most images default to root; a process that is broken into as root owns the container and is one kernel bug away from the node. `runAsNonRoot: true` makes the kubelet refuse to start such an image.',
    bad: [onSlide(variant('      securityContext:\n        runAsNonRoot: true\n', ''))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=run-as-non-root', 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  },
  check({ snippet, parsed, report }) {
    // An excerpt may show the rest of the container on another slide.
    if (snippet.roles.includes('fragment')) return
    for (const { manifest, container, pod, path, name } of containers(parsed)) {
      const setting = (field: string) => get(container, ['securityContext', field]) ?? get(pod, ['securityContext', field])
      const runAsUser = setting('runAsUser')
      if (setting('runAsNonRoot') === true || (typeof runAsUser === 'number' && runAsUser > 0)) continue
      report({
        message: `Container \`${name}\` may run as root: set \`securityContext.runAsNonRoot: true\` (on the pod or the container) and a non-root user in the image.`,
        place: manifest.document.place([...path, 'name']),
      })
    }
  },
}
