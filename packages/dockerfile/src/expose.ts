import type { Argument } from 'dockerfile-ast'
import { instructionsNamed } from './helpers.ts'
import type { ParsedDockerfile } from './parse.ts'

/** Every port argument of every EXPOSE. */
export function exposedPorts(parsed: ParsedDockerfile): Argument[] {
  return instructionsNamed(parsed, 'EXPOSE').flatMap((instruction) => instruction.getArguments())
}
