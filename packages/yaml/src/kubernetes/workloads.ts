/** The objects of a Kubernetes stream, and the pod templates and containers inside workloads. */
import { get, isObject, type Json } from '../data.ts'
import type { ParsedYaml, YamlDocument, YamlPath } from '../parse.ts'

export interface Manifest {
  document: YamlDocument
  object: Json
  kind: string
}

export interface Container {
  manifest: Manifest
  container: Json
  /** Path of the container in the document. */
  path: YamlPath
  pod: Json
  podPath: YamlPath
  name: string
}

/** Every document that is a Kubernetes object (`apiVersion` and `kind`), `List` items excluded. */
export function manifests(parsed: ParsedYaml): Manifest[] {
  return parsed.data.flatMap((document) => {
    const object = document.value
    if (!isObject(object) || typeof object.kind !== 'string' || typeof object.apiVersion !== 'string') return []
    return [{ document, object, kind: object.kind }]
  })
}

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, YamlPath> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
}

export interface PodSpec {
  manifest: Manifest
  pod: Json
  path: YamlPath
}

export function podSpecs(parsed: ParsedYaml): PodSpec[] {
  return manifests(parsed).flatMap((manifest) => {
    const path = POD_SPEC_PATHS[manifest.kind]
    const pod = path && get(manifest.object, path)
    return path && isObject(pod) ? [{ manifest, pod, path }] : []
  })
}

/** Containers (and init containers unless `init: false`) of every workload. */
export function containers(parsed: ParsedYaml, options: { init?: boolean } = {}): Container[] {
  const fields = options.init === false ? ['containers'] : ['initContainers', 'containers']
  return podSpecs(parsed).flatMap(({ manifest, pod, path: podPath }) =>
    fields.flatMap((field) => {
      const list = pod[field]
      if (!Array.isArray(list)) return []
      return list.flatMap((container, index) =>
        isObject(container) ? [{ manifest, container, path: [...podPath, field, index], pod, podPath, name: String(container.name ?? index) }] : [],
      )
    }),
  )
}
