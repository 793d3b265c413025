import { describe, expect, it } from 'vitest'
import { findings, line, messages } from './helpers.ts'

const WORKFLOW = `# .github/workflows/test.yml
on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.11", "3.12", "3.13", "3.14"]
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@v6
        with:
          python-version: \${{ matrix.python-version }}
      - run: python -m pytest
`

describe('yaml/gha-schema', () => {
  it('accepts a complete workflow, with no finding from any rule', async () => {
    expect(await findings(WORKFLOW)).toEqual([])
  })

  it.each([
    ['an unknown step key', WORKFLOW.replace('      - run: python -m pytest', '      - runs: python -m pytest'), 16, 9],
    ['an unclosed expression', WORKFLOW.replace('      - run: python -m pytest', '      - run: echo ${{ github.sha }'), 16, 14],
    ['an unknown context', WORKFLOW.replace('      - run: python -m pytest', '      - run: echo ${{ gihub.sha }}'), 16, 19],
    ['a missing runs-on, at the job', WORKFLOW.replace('    runs-on: ubuntu-latest\n', ''), 7, 5],
  ])('reports %s where it is', async (_, yaml, snippetLine, column) => {
    expect(await findings(yaml, 'yaml/gha-schema')).toContainEqual(`${line(snippetLine)}:${column} yaml/gha-schema`)
  })

  it('checks a step list on its own, and a step-list excerpt of a named workflow', async () => {
    expect(await findings('- uses: actions/checkout@v6\n- run: pytest\n')).toEqual([])
    expect(await findings('# .github/workflows/ci.yml (fragment)\n      - run: pytest\n      - name: Lint\n        rn: ruff check\n', 'yaml/gha-schema')).toContain(`${line(4)}:9 yaml/gha-schema`)
  })

  it('checks action metadata against the action schema', async () => {
    const action = '# action.yml\nname: Setup\ndescription: Install the tools\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n'
    expect(await findings(action.replace('    - run: echo hi\n', '    - run: echo hi\n      shell: bash\n'))).toEqual([])
    expect(await findings(action, 'yaml/gha-schema')).toEqual([`${line(7)}:7 yaml/gha-schema`])
  })

  it('checks a jobs map without asking for a trigger, shifting positions back', async () => {
    expect(await findings('jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n')).toEqual([])
    expect(await findings('jobs:\n  test:\n    runs-on: ubuntu-latest\n    step:\n      - run: pytest\n', 'yaml/gha-schema')).toContainEqual(`${line(4)}:5 yaml/gha-schema`)
  })
})

describe('GitHub Actions best practices', () => {
  it.each([
    ['yaml/gha-outdated-action', '- uses: actions/checkout@v4\n', 1, 9],
    ['yaml/gha-outdated-action', '- uses: actions/download-artifact@v6\n', 1, 9],
    ['yaml/gha-unpinned-action', '- uses: astral-sh/setup-uv@v7\n', 1, 9],
    ['yaml/gha-script-injection', '- run: |\n    echo "building"\n    echo "${{ github.event.issue.title }}"\n', 3, 11],
    ['yaml/gha-script-injection', '- run: git push origin ${{ github.head_ref }}\n', 1, 24],
    ['yaml/gha-curl-pipe-shell', '- run: |\n    set -e\n    wget -qO- https://example.com/install | sudo bash\n', 3, 5],
    ['yaml/gha-docker-push-latest', '- run: |\n    docker build -t ghcr.io/me/app .\n    docker push ghcr.io/me/app\n', 3, 5],
    ['yaml/gha-eol-runtime', '- uses: actions/setup-node@v6\n  with:\n    node-version: 20\n', 3, 19],
  ])('%s (case %#)', async (ruleId, yaml, snippetLine, column) => {
    expect(await findings(yaml, ruleId)).toEqual([`${line(snippetLine)}:${column} ${ruleId}`])
  })

  it.each([
    ['yaml/gha-outdated-action', '- uses: actions/checkout@v5\n- uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8\n'],
    ['yaml/gha-unpinned-action', '- uses: actions/checkout@v6\n- uses: ./.github/actions/setup\n- uses: docker://alpine:3.20\n'],
    ['yaml/gha-script-injection', '- run: echo "${{ github.event.pull_request.number }} ${{ github.sha }}"\n'],
    ['yaml/gha-docker-push-latest', '- run: docker push ghcr.io/me/app:${{ github.sha }}\n- run: docker push "$IMAGE"\n'],
    ['yaml/gha-eol-runtime', '- uses: actions/setup-python@v6\n  with:\n    python-version: "3.11"\n- uses: actions/setup-node@v6\n  with:\n    node-version: lts/*\n'],
  ])('%s stays quiet on good steps', async (ruleId, yaml) => {
    expect(await findings(yaml, ruleId)).toEqual([])
  })

  it('flags every end-of-life version of a matrix, at its value', async () => {
    const yaml = 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: ["3.9", "3.10", "3.11"]\n        node: [18, 22]\n    steps:\n      - run: tox\n'
    expect(await findings(yaml, 'yaml/gha-eol-runtime')).toEqual([
      `${line(6)}:26 yaml/gha-eol-runtime`,
      `${line(6)}:33 yaml/gha-eol-runtime`,
      `${line(7)}:16 yaml/gha-eol-runtime`,
    ])
  })

  it('asks a whole workflow for permissions, not an excerpt nor one whose jobs all set them', async () => {
    const open = WORKFLOW.replace('permissions:\n  contents: read\n', '')
    expect(await findings(open, 'yaml/gha-missing-permissions')).toEqual([`${line(3)}:1 yaml/gha-missing-permissions`])
    expect(await findings(open.replace('test.yml', 'test.yml (excerpt)'), 'yaml/gha-missing-permissions')).toEqual([])
    expect(await findings(open.replace('    runs-on:', '    permissions: {}\n    runs-on:'), 'yaml/gha-missing-permissions')).toEqual([])
  })

  it('points at each of two identical expressions', async () => {
    const yaml = '- run: |\n    echo "${{ github.head_ref }}"\n    git push origin "${{ github.head_ref }}"\n'
    expect(await findings(yaml, 'yaml/gha-script-injection')).toEqual([`${line(2)}:11 yaml/gha-script-injection`, `${line(3)}:22 yaml/gha-script-injection`])
  })

  it('suggests the env: indirection in its message', async () => {
    const [message] = await messages('- run: echo ${{ github.event.comment.body }}\n', 'yaml/gha-script-injection')
    expect(message?.reason).toContain('env:')
  })
})
