import type { Flag, Instruction } from 'dockerfile-ast'
import type { DockerRange, ParsedDockerfile, ValidationCodeName, ValidatorDiagnostic } from './parse.ts'

/**
 * What deckcheck does with each dockerfile-utils diagnostic:
 * - `error`: Docker refuses to build the file (reported by `dockerfile/syntax`);
 * - `warning`: the file builds, but Docker's own parser warns (reported by `dockerfile/parser-warning`);
 * - `ignore`: not reported from dockerfile-utils, either because a dedicated rule covers it
 *   (hadolint / BuildKit-check parity rules read it from `parsed.diagnostics`) or because
 *   deckcheck checks it more precisely itself.
 */
export type Handling = 'error' | 'warning' | 'ignore'

export const HANDLING: Record<Exclude<ValidationCodeName, 'FLAG_INVALID_LINK_VALUE'>, Handling> = {
  // Style: Docker accepts `run`, `from` and `# ESCAPE=` alike (BuildKit's ConsistentInstructionCasing is a later rule).
  CASING_INSTRUCTION: 'ignore',
  CASING_DIRECTIVE: 'ignore',
  ARGUMENT_MISSING: 'error',
  ARGUMENT_EXTRA: 'error',
  ARGUMENT_REQUIRES_ONE: 'error',
  ARGUMENT_REQUIRES_AT_LEAST_ONE: 'error',
  ARGUMENT_REQUIRES_TWO: 'error',
  ARGUMENT_REQUIRES_AT_LEAST_TWO: 'error',
  ARGUMENT_REQUIRES_ONE_OR_THREE: 'error',
  ARGUMENT_UNNECESSARY: 'error',
  // Reported by dockerfile/duplicate-stage-name (hadolint DL3024, BuildKit DuplicateStageName).
  DUPLICATE_BUILD_STAGE_NAME: 'ignore',
  // Docker prints "[WARNING]: Empty continuation line found" and builds.
  EMPTY_CONTINUATION_LINE: 'warning',
  INVALID_BUILD_STAGE_NAME: 'error',
  // Filtered below: BuildKit accepts --retries=0 today, only negative values fail.
  FLAG_AT_LEAST_ONE: 'error',
  FLAG_DUPLICATE: 'error',
  FLAG_INVALID_DURATION: 'error',
  // Filtered below: a zero duration means "the default" to BuildKit.
  FLAG_LESS_THAN_1MS: 'error',
  FLAG_MISSING_DURATION: 'error',
  FLAG_MISSING_VALUE: 'error',
  FLAG_UNKNOWN_UNIT: 'error',
  // Filtered below for fragments, which need no FROM of their own.
  NO_SOURCE_IMAGE: 'error',
  INVALID_ESCAPE_DIRECTIVE: 'error',
  INVALID_AS: 'error',
  INVALID_DESTINATION: 'error',
  INVALID_PORT: 'error',
  INVALID_PROTO: 'error',
  INVALID_REFERENCE_FORMAT: 'error',
  INVALID_SIGNAL: 'error',
  INVALID_SYNTAX: 'error',
  ONBUILD_CHAINING_DISALLOWED: 'error',
  ONBUILD_TRIGGER_DISALLOWED: 'error',
  SHELL_JSON_FORM: 'error',
  SHELL_REQUIRES_ONE: 'error',
  SYNTAX_MISSING_EQUALS: 'error',
  SYNTAX_MISSING_NAMES: 'error',
  SYNTAX_MISSING_SINGLE_QUOTE: 'error',
  SYNTAX_MISSING_DOUBLE_QUOTE: 'error',
  // Builds; only the last CMD/ENTRYPOINT/HEALTHCHECK counts (hadolint DL4003/DL4004, BuildKit MultipleInstructionsDisallowed).
  MULTIPLE_INSTRUCTIONS: 'ignore',
  UNKNOWN_INSTRUCTION: 'error',
  // Filtered below: `ADD --unpack` is newer than dockerfile-utils.
  UNKNOWN_ADD_FLAG: 'error',
  UNKNOWN_COPY_FLAG: 'error',
  UNKNOWN_FROM_FLAG: 'error',
  UNKNOWN_HEALTHCHECK_FLAG: 'error',
  UNKNOWN_TYPE: 'error',
  UNSUPPORTED_MODIFIER: 'error',
  // Builds (hadolint DL4000, BuildKit MaintainerDeprecated).
  DEPRECATED_MAINTAINER: 'ignore',
  HEALTHCHECK_CMD_ARGUMENT_MISSING: 'error',
  FLAG_INVALID_FROM_VALUE: 'error',
  FLAG_EXPECTED_BOOLEAN_VALUE: 'error',
  // deckcheck's own exec-form check covers single quotes and every other malformed JSON array.
  JSON_IN_SINGLE_QUOTES: 'ignore',
  // Builds (hadolint DL3000, BuildKit WorkdirRelativePath).
  WORKDIR_IS_NOT_ABSOLUTE: 'ignore',
  // Filtered below for fragments, whose ARG may be declared elsewhere.
  BASE_NAME_EMPTY: 'error',
  DUPLICATED_ESCAPE_DIRECTIVE: 'error',
}

