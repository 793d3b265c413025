import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { get } from '../data.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

const REQUIRED: { path: string[]; text: string }[] = [
  { path: ['requests', 'cpu'], text: 'CPU request' },
  { path: ['requests', 'memory'], text: 'memory request' },
  { path: ['limits', 'memory'], text: 'memory limit' },
]

export const k8sMissingResources: Rule<ParsedYaml> = {
  id: 'yaml/k8s-missing-resources',
  aliases: ['unset-cpu-requirements', 'unset-memory-requirements'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A container without a CPU request, a memory request or a memory limit.',
    why: 'Without requests the scheduler packs pods blind and they are the first evicted; without a memory limit one leaking process takes the node down with its neighbours. A CPU limit is left out on purpose: it throttles a service that could have used idle CPU.',
    bad: [onSlide(variant('            limits:\n              memory: 256Mi\n', ''))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=unset-memory-requirements', 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  },
  check({ snippet, parsed, report }) {
    // An excerpt may show the rest of the container on another slide.
    if (snippet.roles.includes('fragment')) return
    for (const { manifest, container, path, name } of containers(parsed)) {
      const missing = REQUIRED.filter((field) => get(container.resources, field.path) === undefined).map((field) => field.text)
      if (missing.length === 0) continue
      report({
        message: `Container \`${name}\` has no ${missing.join(', ')}: set \`resources.requests.cpu\`, \`resources.requests.memory\` and \`resources.limits.memory\`.`,
        place: manifest.document.place(container.resources === undefined ? [...path, 'name'] : [...path, 'resources']),
      })
    }
  },
}
