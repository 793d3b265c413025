import type { Rule } from '@deckcheck/core'
import { get, isObject } from '../data.ts'
import { onSlide } from '../examples.ts'
import { GOOD_DEPLOYMENT } from '../kubernetes/examples.ts'
import { manifests, podSpecs } from '../kubernetes/workloads.ts'
import type { ParsedYaml } from '../parse.ts'

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 8000\n'

export const k8sDanglingService: Rule<ParsedYaml> = {
  id: 'yaml/k8s-dangling-service',
  aliases: ['dangling-service'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A Service whose selector matches none of the pod templates shown with it in the same snippet.',
    why: 'The API server accepts it, and the Service then has no endpoints: requests hang or are refused while every object looks healthy. Only streams that hold workloads are checked, since a Service alone may select pods defined elsewhere.',
    bad: [onSlide(`${GOOD_DEPLOYMENT.replace('# k8s/deployment.yaml\n', '# k8s/app.yaml\n')}---\n${SERVICE.replace('    app: web\n  ports', '    app: website\n  ports')}`)],
    good: [onSlide(`${GOOD_DEPLOYMENT.replace('# k8s/deployment.yaml\n', '# k8s/app.yaml\n')}---\n${SERVICE}`)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=dangling-service', 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'],
  },
  check({ parsed, report }) {
    const podLabels = podSpecs(parsed).map(({ manifest, path }) => get(manifest.object, [...path.slice(0, -1), 'metadata', 'labels']))
    if (podLabels.length === 0) return
    for (const { document, object, kind } of manifests(parsed)) {
      const selector = get(object, ['spec', 'selector'])
      if (kind !== 'Service' || !isObject(selector) || Object.keys(selector).length === 0) continue
      const matches = podLabels.some((labels) => isObject(labels) && Object.entries(selector).every(([key, value]) => labels[key] === value))
      if (matches) continue
      report({
        message: `This Service selects \`${Object.entries(selector).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}\`, which no pod template here carries: it would have no endpoints. Use the labels of the pods it should reach.`,
        place: document.place(['spec', 'selector']),
      })
    }
  },
}
