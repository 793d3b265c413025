import { describe, expect, it } from 'vitest'
import { findings, line, messages } from './helpers.ts'

describe('yaml/syntax', () => {
  it('turns an alias bomb into a finding instead of a hang', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (const name of 'bcdefghi') bomb.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(',')}]`)
    const started = Date.now()
    const found = await messages(`${bomb.join('\n')}\n`, 'yaml/syntax')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(found.map((m) => m.reason).join(' ')).toMatch(/alias/i)
  })

  it('reports a duplicate key in the second document of a stream, at the key', async () => {
    expect(await findings('a: 1\n---\nb: 1\nb: 2\n', 'yaml/syntax')).toEqual([`${line(4)}:1 yaml/syntax`])
  })
})
