import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { get, isObject } from '../data.ts'
import { manifests } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'])

export const k8sSelectorMismatch: Rule<ParsedYaml> = {
  id: 'yaml/k8s-selector-mismatch',
  aliases: ['mismatching-selector'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: "A workload whose `spec.selector.matchLabels` does not match its pod template's labels.",
    why: 'The API server rejects it ("selector does not match template labels"): the controller would never find the pods it creates.',
    bad: [onSlide(variant('        app: web\n    spec:', '        app: website\n    spec:'))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=mismatching-selector', 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector'],
  },
  check({ parsed, report }) {
    for (const { document, object, kind } of manifests(parsed)) {
      if (!WORKLOADS.has(kind)) continue
      const matchLabels = get(object, ['spec', 'selector', 'matchLabels'])
      const labels = get(object, ['spec', 'template', 'metadata', 'labels'])
      if (!isObject(matchLabels)) continue
      for (const [key, value] of Object.entries(matchLabels)) {
        const actual = isObject(labels) ? labels[key] : undefined
        if (actual === value) continue
        const found = actual === undefined ? 'has no such label' : `has \`${key}: ${String(actual)}\``
        report({
          message: `The selector \`${key}: ${String(value)}\` does not match the pod template, which ${found}: give \`spec.template.metadata.labels\` the same \`${key}: ${String(value)}\`.`,
          place: document.place(['spec', 'selector', 'matchLabels', key]),
        })
      }
    }
  },
}
