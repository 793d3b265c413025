import { describe, expect, it } from 'vitest'
import { findings, line, messages } from './helpers.ts'

const COMPOSE = `# compose.yaml
services:
  web:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgresql://app@db/app
      DB_PASSWORD: \${DB_PASSWORD:?set it in .env}
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:17.2
    environment:
      POSTGRES_PASSWORD: \${DB_PASSWORD:?set it in .env}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
`

describe('Compose', () => {
  it('accepts a complete file with no finding from any rule', async () => {
    expect(await findings(COMPOSE)).toEqual([])
  })

  it.each([
    ['yaml/compose-schema', COMPOSE.replace('    ports:', '    port:'), 5, 5],
    ['yaml/compose-schema', COMPOSE.replace('      interval: 5s', '      interval: 5'), 19, 17],
    ['yaml/compose-version-key', `version: "3.8"\n${COMPOSE.replace('# compose.yaml\n', '')}`, 1, 1],
    ['yaml/compose-image-latest', COMPOSE.replace('postgres:17.2', 'postgres:latest'), 14, 12],
    ['yaml/compose-hardcoded-secret', COMPOSE.replace('POSTGRES_PASSWORD: ${DB_PASSWORD:?set it in .env}', 'POSTGRES_PASSWORD: hunter2'), 16, 26],
    ['yaml/compose-hardcoded-secret', COMPOSE.replace('      DB_PASSWORD: ${DB_PASSWORD:?set it in .env}', '      - DB_PASSWORD=hunter2').replace('      DATABASE_URL: postgresql://app@db/app', '      - DATABASE_URL=postgresql://app@db/app'), 9, 9],
    ['yaml/compose-depends-on-unhealthy', COMPOSE.replace('      db:\n        condition: service_healthy', '      - db'), 11, 9],
  ])('%s (case %#)', async (ruleId, yaml, snippetLine, column) => {
    expect(await findings(yaml, ruleId)).toEqual([`${line(snippetLine)}:${column} ${ruleId}`])
  })

  it('names the unknown key and merges the branches of a oneOf into one message', async () => {
    const [unknown] = await messages(COMPOSE.replace('    ports:', '    port:'), 'yaml/compose-schema')
    expect(unknown?.reason).toContain('`port`')
    const typed = await messages(COMPOSE.replace('    environment:\n      DATABASE_URL: postgresql://app@db/app\n      DB_PASSWORD: ${DB_PASSWORD:?set it in .env}', '    environment: 5'), 'yaml/compose-schema')
    expect(typed.map((m) => m.reason)).toEqual(['`services.web.environment` must be object or array.'])
  })

  it('does not ask a depends_on a service that is not a database for a health condition', async () => {
    const yaml = 'services:\n  web:\n    image: ghcr.io/me/web:1.0\n    depends_on: [worker]\n  worker:\n    image: ghcr.io/me/worker:1.0\n'
    expect(await findings(yaml, 'yaml/compose-depends-on-unhealthy')).toEqual([])
  })
})
