/**
 * Slidev's frontmatter options, from `@slidev/types` 53 (`HeadmatterConfig`, `Frontmatter`,
 * `TransitionOptions`, `FontOptions`, `DrawingsOptions`) and the built-in layouts' props
 * (https://sli.dev/builtin/layouts). One table: the rules read nothing else.
 */

/** What a value may be: JSON types, plus the strings allowed where the option is an enumeration. */
export interface OptionType {
  types: readonly ('string' | 'number' | 'boolean' | 'array' | 'object' | 'null')[]
  values?: readonly string[]
  /** Options of a nested mapping (`fonts`, `drawings`), checked the same way. */
  fields?: Readonly<Record<string, OptionType>>
}

const string: OptionType = { types: ['string'] }
const boolean: OptionType = { types: ['boolean'] }
const number: OptionType = { types: ['number'] }
const strings: OptionType = { types: ['array'] }
const object: OptionType = { types: ['object'] }
const stringOrStrings: OptionType = { types: ['string', 'array'] }
/** `true`/`false`, or only in `dev` or only in `build`. */
const devOrBuild: OptionType = { types: ['boolean', 'string'], values: ['dev', 'build'] }

const LAYOUTS = ['404', 'center', 'cover', 'default', 'end', 'error', 'fact', 'full', 'iframe-left', 'iframe-right', 'iframe', 'image-left', 'image-right', 'image', 'intro', 'none', 'quote', 'section', 'statement', 'two-cols-header', 'two-cols']

/** Options of every slide (and of the first slide, through the headmatter). */
export const SLIDE_OPTIONS: Readonly<Record<string, OptionType>> = {
  layout: string,
  class: { types: ['string', 'array', 'object'] },
  clicks: number,
  clicksStart: number,
  preload: boolean,
  hide: boolean,
  disabled: boolean,
  hideInToc: boolean,
  title: string,
  name: string,
  level: number,
  routeAlias: string,
  zoom: number,
  clickAnimation: string,
  dragPos: object,
  src: string,
  transition: { types: ['string', 'object', 'null'] },
  // Props of the built-in layouts and of the default theme's cover.
  image: string,
  backgroundSize: string,
  url: string,
  layoutClass: string,
  background: string,
}

/** Options that act on the whole deck: only read from the headmatter (the first slide's). */
export const DECK_OPTIONS: Readonly<Record<string, OptionType>> = {
  theme: string,
  addons: strings,
  title: string,
  titleTemplate: string,
  remoteAssets: devOrBuild,
  download: { types: ['boolean', 'string'] },
  codeCopy: boolean,
  magicMoveCopy: { types: ['boolean', 'string'], values: ['final', 'always'] },
  author: string,
  info: { types: ['string', 'boolean'] },
  highlighter: { types: ['string'], values: ['shiki'] },
  twoslash: devOrBuild,
  lineNumbers: boolean,
  colorSchema: { types: ['string'], values: ['dark', 'light', 'all', 'auto'] },
  routerMode: { types: ['string'], values: ['hash', 'history', 'memory'] },
  aspectRatio: { types: ['number', 'string'] },
  canvasWidth: number,
  selectable: boolean,
  themeConfig: object,
  fonts: {
    types: ['object'],
    fields: {
      sans: stringOrStrings,
      serif: stringOrStrings,
      mono: stringOrStrings,
      custom: stringOrStrings,
      weights: { types: ['string', 'array', 'number'] },
      italic: boolean,
      provider: { types: ['string'], values: ['none', 'google', 'coollabs'] },
      webfonts: strings,
      enhanceMatching: boolean,
      local: stringOrStrings,
      fallbacks: { types: ['boolean', 'array'] },
    },
  },
  favicon: string,
  drawings: {
    types: ['object'],
    fields: { persist: { types: ['boolean', 'string'] }, enabled: devOrBuild, presenterOnly: boolean, syncAll: boolean },
  },
  plantUmlServer: string,
  record: devOrBuild,
  remote: { types: ['string', 'boolean'] },
  css: { types: ['string'], values: ['unocss'] },
  presenter: devOrBuild,
  browserExporter: devOrBuild,
  htmlAttrs: object,
  comark: boolean,
  mdc: boolean,
  editor: boolean,
  mcp: boolean,
  contextMenu: { types: ['boolean', 'string', 'null'], values: ['dev', 'build'] },
  wakeLock: devOrBuild,
  pwa: devOrBuild,
  exportFilename: { types: ['string', 'null'] },
  export: object,
  monaco: devOrBuild,
  monacoTypesSource: { types: ['string'], values: ['cdn', 'local', 'none'] },
  monacoTypesAdditionalPackages: strings,
  monacoTypesIgnorePackages: strings,
  monacoRunAdditionalDeps: strings,
  monacoRunUseStrict: boolean,
  seoMeta: object,
  notesAutoRuby: object,
  duration: { types: ['string', 'number'] },
  timer: { types: ['string'], values: ['stopwatch', 'countdown'] },
  magicMoveDuration: number,
  shiki: object,
  preloadImages: { types: ['boolean', 'object'] },
  defaults: object,
}

export const BUILTIN_LAYOUTS: readonly string[] = LAYOUTS

/** The JSON type of a YAML value, as the table names it. */
export function typeOf(value: unknown): OptionType['types'][number] {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as 'string' | 'number' | 'boolean' | 'object'
}
