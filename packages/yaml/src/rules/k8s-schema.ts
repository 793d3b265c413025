import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { apiVersionsOf, isBuiltInGroup, validateManifest } from '../kubernetes/schema.ts'
import { removedApi } from '../kubernetes/removed-apis.ts'
import { manifests } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const k8sSchema: Rule<ParsedYaml> = {
  id: 'yaml/k8s-schema',
  aliases: ['kubeconform', 'kubeval'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A Kubernetes object of a built-in kind that the API server would reject: a missing required field, a wrong type, an unknown field, an apiVersion that does not serve the kind.',
    why: '`kubectl apply` refuses such a manifest (or, for an unknown field with client-side validation off, drops the field silently): the deployment on the slide would never happen. Unlike kubeval, unknown fields are errors here, and every finding points at the offending key, not at the document.',
    bad: [
      onSlide(variant('  selector:\n    matchLabels:\n      app: web\n', '')),
      onSlide(variant('  replicas: 2', '  replicas: "2"')),
      onSlide(variant('          ports:', '          port:')),
      onSlide(variant('apiVersion: apps/v1', 'apiVersion: extensions/v1beta1')),
    ],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://kubernetes.io/docs/reference/kubernetes-api/', 'https://github.com/tommy351/kubernetes-models-ts'],
  },
  async check({ snippet, parsed, report }) {
    // An excerpt leaves out parts on purpose: only what it shows must be valid.
    const excerpt = snippet.roles.includes('fragment')
    for (const { document, object } of manifests(parsed)) {
      const apiVersion = String(object.apiVersion)
      const kind = String(object.kind)
      const removed = removedApi(apiVersion, kind)
      if (removed) {
        const advice = removed.use.includes('/') ? `use \`apiVersion: ${removed.use}\`` : `use ${removed.use}`
        report({ message: `\`${apiVersion}\` ${kind} was removed in Kubernetes ${removed.removedIn}: ${advice}.`, place: document.place(['apiVersion'], 'value') })
        continue
      }
      const problems = await validateManifest(object)
      if (problems) {
        for (const problem of problems) {
          if (excerpt && problem.missing) continue
          // A wrong value is shown at the value; an unknown or missing field at the key.
          report({ message: problem.message, place: document.place(problem.path, problem.unknownField || problem.missing ? 'key' : 'value') })
        }
      } else if (isBuiltInGroup(apiVersion)) {
        const served = apiVersionsOf(kind)
        const advice = served.length ? `use \`apiVersion: ${served.join('` or `')}\`` : 'check the kind and apiVersion (a custom resource needs its own group)'
        report({ message: `Kubernetes does not serve \`${kind}\` in \`${apiVersion}\`: ${advice}.`, place: document.place(['apiVersion'], 'value') })
      }
    }
  },
}