export function handlingOf(diagnostic: ValidatorDiagnostic): Handling {
  if (diagnostic.name === 'FLAG_INVALID_LINK_VALUE') return 'error'
  return HANDLING[diagnostic.name] ?? (diagnostic.severity === 'error' ? 'error' : 'warning')
}

/** Every instruction keyword, in the order the Dockerfile reference lists them. */
export const KEYWORDS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER',
] as const

/** A correct line for each instruction, quoted in messages about missing arguments. */
const EXAMPLE: Record<string, string> = {
  FROM: 'FROM python:3.12-slim',
  RUN: 'RUN pip install --no-cache-dir -r requirements.txt',
  CMD: 'CMD ["python", "-m", "app"]',
  LABEL: 'LABEL org.opencontainers.image.source="https://example.com/repo"',
  EXPOSE: 'EXPOSE 8000',
  ENV: 'ENV PYTHONUNBUFFERED=1',
  ADD: 'ADD https://example.com/archive.tar.gz /tmp/',
  COPY: 'COPY requirements.txt /app/',
  ENTRYPOINT: 'ENTRYPOINT ["python", "-m", "app"]',
  VOLUME: 'VOLUME /data',
  USER: 'USER app',
  WORKDIR: 'WORKDIR /app',
  ARG: 'ARG PYTHON_VERSION=3.12',
  ONBUILD: 'ONBUILD COPY . /app/',
  STOPSIGNAL: 'STOPSIGNAL SIGTERM',
  HEALTHCHECK: 'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1',
  SHELL: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  MAINTAINER: 'LABEL org.opencontainers.image.authors="you@example.com"',
}

/** The flags each instruction accepts, for unknown-flag messages. */
export const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'checksum', 'keep-git-dir', 'link', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  RUN: ['mount', 'network', 'security'],
}

/** What a flag's value looks like, for missing-value messages. */
const FLAG_EXAMPLE: Record<string, string> = {
  from: '--from=build',
  platform: '--platform=$BUILDPLATFORM',
  chown: '--chown=app:app',
  chmod: '--chmod=755',
  checksum: '--checksum=sha256:…',
  exclude: '--exclude=*.pyc',
  interval: '--interval=30s',
  timeout: '--timeout=5s',
  'start-period': '--start-period=10s',
  'start-interval': '--start-interval=2s',
  retries: '--retries=3',
  link: '--link',
  parents: '--parents',
  'keep-git-dir': '--keep-git-dir',
  unpack: '--unpack',
  mount: '--mount=type=cache,target=/root/.cache/pip',
  network: '--network=none',
  security: '--security=sandbox',
}

export function flagExample(name: string): string {
  return FLAG_EXAMPLE[name] ?? `--${name}=…`
}

/** `a, b and c` (or `a, b or c`). */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}

/** Optimal string alignment distance (a swap of neighbours counts once): `FORM` is 1 from `FROM`. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** The closest candidate to `word` (case-insensitive), if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const upper = word.toUpperCase()
  const limit = upper.length <= 3 ? 1 : 2
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    const distance = editDistance(upper, candidate.toUpperCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** The instruction whose lines contain the 0-based `line`; for `ONBUILD COPY …`, the COPY trigger. */
export function instructionAt(parsed: ParsedDockerfile, line: number): Instruction | undefined {
  const contains = (instruction: Instruction) => {
    const range = instruction.getRange()
    return range.start.line <= line && line <= range.end.line
  }
  return parsed.onbuildTriggers.find(contains) ?? parsed.instructions.find(contains)
}

