import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { get } from '../data.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const k8sPrivilegeEscalation: Rule<ParsedYaml> = {
  id: 'yaml/k8s-privilege-escalation',
  aliases: ['privilege-escalation-container'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A container that does not set `allowPrivilegeEscalation: false`.',
    why: 'The default lets a process gain more privileges than its parent (setuid binaries, file capabilities): a foothold in the container becomes root in it. Turning it off costs nothing for a web service.',
    bad: [onSlide(variant('          securityContext:\n            allowPrivilegeEscalation: false\n', ''))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=privilege-escalation-container', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  },
  check({ snippet, parsed, report }) {
    for (const { manifest, container, path, name } of containers(parsed)) {
      const value = get(container, ['securityContext', 'allowPrivilegeEscalation'])
      // An excerpt may set it on another slide; an explicit `true` is wrong anywhere.
      if (value === false || (value === undefined && snippet.roles.includes('fragment'))) continue
      report({
        message: `Container \`${name}\` allows privilege escalation: set \`securityContext.allowPrivilegeEscalation: false\`.`,
        place: manifest.document.place(value === undefined ? [...path, 'name'] : [...path, 'securityContext', 'allowPrivilegeEscalation']),
      })
    }
  },
}
