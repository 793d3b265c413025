import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { get } from '../data.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const k8sPrivileged: Rule<ParsedYaml> = {
  id: 'yaml/k8s-privileged',
  aliases: ['privileged-container'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'security',
  severity: 'error',
  docs: {
    description: 'A container with `securityContext.privileged: true`.',
    why: 'A privileged container has every capability and the host\'s devices: it is root on the node. Grant the one capability needed (`capabilities.add`) instead.',
    bad: [onSlide(variant('allowPrivilegeEscalation: false', 'privileged: true'))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=privileged-container', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  },
  check({ parsed, report }) {
    for (const { manifest, container, path, name } of containers(parsed)) {
      if (get(container, ['securityContext', 'privileged']) !== true) continue
      report({
        message: `Container \`${name}\` is privileged (root on the node): remove \`privileged: true\` and add only the capabilities it needs.`,
        place: manifest.document.place([...path, 'securityContext', 'privileged']),
      })
    }
  },
}
