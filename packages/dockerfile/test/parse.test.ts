import { describe, expect, it } from 'vitest'
import { parseDockerfile, rangeToPlace } from '../src/index.ts'

describe('parseDockerfile', () => {
  it('exposes the dockerfile-ast model for later rules', () => {
    const parsed = parseDockerfile({ value: 'FROM python:3.12-slim AS build\nRUN --mount=type=cache,target=/root/.cache/pip \\\n    pip install flask\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local\n' })
    expect(parsed.instructions.map((i) => i.getKeyword())).toEqual(['FROM', 'RUN', 'FROM', 'COPY'])
    expect(parsed.dockerfile.getFROMs().map((f) => f.getBuildStage())).toEqual(['build', null])
    expect(parsed.dockerfile.getCOPYs()[0]!.getFromFlag()!.getValue()).toBe('build')
    expect(parsed.escape).toBe('\\')
    expect(parsed.diagnostics).toEqual([])
  })

  it('keeps every dockerfile-utils diagnostic, named, for later rules', () => {
    const parsed = parseDockerfile({ value: 'FROM python:3.12-slim\nMAINTAINER me\nWORKDIR app\n' })
    expect(parsed.diagnostics.map((d) => [d.name, d.severity])).toEqual([
      ['DEPRECATED_MAINTAINER', 'warning'],
      ['WORKDIR_IS_NOT_ABSOLUTE', 'warning'],
    ])
  })

  it('converts dockerfile-ast ranges (0-based lines and characters) to snippet offsets', () => {
    const text = 'FROM a\nRUN echo \\\n  hi\n'
    const parsed = parseDockerfile({ value: text })
    const run = parsed.instructions[1]!
    expect(parsed.place(run.getInstructionRange())).toEqual({ offset: 7, endOffset: 10 })
    expect(parsed.place(run.getRange())).toEqual({ offset: 7, endOffset: text.indexOf('hi') + 2 })
    // Past the last line or the end of a line: clamped, never before the start.
    expect(rangeToPlace(text, { start: { line: 2, character: 0 }, end: { line: 9, character: 0 } })).toEqual({ offset: text.indexOf('  hi'), endOffset: text.length })
    expect(rangeToPlace(text, { start: { line: 0, character: 40 }, end: { line: 0, character: 50 } })).toEqual({ offset: 6, endOffset: 6 })
  })

  it('reads parser directives as BuildKit does', () => {
    expect(parseDockerfile({ value: '# syntax=docker/dockerfile:1\n#escape = `\nFROM a\n' }).directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1'],
      ['escape', '`'],
    ])
    const late = parseDockerfile({ value: '# Dockerfile\n# escape=`\nFROM a\n' })
    expect(late.directives).toEqual([])
    expect(late.ignoredDirectives.map((d) => [d.name, d.line])).toEqual([['escape', 1]])
    expect(late.escape).toBe('\\')
    const unknownFirst = parseDockerfile({ value: '# foo=bar\n# escape=`\nFROM a\n' })
    expect(unknownFirst.escape).toBe('\\')
    expect(unknownFirst.text).toBe('# foo=bar\n# escape=`\nFROM a\n')
    expect(parseDockerfile({ value: '# escape=`\nFROM a\n' }).escape).toBe('`')
  })
})
