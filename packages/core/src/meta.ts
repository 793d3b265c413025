/** The parts of a fence's info string that matter for checking. */
export interface FenceInfo {
  /** Language as written (`yml`, `Dockerfile`), without Slidev's attached `{…}` or `[…]`. */
  lang: string
  /** Everything after the language. */
  meta: string
  /** `[pyproject.toml]`: Slidev's code block title, taken as the file name. */
  filename?: string
  /** `magic-move` on a Markdown fence: each inner block is a step. */
  magicMove: boolean
}

/**
 * Split a fence info string the way Slidev reads it: `yaml {2|3}`, `ts{lines:true}`,
 * `toml [pyproject.toml] {1,3}`, `md magic-move {lines: true}`, `ts twoslash`.
 */
export function parseFenceInfo(lang: string | null | undefined, meta: string | null | undefined): FenceInfo {
  let name = lang ?? ''
  let rest = meta ?? ''
  const attached = name.search(/[{[]/)
  if (attached > 0) {
    rest = `${name.slice(attached)} ${rest}`.trim()
    name = name.slice(0, attached)
  }
  // No `[` inside the brackets: each candidate fails at once, so the scan stays linear.
  const title = /\[([^[\]\s][^[\]]*)\]/.exec(rest)
  return {
    lang: name,
    meta: rest,
    filename: title?.[1]?.trim(),
    magicMove: /^(md|markdown)$/i.test(name) && /(^|\s)magic-move(\s|\{|$)/.test(rest),
  }
}
