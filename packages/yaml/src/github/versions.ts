/**
 * Versions that moved on, as of 2026-11-22. Update this file (and its date) when a new major
 * ships or a runtime reaches its end of life; the rules read nothing else.
 */
export const AS_OF = '2026-11-22'

/**
 * Well-known actions: the first major that runs on Node 24 (Node 20 left the runners on
 * 2026-09-16; older majors only run because GitHub forces them onto Node 24).
 * Checked against each action's `runs.using`, not release notes: `upload-artifact@v5` and
 * `download-artifact@v6` still declared node20.
 */
export const ACTION_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-python': 6,
  'actions/setup-node': 5,
  'actions/setup-go': 6,
  'actions/setup-java': 5,
  'actions/cache': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'actions/github-script': 8,
  'github/codeql-action': 4,
  'docker/build-push-action': 7,
  'docker/setup-buildx-action': 4,
  'docker/setup-qemu-action': 4,
  'docker/login-action': 4,
  'docker/metadata-action': 6,
}

/** The newest end-of-life release line of each runtime: it and everything older are unsupported. */
export const END_OF_LIFE: Record<'python' | 'node', { newest: number[]; supported: string; source: string }> = {
  // Python 3.10 reached its end of life in October 2026.
  python: { newest: [3, 10], supported: '3.11 or later (3.14 is current)', source: 'https://devguide.python.org/versions/' },
  // Node 20 reached its end of life on 2026-04-30.
  node: { newest: [20], supported: '22 or 24 (LTS)', source: 'https://nodejs.org/en/about/previous-releases' },
}
