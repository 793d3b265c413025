/** Names that say "secret", shared by the Kubernetes env and Compose environment rules. */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|private_?key|credentials?)$|^(pass(word|wd)?|secret|token)/i

/** A variable named like a secret with a literal, non-empty value that is not a `${VAR}` reference. */
export function looksSecret(name: string, value: unknown): boolean {
  if (!SECRET_NAME.test(name.replace(/[-.]/g, '_'))) return false
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const text = String(value)
  return text !== '' && !/^\$\{?\w+/.test(text)
}
