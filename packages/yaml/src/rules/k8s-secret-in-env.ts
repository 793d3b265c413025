import type { Rule } from '@deckcheck/core'
import { GOOD_DEPLOYMENT, variant } from '../kubernetes/examples.ts'
import { isObject } from '../data.ts'
import { containers } from '../kubernetes/workloads.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'
import { looksSecret } from '../secrets.ts'

export const k8sSecretInEnv: Rule<ParsedYaml> = {
  id: 'yaml/k8s-secret-in-env',
  aliases: ['env-var-secret'],
  language: 'yaml',
  kinds: ['kubernetes'],
  category: 'security',
  severity: 'error',
  docs: {
    description: 'An environment variable named like a secret (password, token, key) with a literal `value`.',
    why: 'The secret ends up in the manifest, in Git and in `kubectl describe` output for anyone who can read the Deployment. A `secretKeyRef` keeps it in a Secret, with its own access rules.',
    bad: [onSlide(variant('              valueFrom:\n                secretKeyRef:\n                  name: web-db\n                  key: password\n', '              value: hunter2\n'))],
    good: [onSlide(GOOD_DEPLOYMENT)],
    references: ['https://docs.kubelinter.io/#/generated/checks?id=env-var-secret', 'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables'],
  },
  check({ parsed, report }) {
    for (const { manifest, container, path } of containers(parsed)) {
      if (!Array.isArray(container.env)) continue
      container.env.forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== 'string' || !looksSecret(variable.name, variable.value)) return
        report({
          message: `\`${variable.name}\` holds a secret in plain text: use \`valueFrom.secretKeyRef\` (a Secret) instead of \`value\`.`,
          place: manifest.document.place([...path, 'env', index, 'value'], 'value'),
        })
      })
    }
  },
}
