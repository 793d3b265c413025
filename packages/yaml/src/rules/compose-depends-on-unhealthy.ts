import type { Rule } from '@deckcheck/core'
import { services } from '../compose/services.ts'
import { isObject } from '../data.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

/** Images that accept connections only some seconds after their container starts. */
const DATABASES = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|elasticsearch|opensearch|cassandra|clickhouse|kafka|zookeeper|mssql|timescaledb|cockroachdb|keydb)(:|@|$|-)/

export const composeDependsOnUnhealthy: Rule<ParsedYaml> = {
  id: 'yaml/compose-depends-on-unhealthy',
  aliases: [],
  language: 'yaml',
  kinds: ['compose'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A `depends_on` a database without `condition: service_healthy`.',
    why: 'Plain `depends_on` waits for the database container to start, not for the database to accept connections: the application\'s first connection fails and it crashes or retries. Give the database a `healthcheck` and depend on `service_healthy`.',
    bad: [onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n    depends_on:\n      - db\n  db:\n    image: postgres:17.2\n')],
    good: [
      onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17.2\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n'),
    ],
    references: ['https://docs.docker.com/compose/how-tos/startup-order/'],
  },
  check({ parsed, report }) {
    const all = services(parsed)
    for (const { document, service, path, name } of all) {
      const dependsOn = service.depends_on
      const entries: [string, unknown, (string | number)[]][] = Array.isArray(dependsOn)
        ? dependsOn.map((dep, index) => [String(dep), undefined, [...path, 'depends_on', index]])
        : isObject(dependsOn)
          ? Object.entries(dependsOn).map(([dep, spec]) => [dep, spec, [...path, 'depends_on', dep]])
          : []
      for (const [dependency, spec, at] of entries) {
        const target = all.find((s) => s.document === document && s.name === dependency)
        if (!target || typeof target.service.image !== 'string' || !DATABASES.test(target.service.image)) continue
        if (isObject(spec) && spec.condition === 'service_healthy') continue
        report({
          message: `\`${name}\` starts as soon as the \`${dependency}\` container does, before the database accepts connections: give \`${dependency}\` a \`healthcheck\` and use \`depends_on: { ${dependency}: { condition: service_healthy } }\`.`,
          place: document.place(at),
        })
      }
    }
  },
}
