import type { Report } from '@deckcheck/core'
import { globalArgs, parseImage } from './helpers.ts'
import type { ParsedDockerfile } from './parse.ts'

/** Every FROM of an external image (not `scratch`, not an earlier stage), with the reference resolved. */
export function externalFroms(parsed: ParsedDockerfile) {
  const args = globalArgs(parsed)
  return parsed.stages
    .filter((stage) => !stage.parent && stage.image !== '' && stage.image.toLowerCase() !== 'scratch')
    .map((stage) => ({ stage, reference: parseImage(stage.image, args), place: parsed.place(stage.from.getImageRange() ?? stage.from.getRange()) }))
}

export function imageTagReports(parsed: ParsedDockerfile, problem: 'untagged' | 'latest'): Report[] {
  const reports: Report[] = []
  for (const { stage, reference, place } of externalFroms(parsed)) {
    if (reference.dynamic || reference.digest) continue
    if (problem === 'untagged' && reference.tag === undefined) {
      reports.push({ message: `FROM ${stage.image} has no tag, so it means :latest and changes under you: pin a version, e.g. \`FROM ${reference.name}:<version>\`${reference.name === 'python' ? ' (`python:3.13-slim`)' : ''}.`, place })
    }
    if (problem === 'latest' && reference.tag === 'latest') {
      reports.push({ message: `FROM ${stage.image} uses the latest tag, which changes under you: pin a version, e.g. \`FROM ${reference.name}:<version>\`${reference.name === 'python' ? ' (`python:3.13-slim`)' : ''}.`, place })
    }
  }
  return reports
}
