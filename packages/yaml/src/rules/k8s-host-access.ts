import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { isObject } from '../data.ts'
import { podSpecs } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC']

export const k8sHostAccess: Rule<ParsedYaml> = {
  id: 'yaml/k8s-host-access',
  aliases: ['host-network', 'host-pid', 'host-ipc', 'sensitive-host-mounts'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'security',
  severity: 'error',
  docs: {
    description: "A pod that shares the node's network, PID or IPC namespace, or mounts a `hostPath` volume.",
    why: "The pod sees (and can change) the node's files, processes or interfaces: one compromised container becomes a compromised node, and the pod is tied to that node's layout. Use a Service, a PersistentVolumeClaim or an `emptyDir` instead. Every `hostPath` is flagged, not only kube-linter's list of sensitive paths.",
    bad: [
      onSlide(variant('      securityContext:\n        runAsNonRoot: true\n', '      hostNetwork: true\n      securityContext:\n        runAsNonRoot: true\n')),
      onSlide(variant('      containers:\n', '      volumes:\n        - name: data\n          hostPath:\n            path: /var/lib/web\n      containers:\n')),
    ],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=host-network', 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  },
  check({ parsed, report }) {
    for (const { manifest, pod, path } of podSpecs(parsed)) {
      for (const field of HOST_NAMESPACES) {
        if (pod[field] !== true) continue
        report({ message: `\`${field}: true\` shares the node's namespace with the pod: remove it (expose ports through a Service).`, place: manifest.document.place([...path, field]) })
      }
      if (!Array.isArray(pod.volumes)) continue
      pod.volumes.forEach((volume, index) => {
        if (!isObject(volume) || volume.hostPath === undefined) return
        report({
          message: `Volume \`${String(volume.name)}\` mounts a path of the node (\`hostPath\`): use a PersistentVolumeClaim, a ConfigMap or an \`emptyDir\`.`,
          place: manifest.document.place([...path, 'volumes', index, 'hostPath']),
        })
      })
    }
  },
}
