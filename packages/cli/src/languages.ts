import type { LanguagePlugin } from '@deckcheck/core'
import { remarkDeckcheckDockerfile } from '@deckcheck/dockerfile'
import { remarkDeckcheckMermaid } from '@deckcheck/mermaid'
import { remarkDeckcheckRequirements, remarkDeckcheckToml } from '@deckcheck/toml'
import { remarkDeckcheckYaml } from '@deckcheck/yaml'

/** Every language deckcheck checks. Heavy parsers (mermaid) load only when a deck has such a snippet. */
export const LANGUAGES: readonly LanguagePlugin[] = [remarkDeckcheckToml, remarkDeckcheckRequirements, remarkDeckcheckYaml, remarkDeckcheckDockerfile, remarkDeckcheckMermaid]
