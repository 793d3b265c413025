/** Container image references, shared by the Kubernetes and Compose rules. */

/** Why an image reference is not pinned (`latest` or no tag), or undefined when it is. */
export function imageTagProblem(image: unknown): string | undefined {
  if (typeof image !== 'string' || image.includes('${') || image.includes('@sha256:')) return undefined
  const lastSegment = image.slice(image.lastIndexOf('/') + 1)
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : undefined
  const name = tag === undefined ? image : image.slice(0, image.length - tag.length - 1)
  if (tag === 'latest') return `Pin the image to a version: \`${name}:1.2.3\` (or a digest), not \`${image}\`, which changes under you.`
  if (tag === undefined) return `Pin the image to a version: \`${image}:1.2.3\` (or a digest); without a tag it means \`:latest\`, which changes under you.`
  return undefined
}
