import { describe, expect, it } from 'vitest'
import { GOOD_DEPLOYMENT } from '../src/kubernetes/examples.ts'
import { findings, line, messages } from './helpers.ts'

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 8000\n'

describe('yaml/k8s-schema', () => {
  it('accepts a complete Deployment and Service in one stream', async () => {
    expect(await findings(`${GOOD_DEPLOYMENT}---\n${SERVICE}`)).toEqual([])
  })

  it.each([
    ['an unknown field, at its key', 'spec:\n  replicas: 2\n  selecter: {}\n', 'selecter', 'Unknown field'],
    ['a misspelled container field, with a suggestion', 'spec:\n  containers:\n    - name: a\n      image: a:1\n      imagePulPolicy: Always\n', 'imagePulPolicy', 'did you mean `imagePullPolicy`'],
    ['a wrong type, at the value', 'spec:\n  containers:\n    - name: a\n      image: a:1\n      ports:\n        - containerPort: "80"\n', '"80"', 'must be integer'],
  ])('reports %s', async (_, body, marker, text) => {
    const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${body}`
    const found = await messages(yaml, 'yaml/k8s-schema')
    const lines = yaml.split('\n')
    const index = lines.findIndex((l) => l.includes(marker))
    expect(found.map((m) => [m.line, m.column])).toContainEqual([line(index + 1), lines[index]!.indexOf(marker) + 1])
    expect(found.map((m) => m.reason).join(' ')).toContain(text)
  })

  it('points into the second document of a stream', async () => {
    const stream = `${SERVICE}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template: {}\n`
    // `spec` is on snippet line 17 (10 lines of Service, the separator, then 6 lines).
    expect(await findings(stream, 'yaml/k8s-schema')).toEqual([`${line(16)}:1 yaml/k8s-schema`])
  })

  it('reports a removed apiVersion at its value', async () => {
    expect(await findings('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: x\n', 'yaml/k8s-schema')).toEqual([`${line(1)}:13 yaml/k8s-schema`])
  })

  it('leaves custom resources alone', async () => {
    expect(await findings('apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: x\nspec:\n  anything: 1\n', 'yaml/k8s-schema')).toEqual([])
  })

  it('accepts an excerpt that leaves out required fields, but not its unknown fields', async () => {
    const excerpt = '# k8s/deployment.yaml (excerpt)\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  replica: 3\n'
    expect(await findings(excerpt, 'yaml/k8s-schema')).toEqual([`${line(8)}:3 yaml/k8s-schema`])
  })
})

describe('Kubernetes best practices', () => {
  it.each([
    ['yaml/k8s-image-latest', 'image: ghcr.io/example/web:1.4.2', 'image: ghcr.io/example/web:latest', 'ghcr.io/example/web:latest'],
    ['yaml/k8s-privileged', 'allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: false\n            privileged: true', 'privileged'],
    ['yaml/k8s-selector-mismatch', '    matchLabels:\n      app: web', '    matchLabels:\n      app: api', 'app: api'],
  ])('%s points at the offending line', async (ruleId, from, to, marker) => {
    const yaml = GOOD_DEPLOYMENT.replace(from, to)
    const lines = yaml.split('\n')
    const index = lines.findIndex((l) => l.includes(marker))
    expect(await findings(yaml, ruleId)).toEqual([`${line(index + 1)}:${lines[index]!.indexOf(marker.split(':')[0]!.trim()) + 1} ${ruleId}`])
  })

  it('does not ask a Job for probes, nor an excerpt for what another slide shows', async () => {
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: ghcr.io/example/web:1.4.2\n'
    expect(await findings(job, 'yaml/k8s-missing-probes')).toEqual([])
    const excerpt = `# k8s/deployment.yaml (excerpt)\n${GOOD_DEPLOYMENT.split('\n').slice(1, 22).join('\n')}\n`
    expect(await findings(excerpt)).toEqual([])
  })

  it('checks a Service against the pod templates of its own stream only', async () => {
    expect(await findings(SERVICE, 'yaml/k8s-dangling-service')).toEqual([])
    const stream = `${GOOD_DEPLOYMENT}---\n${SERVICE.replace('    app: web', '    app: api')}`
    const selectorLine = stream.split('\n').lastIndexOf('  selector:') + 1
    expect(await findings(stream, 'yaml/k8s-dangling-service')).toEqual([`${line(selectorLine)}:3 yaml/k8s-dangling-service`])
  })

  it('flags a literal secret in env but not a secretKeyRef or a harmless value', async () => {
    const yaml = GOOD_DEPLOYMENT.replace('          env:\n', '          env:\n            - name: API_TOKEN\n              value: abc123\n            - name: LOG_LEVEL\n              value: info\n')
    const lines = yaml.split('\n')
    expect(await findings(yaml, 'yaml/k8s-secret-in-env')).toEqual([`${line(lines.indexOf('              value: abc123') + 1)}:22 yaml/k8s-secret-in-env`])
  })
})