function textOf(parsed: ParsedDockerfile, range: DockerRange): string {
  return parsed.text.slice(parsed.offsetAt(range.start), parsed.offsetAt(range.end))
}

/** What dockerfile-utils quotes in `failed to process "…": …`. */
function processed(message: string): string | undefined {
  return /^failed to process "(.*)": /s.exec(message)?.[1]
}

/** The last line before `line` that is neither blank nor a comment, with its 0-based number. */
function previousCodeLine(parsed: ParsedDockerfile, line: number): { text: string; line: number } | undefined {
  const lines = parsed.text.split('\n')
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i]!
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue
    return { text, line: i }
  }
  return undefined
}

function unknownInstruction(parsed: ParsedDockerfile, range: DockerRange): string {
  const word = textOf(parsed, range)
  const suggestion = closest(word, KEYWORDS)
  if (suggestion) return `Unknown instruction ${word}: did you mean ${suggestion}?`
  const previous = previousCodeLine(parsed, range.start.line)
  const owner = previous && instructionAt(parsed, previous.line)
  if (previous && owner && !previous.text.trimEnd().endsWith(parsed.escape)) {
    return `Unknown instruction ${word}: the line above does not end with ${parsed.escape}, so this line is not part of the ${owner.getKeyword()} instruction; end the line above with ${parsed.escape} to continue it.`
  }
  return `Unknown instruction ${word}: an instruction is one of ${KEYWORDS.join(', ')}.`
}

