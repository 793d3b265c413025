import type { Rule } from '@deckcheck/core'
import { entryAt, isString, lookup } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { requirementSpan } from '../pyproject.ts'

/** Backend module (before any `:object`) → the distributions that provide it. */
const BACKENDS: Record<string, string[]> = {
  'hatchling.build': ['hatchling'],
  'setuptools.build_meta': ['setuptools'],
  'flit_core.buildapi': ['flit-core', 'flit'],
  'poetry.core.masonry.api': ['poetry-core'],
  'pdm.backend': ['pdm-backend'],
  'pdm.pep517.api': ['pdm-pep517'],
  maturin: ['maturin'],
  'scikit_build_core.build': ['scikit-build-core'],
  mesonpy: ['meson-python'],
  uv_build: ['uv-build'],
  'sipbuild.api': ['sip'],
}

/** Front ends and project managers: they run a build, they are not what a build imports. */
const FRONT_ENDS: Record<string, string> = {
  pip: 'a front end',
  build: 'a front end (`python -m build`)',
  uv: 'a front end; its backend is `uv_build`',
  poetry: 'a project manager; its backend is `poetry-core`',
  pdm: 'a project manager; its backend is `pdm-backend`',
  hatch: 'a project manager; its backend is `hatchling`',
  twine: 'an upload tool',
  tox: 'a test runner',
}

export const buildBackendNotRequired: Rule<ParsedToml> = {
  id: 'toml/build-backend-not-required',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`[build-system]` whose `build-backend` comes from a package missing in `requires`, or whose `requires` names a build front end (pip, build, uv, poetry, hatch) instead of the backend.',
    why: 'The front end installs exactly `requires` into an isolated environment and then imports `build-backend` there: a backend that is not required fails with `ModuleNotFoundError`, and a front end in `requires` is installed for nothing (poetry instead of poetry-core pulls in a whole resolver).',
    bad: [
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "hatchling.build"\n' },
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["poetry>=2"]\nbuild-backend = "poetry.core.masonry.api"\n' },
    ],
    good: [
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["poetry-core>=2"]\nbuild-backend = "poetry.core.masonry.api"\n' },
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["setuptools>=77", "setuptools-scm>=8"]\nbuild-backend = "setuptools.build_meta"\n' },
    ],
    references: ['https://packaging.python.org/en/latest/tutorials/packaging-projects/#choosing-a-build-backend', 'https://peps.python.org/pep-0517/'],
  },
  check({ parsed, report }) {
    const table = parsed.tables.buildSystem
    const sites = parsed.requirements.filter((site) => site.place === 'build-system' && site.requirement)
    for (const site of sites) {
      const role = lookup(FRONT_ENDS, site.requirement!.normalized)
      if (role) report({ message: `\`${site.requirement!.name}\` is ${role}, not a build backend: \`requires\` lists what the backend needs to build.`, place: requirementSpan(site, parsed.text, site.requirement!.nameAt) })
    }
    const backend = entryAt(table, 'build-backend')
    if (!backend || !isString(backend) || entryAt(table, 'backend-path') || !Array.isArray(entryAt(table, 'requires')?.value)) return
    const providers = lookup(BACKENDS, backend.value.split(':')[0]!)
    if (!providers || sites.some((site) => providers.includes(site.requirement!.normalized))) return
    report({ message: `\`${backend.value}\` comes from \`${providers[0]}\`, which \`requires\` does not list: add \`"${providers[0]}"\` to \`requires\`, or the build fails to import its backend.`, place: backend.at })
  },
}
