/**
 * Language and kind inference: from the fence language, a file name (first-line comment, `[name]`
 * meta, `deckcheck-file` directive, or the imported file's name), and the content.
 */

const LANGUAGE_ALIASES: Record<string, string> = {
  yml: 'yaml',
  yaml: 'yaml',
  toml: 'toml',
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  containerfile: 'dockerfile',
  mermaid: 'mermaid',
  md: 'markdown',
  markdown: 'markdown',
  py: 'python',
  python: 'python',
  python3: 'python',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  zsh: 'shell',
  console: 'shell-session',
  'shell-session': 'shell-session',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  ini: 'ini',
  cfg: 'ini',
  txt: 'text',
  text: 'text',
  plaintext: 'text',
  'pip-requirements': 'requirements',
  requirements: 'requirements',
  ts: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
}

/** Normalize a fence language (`yml` → `yaml`, `Dockerfile` → `dockerfile`). Unknown ones are kept. */
export function normalizeLanguage(raw: string): string {
  const lower = raw.toLowerCase()
  return LANGUAGE_ALIASES[lower] ?? lower
}

/** Role words a first-line comment or directive may carry. */
const ROLE_WORDS: Record<string, string> = {
  library: 'library',
  lib: 'library',
  application: 'application',
  app: 'application',
  service: 'application',
  whole: 'whole',
  complete: 'whole',
  full: 'whole',
  fragment: 'fragment',
  excerpt: 'fragment',
  partial: 'fragment',
}

export function roleWords(text: string): string[] {
  const roles = new Set<string>()
  for (const word of text.toLowerCase().split(/[^a-z-]+/)) {
    const role = ROLE_WORDS[word]
    if (role) roles.add(role)
  }
  return [...roles]
}

interface FileKind {
  lang: string
  kind?: string
}

/** What a file name says about a snippet: its language and, where certain, its kind. */
export function kindFromFilename(filename: string): FileKind | undefined {
  const path = filename.replace(/\\/g, '/').toLowerCase()
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (base === 'pyproject.toml') return { lang: 'toml', kind: 'pyproject' }
  if (base.endsWith('.toml')) return { lang: 'toml' }
  if (/^(dockerfile|containerfile)([.-].*)?$/.test(base) || base.endsWith('.dockerfile')) {
    return { lang: 'dockerfile', kind: 'dockerfile' }
  }
  if (/^requirements.*\.(txt|in)$/.test(base) || /^constraints.*\.txt$/.test(base)) {
    return { lang: 'requirements', kind: 'requirements' }
  }
  if (/\.ya?ml$/.test(base)) {
    if (/(^|\/)\.github\/workflows\//.test(path)) return { lang: 'yaml', kind: 'github-workflow' }
    if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(base)) return { lang: 'yaml', kind: 'compose' }
    if (/^action\.ya?ml$/.test(base)) return { lang: 'yaml', kind: 'github-action' }
    if (/(^|\/)(k8s|kubernetes|manifests?|helm|kustomize|deploy)\//.test(path)) {
      return { lang: 'yaml', kind: 'kubernetes' }
    }
    return { lang: 'yaml' }
  }
  if (/\.(mmd|mermaid)$/.test(base)) return { lang: 'mermaid', kind: 'mermaid' }
  if (base.endsWith('.json')) return { lang: 'json' }
  if (base.endsWith('.py')) return { lang: 'python' }
  if (/\.(sh|bash)$/.test(base)) return { lang: 'shell' }
  if (base.endsWith('.md')) return { lang: 'markdown' }
  return undefined
}

/** Languages whose comments start with `#`, so a first line `# name.ext` may name the file. */
const HASH_COMMENT_LANGUAGES = new Set(['yaml', 'toml', 'dockerfile', 'requirements', 'python', 'shell', 'text', ''])

export interface FirstLineComment {
  filename: string
  roles: string[]
}

/**
 * Read `# pyproject.toml`, `# .github/workflows/test.yml`, `# requirements.txt for an application`
 * from a snippet's first line. The first word must look like a file name, so an ordinary comment
 * (`# install the package`) is not taken for one.
 */
export function firstLineComment(lang: string, value: string): FirstLineComment | undefined {
  if (!HASH_COMMENT_LANGUAGES.has(lang)) return undefined
  const end = value.indexOf('\n')
  const line = end === -1 ? value : value.slice(0, end)
  const match = /^\s*#\s*(\S+)(.*)$/.exec(line)
  if (!match) return undefined
  const [, word, rest] = match as unknown as [string, string, string]
  const candidate = word.replace(/[:,]$/, '')
  // Parser directives (`# syntax=…`, `# escape=…`) are not file names.
  if (candidate.includes('=')) return undefined
  if (!kindFromFilename(candidate)) return undefined
  return { filename: candidate, roles: roleWords(rest) }
}

/** Content sniffing, for YAML and TOML whose kind the name did not settle. */
export function kindFromContent(lang: string, value: string): string | undefined {
  if (lang === 'yaml') {
    if (/^apiVersion\s*:/m.test(value) && /^kind\s*:/m.test(value)) return 'kubernetes'
    if (/^(on|"on"|'on'|true)\s*:/m.test(value) && /^jobs\s*:/m.test(value)) return 'github-workflow'
    if (/^jobs\s*:/m.test(value)) return 'github-jobs'
    if (/^-\s+(uses|run|name)\s*:/m.test(value) && /^\s*-?\s*(uses|run)\s*:/m.test(value)) return 'github-steps'
    if (/^services\s*:/m.test(value)) return 'compose'
    return undefined
  }
  if (lang === 'toml') {
    if (/^\s*\[(project|build-system|dependency-groups|tool\.[^\]]+|project\.[^\]]+)\]/m.test(value)) return 'pyproject'
    return undefined
  }
  if (lang === 'dockerfile') return 'dockerfile'
  if (lang === 'mermaid') return 'mermaid'
  if (lang === 'requirements') return 'requirements'
  return undefined
}
