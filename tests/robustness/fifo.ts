import { execFileSync } from 'node:child_process'

/** Node has no mkfifo; the test fixture makes one with the system's. */
export function mkfifoSync(path: string): void {
  execFileSync('mkfifo', [path])
}
