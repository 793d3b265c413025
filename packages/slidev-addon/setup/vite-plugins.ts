import { defineVitePluginsSetup } from '@slidev/types'
import { deckcheckLive } from '../src/vite-plugin.ts'

// Slidev loads this for every deck that lists the addon (`addons: [deckcheck]` in its headmatter).
export default defineVitePluginsSetup((options) => [deckcheckLive({ entry: options.entry })])
