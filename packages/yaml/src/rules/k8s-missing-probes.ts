import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

/** Run-to-completion pods have nothing to be ready for. */
const BATCH = new Set(['Job', 'CronJob'])

export const k8sMissingProbes: Rule<ParsedYaml> = {
  id: 'yaml/k8s-missing-probes',
  aliases: ['no-readiness-probe', 'no-liveness-probe'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A long-running container without a readiness probe or without a liveness probe.',
    why: 'Without a readiness probe a Service sends traffic to a pod that is still starting, and a rolling update takes down working pods for broken ones; without a liveness probe a hung process is never restarted. Jobs and init containers are not flagged: they run to completion.',
    bad: [onSlide(variant('          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8000\n', ''))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=no-readiness-probe', 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  },
  check({ snippet, parsed, report }) {
    // An excerpt may show the rest of the container on another slide.
    if (snippet.roles.includes('fragment')) return
    for (const { manifest, container, path, name } of containers(parsed, { init: false })) {
      if (BATCH.has(manifest.kind)) continue
      const missing = ['readinessProbe', 'livenessProbe'].filter((probe) => container[probe] === undefined)
      if (missing.length === 0) continue
      report({
        message: `Container \`${name}\` has no ${missing.map((p) => `\`${p}\``).join(' and ')}: add ${missing.length > 1 ? 'them' : 'it'} (an \`httpGet\` on a health endpoint, say).`,
        place: manifest.document.place([...path, 'name']),
      })
    }
  },
}