/** A message that says what is wrong and what to write instead. */
export function describeDiagnostic(diagnostic: ValidatorDiagnostic, parsed: ParsedDockerfile): string {
  const { range } = diagnostic
  const text = textOf(parsed, range)
  const instruction = instructionAt(parsed, range.start.line)
  const keyword = instruction?.getKeyword() ?? ''
  const example = EXAMPLE[keyword]
  const flagName = text.replace(/^--/, '').replace(/=.*$/s, '')
  switch (diagnostic.name) {
    case 'UNKNOWN_INSTRUCTION':
      return unknownInstruction(parsed, range)
    case 'NO_SOURCE_IMAGE':
      return parsed.instructions.some((i) => i.getKeyword() !== 'ARG')
        ? `A Dockerfile must start with FROM (only ARG and parser directives may come before it), not ${keyword || text}: add a FROM line above, e.g. \`${EXAMPLE.FROM}\`.`
        : `No FROM instruction: a Dockerfile needs one to name its base image, e.g. \`${EXAMPLE.FROM}\`. If the snippet is an excerpt, say so with a first line \`# Dockerfile (fragment)\`.`
    case 'ARGUMENT_MISSING':
    case 'ARGUMENT_REQUIRES_AT_LEAST_ONE':
      return `${keyword} has no arguments${example ? `: write e.g. \`${example}\`` : ''}.`
    case 'ARGUMENT_REQUIRES_AT_LEAST_TWO':
      return `${keyword} needs at least a source and a destination, but has only one argument (${text}): add where it goes, e.g. \`${keyword} ${text} /app/\`.`
    case 'ARGUMENT_REQUIRES_ONE_OR_THREE':
      return `FROM takes an image and, optionally, \`AS <stage name>\`: write \`FROM <image>\` or \`FROM <image> AS <name>\`, e.g. \`FROM python:3.12-slim AS build\`.`
    case 'ARGUMENT_REQUIRES_TWO':
      return `${keyword} ${text} has no value: write \`${keyword} ${text}=<value>\`.`
    case 'ARGUMENT_EXTRA':
    case 'ARGUMENT_REQUIRES_ONE':
      return `${keyword} takes exactly one argument: remove \`${text}\`${example ? `, as in \`${example}\`` : ''}.`
    case 'ARGUMENT_UNNECESSARY':
      return `HEALTHCHECK NONE takes no arguments: remove \`${text}\`, or write \`HEALTHCHECK CMD ${text}\` to define a check.`
    case 'INVALID_AS':
      return `The second word of FROM must be AS, not ${text}: write \`FROM <image> AS <name>\`.`
    case 'INVALID_BUILD_STAGE_NAME':
      return `Invalid stage name ${text}: a stage name starts with a letter and contains only letters, digits, -, _ and . (e.g. \`AS build\`).`
    case 'INVALID_REFERENCE_FORMAT':
      return `${text || 'The image'} is not a valid image reference: a tag may contain letters, digits, _, . and - (up to 128), and a digest is written @sha256:<hex>.`
    case 'BASE_NAME_EMPTY': {
      const name = text.replace(/^\$\{?|\}$/g, '').replace(/[:-].*$/s, '')
      return `The base image ${text} is empty, because ${name} is not declared before the first FROM: add \`ARG ${name}=python:3.12-slim\` above it, or give a default, \`\${${name}:-python:3.12-slim}\`.`
    }
    case 'UNKNOWN_ADD_FLAG':
    case 'UNKNOWN_COPY_FLAG':
    case 'UNKNOWN_FROM_FLAG':
    case 'UNKNOWN_HEALTHCHECK_FLAG':
      return unknownFlag(keyword, flagName || text)
    case 'FLAG_MISSING_VALUE':
      return `--${text} has no value: write e.g. \`${flagExample(text)}\`.`
    case 'FLAG_INVALID_FROM_VALUE':
      return /^(--from=?)?$/.test(text)
        ? `--from= is empty: name a build stage or an image, e.g. \`--from=build\`.`
        : `--from=${text} is neither a stage name nor an image reference: name a stage (\`--from=build\`) or an image (\`--from=python:3.12-slim\`).`
    case 'FLAG_DUPLICATE':
      return `--${text} is given twice on ${keyword}: keep one.`
    case 'FLAG_EXPECTED_BOOLEAN_VALUE': {
      const [, name = 'flag', value = text] = /flag (\S+), not: (.*)$/.exec(diagnostic.message) ?? []
      return `--${name} takes true or false, not ${value}: write \`--${name}\` alone or \`--${name}=false\`.`
    }
    case 'FLAG_INVALID_DURATION':
    case 'FLAG_MISSING_DURATION':
    case 'FLAG_UNKNOWN_UNIT': {
      const name = flagWithValueAt(instruction, range)?.getName()
      return `${name ? `--${name}=` : ''}${text} is not a duration: write a number with a unit (ms, s, m or h), e.g. \`--${name ?? 'interval'}=30s\` or \`1m30s\`.`
    }
    case 'FLAG_LESS_THAN_1MS':
      return `--${text} must be at least 1ms (or 0 for Docker's default): write e.g. \`${flagExample(text)}\`.`
    case 'FLAG_AT_LEAST_ONE':
      return `--retries cannot be negative (${text}): write e.g. \`--retries=3\`.`
    case 'INVALID_SYNTAX':
      return `--retries takes a whole number, not ${text}: write e.g. \`--retries=3\`.`
    case 'UNKNOWN_TYPE':
      return `HEALTHCHECK ${text} is not a health check type: write \`HEALTHCHECK CMD <command>\`, or \`HEALTHCHECK NONE\` to disable the base image's check.`
    case 'HEALTHCHECK_CMD_ARGUMENT_MISSING':
      return `HEALTHCHECK CMD has no command: write e.g. \`${EXAMPLE.HEALTHCHECK}\`.`
    case 'INVALID_PORT':
      return `EXPOSE ${text} is not a port: write a number, optionally with a protocol or as a range, e.g. \`EXPOSE 8000\`, \`EXPOSE 8000/udp\`, \`EXPOSE 8000-8010\`.`
    case 'INVALID_PROTO':
      return `EXPOSE protocol ${text} is unknown: use tcp, udp or sctp, e.g. \`EXPOSE 8000/tcp\`.`
    case 'INVALID_SIGNAL':
      return `STOPSIGNAL ${text} is not a signal: use a name or a number, e.g. \`STOPSIGNAL SIGTERM\` or \`STOPSIGNAL 15\`.`
    case 'INVALID_DESTINATION':
      return `${keyword} with several sources needs a directory as destination: end it with a slash, \`${text}/\`.`
    case 'ONBUILD_CHAINING_DISALLOWED':
      return 'ONBUILD ONBUILD is not allowed: an ONBUILD trigger cannot itself be ONBUILD.'
    case 'ONBUILD_TRIGGER_DISALLOWED':
      return `${text} is not allowed as an ONBUILD trigger: use another instruction, e.g. \`${EXAMPLE.ONBUILD}\`.`
    case 'SHELL_JSON_FORM':
    case 'SHELL_REQUIRES_ONE':
      return `SHELL must be a JSON array of strings: write e.g. \`${EXAMPLE.SHELL}\`.`
    case 'SYNTAX_MISSING_EQUALS':
      return `${keyword} ${text} has no value: write \`${text}=<value>\` (when ${keyword} sets several variables, every one needs =).`
    case 'SYNTAX_MISSING_NAMES':
      return `${keyword} has an assignment without a name (${text}): write \`<name>=<value>\`.`
    case 'SYNTAX_MISSING_SINGLE_QUOTE':
      return `Unterminated single quote in ${processed(diagnostic.message) ?? text}: close the quote.`
    case 'SYNTAX_MISSING_DOUBLE_QUOTE':
      return `Unterminated double quote in ${processed(diagnostic.message) ?? text}: close the quote.`
    case 'UNSUPPORTED_MODIFIER':
      return `Unsupported substitution ${processed(diagnostic.message) ?? text}: after the colon use -, + or ?, e.g. \`\${NAME:-default}\`.`
    case 'INVALID_ESCAPE_DIRECTIVE':
      return `The escape directive must be \\ (the default) or a backtick, not ${text}: write # escape=\\ or # escape=\`.`
    case 'DUPLICATED_ESCAPE_DIRECTIVE':
      return 'Only one escape parser directive may be used: remove the second `# escape=` line.'
    default:
      return `${diagnostic.message.replace(/\.$/, '')}.`
  }
}

export function unknownFlag(keyword: string, name: string): string {
  const accepted = FLAGS[keyword] ?? []
  const suggestion = name ? closest(name, accepted) : undefined
  const written = name.startsWith('--') ? name : `--${name}`
  const list = accepted.length > 0 ? `${keyword} accepts ${listOf(accepted.map((f) => `--${f}`))}` : `${keyword} takes no flags`
  return `Unknown flag ${written} on ${keyword}: ${suggestion ? `did you mean --${suggestion}? ` : ''}${list}.`
}

/** The flags of an instruction that has them (FROM, RUN, COPY, ADD, HEALTHCHECK, …), else none. */
export function flagsOf(instruction: Instruction | undefined): Flag[] {
  return instruction && 'getFlags' in instruction ? (instruction as Instruction & { getFlags(): Flag[] }).getFlags() : []
}

/** The flag of `instruction` whose value starts where `range` starts. */
function flagWithValueAt(instruction: Instruction | undefined, range: DockerRange): Flag | undefined {
  return flagsOf(instruction).find((flag) => {
    const value = flag.getValueRange()
    return value !== null && value.start.line === range.start.line && value.start.character === range.start.character
  })
}

/** Whether a diagnostic is one BuildKit would still report (dockerfile-utils targets Docker 20.10). */
export function stillAnError(diagnostic: ValidatorDiagnostic, parsed: ParsedDockerfile): boolean {
  const text = textOf(parsed, diagnostic.range)
  switch (diagnostic.name) {
    case 'FLAG_AT_LEAST_ONE':
      // BuildKit: "--retries cannot be negative"; 0 is fine.
      return /^-/.test(text.trim())
    case 'FLAG_LESS_THAN_1MS': {
      // BuildKit treats a zero duration as "use the default".
      const value = flagsOf(instructionAt(parsed, diagnostic.range.start.line)).find((flag) => flag.getName() === text)?.getValue()
      return !(value && /^[-+]?[0.]*[a-zµ]*$/i.test(value) && value.includes('0'))
    }
    case 'UNKNOWN_ADD_FLAG':
      return !/^--unpack$/.test(text)
    default:
      return true
  }
}
