/**
 * hadolint's package-manager rules, one rule (and one DL code) each. They differ only in the
 * command, the subcommand and what is missing, so they share one shape here.
 */
import type { Rule, RuleDocs, Severity } from '@deckcheck/core'
import { commandPlace, hasCacheMount, hasOption, operandsAfter, runCommands, type ShellCommand, subcommandIndex } from '../helpers.ts'
import type { ParsedDockerfile, RunInstruction } from '../parse.ts'

interface Spec {
  name: string
  code: string
  severity: Exclude<Severity, 'off'>
  /** hadolint's info-level rules: noisy, off in `recommended`. */
  info?: boolean
  docs: Omit<RuleDocs, 'references'>
  /** Report for one command of a RUN; `run` gives the RUN's other commands. */
  check(command: ShellCommand, run: RunInstruction, report: (message: string, place?: { offset: number; endOffset: number }) => void): void
  /** Only the final stage matters (caches left in a discarded build stage cost nothing). */
  finalOnly?: boolean
}

function packageRule(spec: Spec): Rule<ParsedDockerfile> {
  return {
    id: `dockerfile/${spec.name}`,
    aliases: [spec.code],
    language: 'dockerfile',
    category: 'best-practice',
    severity: spec.severity,
    ...(spec.info ? { recommended: false } : {}),
    docs: { ...spec.docs, references: [`https://github.com/hadolint/hadolint/wiki/${spec.code}`] },
    check({ parsed, report }) {
      for (const { run, command } of runCommands(parsed)) {
        if (spec.finalOnly && !run.stage?.final) continue
        spec.check(command, run, (message, place) => report({ message, place: place ?? commandPlace(command) }))
      }
    },
  }
}

const APT_INSTALL = ['install']

function isApt(command: ShellCommand): boolean {
  return command.name === 'apt-get'
}

/** Unpinned operands of an install subcommand; `pinned` tells a pinned operand. */
function unpinned(command: ShellCommand, subcommands: string[], pinned: (value: string) => boolean, optionsWithValue: string[] = []): { value: string; offset: number; endOffset: number }[] {
  const index = subcommandIndex(command, subcommands)
  if (index === -1) return []
  return operandsAfter(command, index, optionsWithValue)
    .filter((word) => word.value !== undefined && !pinned(word.value) && !/[/.]/.test(word.value[0] ?? ''))
    .map((word) => ({ value: word.value!, offset: word.offset, endOffset: word.endOffset }))
}

/** A RUN that removes something matching `pattern` with one of its commands. */
function runCleans(run: RunInstruction, test: (command: ShellCommand) => boolean): boolean {
  return run.commands.some(test)
}

const removesAptLists = (command: ShellCommand) => command.name === 'rm' && command.words.some((w) => w.value?.startsWith('/var/lib/apt/lists'))

export const aptGetInstallUnpinned = packageRule({
  name: 'apt-get-install-unpinned',
  code: 'DL3008',
  severity: 'warn',
  docs: {
    description: 'A package installed with `apt-get install` without a version (`curl` rather than `curl=8.5.0-2`).',
    why: 'Unpinned packages make the image change from one build to the next. Pinning Debian packages is a trade-off (old versions leave the archive), so many projects turn this off and pin the base image instead.',
    bad: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
    good: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n' }],
  },
  check(command, _run, report) {
    if (!isApt(command)) return
    for (const word of unpinned(command, APT_INSTALL, (v) => v.includes('='), ['-o', '-t', '--target-release'])) {
      report(`Pin the version of ${word.value}: \`${word.value}=<version>\` (see \`apt-cache policy ${word.value}\`).`, word)
    }
  },
})

export const aptListsNotDeleted = packageRule({
  name: 'apt-lists-not-deleted',
  code: 'DL3009',
  severity: 'warn',
  info: true,
  finalOnly: true,
  docs: {
    description: '`apt-get update` in the final stage without `rm -rf /var/lib/apt/lists/*` in the same RUN.',
    why: 'The package lists stay in the layer: tens of megabytes in every image. Removing them in a later RUN does not shrink the earlier layer. Unlike hadolint, a RUN with a cache mount is not reported.',
    bad: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' }],
    good: [{ code: 'FROM debian:12-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n' }],
  },
  check(command, run, report) {
    if (!isApt(command) || subcommandIndex(command, ['update']) === -1 || hasCacheMount(run.instruction)) return
    if (!runCleans(run, removesAptLists)) report('apt-get update leaves its package lists in the layer: end the same RUN with `&& rm -rf /var/lib/apt/lists/*`.')
  },
})

export const aptGetInstallNoYes = packageRule({
  name: 'apt-get-install-without-yes',
  code: 'DL3014',
  severity: 'warn',
  docs: {
    description: '`apt-get install` without `-y`.',
    why: 'Without `-y` apt-get asks for confirmation, gets no answer in a build, and aborts.',
    bad: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
    good: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
  },
  check(command, _run, report) {
    if (!isApt(command) || subcommandIndex(command, APT_INSTALL) === -1) return
    if (!hasOption(command, '-y', '--yes', '--assume-yes', '-qq', '--quiet=2')) report('apt-get install asks for confirmation and aborts in a build: add `-y`.')
  },
})

export const aptGetInstallRecommends = packageRule({
  name: 'apt-get-install-recommends',
  code: 'DL3015',
  severity: 'warn',
  info: true,
  docs: {
    description: '`apt-get install` without `--no-install-recommends`.',
    why: 'Recommended packages are not needed to run the program and can double the size of the image.',
    bad: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' }],
    good: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
  },
  check(command, _run, report) {
    if (!isApt(command) || subcommandIndex(command, APT_INSTALL) === -1) return
    const words = command.words.map((w) => w.value ?? '')
    if (!words.includes('--no-install-recommends') && !words.some((w) => /APT::Install-Recommends=(false|0)/i.test(w))) {
      report('apt-get install also installs recommended packages: add `--no-install-recommends`.')
    }
  },
})

export const aptCommand = packageRule({
  name: 'apt-command',
  code: 'DL3027',
  severity: 'warn',
  docs: {
    description: 'The `apt` command in a RUN.',
    why: '`apt` is meant for people at a terminal: its output and options are not stable for scripts, and it warns so itself. Use `apt-get` (or `apt-cache`).',
    bad: [{ code: 'FROM debian:12-slim\nRUN apt update && apt install -y --no-install-recommends curl\n' }],
    good: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
  },
  check(command, _run, report) {
    if (command.name === 'apt') report('`apt` is for interactive use and has no stable interface for scripts: use `apt-get` instead.', command.words[0])
  },
})

export const apkAddUnpinned = packageRule({
  name: 'apk-add-unpinned',
  code: 'DL3018',
  severity: 'warn',
  docs: {
    description: 'A package installed with `apk add` without a version.',
    why: 'Unpinned packages make the image change from one build to the next; `apk add curl=8.5.0-r0` (or `curl~8.5`) does not.',
    bad: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' }],
    good: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' }],
  },
  check(command, _run, report) {
    if (command.name !== 'apk') return
    for (const word of unpinned(command, ['add'], (v) => /[=~<>]/.test(v) || v.endsWith('.apk'), ['-t', '--virtual', '--repository', '-X'])) {
      report(`Pin the version of ${word.value}: \`${word.value}=<version>\`.`, word)
    }
  },
})

export const apkAddCache = packageRule({
  name: 'apk-add-cache',
  code: 'DL3019',
  severity: 'warn',
  info: true,
  docs: {
    description: '`apk add` without `--no-cache`.',
    why: 'apk keeps its index in /var/cache/apk, which then stays in the image layer; `--no-cache` needs no `apk update` and leaves nothing behind.',
    bad: [{ code: 'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2\n' }],
    good: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' }],
  },
  check(command, run, report) {
    if (command.name !== 'apk' || subcommandIndex(command, ['add']) === -1 || hasCacheMount(run.instruction)) return
    if (!hasOption(command, '--no-cache')) report('apk add keeps its package index in the image: add `--no-cache` (and drop `apk update`).')
  },
})

export const npmInstallUnpinned = packageRule({
  name: 'npm-install-unpinned',
  code: 'DL3016',
  severity: 'warn',
  docs: {
    description: 'A package installed with `npm install <name>` without a version.',
    why: 'An unpinned npm package is whatever was published last. Installing from package.json and its lock file (`npm ci`) is not reported.',
    bad: [{ code: 'FROM node:22-slim\nRUN npm install --global pnpm\n' }],
    good: [{ code: 'FROM node:22-slim\nRUN npm install --global pnpm@9.12.0\n' }, { code: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\n' }],
  },
  check(command, _run, report) {
    if (command.name !== 'npm') return
    const pinned = (v: string) => /^@?[^@]+@./.test(v) || /^(git[+:]|https?:|file:)|\.tgz$/.test(v)
    for (const word of unpinned(command, ['install', 'i', 'add'], pinned, ['--prefix'])) report(`Pin the version of ${word.value}: \`${word.value}@<version>\`.`, word)
  },
})

export const gemInstallUnpinned = packageRule({
  name: 'gem-install-unpinned',
  code: 'DL3028',
  severity: 'warn',
  docs: {
    description: 'A gem installed with `gem install <name>` without a version.',
    why: 'An unpinned gem is whatever was published last: pin it with `gem install <name>:<version>` or `-v`.',
    bad: [{ code: 'FROM ruby:3.3-slim\nRUN gem install bundler\n' }],
    good: [{ code: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n' }],
  },
  check(command, _run, report) {
    if (command.name !== 'gem' || hasOption(command, '-v', '--version')) return
    for (const word of unpinned(command, ['install', 'i'], (v) => v.includes(':'))) report(`Pin the version of ${word.value}: \`${word.value}:<version>\`.`, word)
  },
})

export const goInstallUnpinned = packageRule({
  name: 'go-install-unpinned',
  code: 'DL3062',
  severity: 'warn',
  docs: {
    description: 'A Go program installed with `go install <module>` without `@<version>` (or with `@latest`).',
    why: 'Without a version, go install builds whatever is newest: pin it, `go install example.com/tool@v1.2.3`.',
    bad: [{ code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest\n' }],
    good: [{ code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0\n' }],
  },
  check(command, _run, report) {
    if (command.name !== 'go') return
    const index = subcommandIndex(command, ['install'])
    if (index === -1) return
    for (const word of operandsAfter(command, index)) {
      const value = word.value
      if (value === undefined || value.startsWith('.') || (value.includes('@') && !value.endsWith('@latest'))) continue
      report(`Pin the version of ${value.replace(/@latest$/, '')}: \`go install ${value.replace(/@latest$/, '')}@<version>\`.`, word)
    }
  },
})

/** yum, dnf and zypper: the same three rules each (confirmation, clean, pinning). */
function rpmRules(tool: 'yum' | 'dnf' | 'zypper', codes: { yes: string; clean: string; pin: string }, image: string): [Rule<ParsedDockerfile>, Rule<ParsedDockerfile>, Rule<ParsedDockerfile>] {
  const isTool = (command: ShellCommand) => command.name === tool || (tool === 'dnf' && command.name === 'microdnf')
  const install = tool === 'zypper' ? ['install', 'in'] : ['install', 'groupinstall', 'localinstall']
  const yesOptions = tool === 'zypper' ? ['-n', '--non-interactive', '-y', '--no-confirm'] : ['-y', '--assumeyes']
  const yes = tool === 'zypper' ? '-n' : '-y'
  const clean = tool === 'zypper' ? `${tool} clean` : `${tool} clean all`
  const cleans = (command: ShellCommand) => isTool(command) && subcommandIndex(command, ['clean', 'cc']) !== -1
  const pinned = (v: string) => (tool === 'zypper' ? /[=<>]/.test(v) : /-\d/.test(v)) || v.endsWith('.rpm')
  return [
    packageRule({
      name: `${tool}-install-without-yes`,
      code: codes.yes,
      severity: 'warn',
      docs: {
        description: `\`${tool} install\` without \`${yes}\`.`,
        why: `Without \`${yes}\` ${tool} asks for confirmation, gets no answer in a build, and aborts.`,
        bad: [{ code: `FROM ${image}\nRUN ${tool} install ${tool === 'zypper' ? 'curl=8.6.0' : 'curl-8.6.0'} && ${clean}\n` }],
        good: [{ code: `FROM ${image}\nRUN ${tool} install ${yes} ${tool === 'zypper' ? 'curl=8.6.0' : 'curl-8.6.0'} && ${clean}\n` }],
      },
      check(command, _run, report) {
        if (!isTool(command) || subcommandIndex(command, install) === -1) return
        if (!hasOption(command, ...yesOptions)) report(`${tool} install asks for confirmation and aborts in a build: add \`${yes}\`.`)
      },
    }),
    packageRule({
      name: `${tool}-clean-missing`,
      code: codes.clean,
      severity: 'warn',
      docs: {
        description: `\`${tool} install\` without \`${clean}\` in the same RUN.`,
        why: `${tool}'s metadata and package cache stay in the layer unless the same RUN removes them. A RUN with a cache mount is not reported.`,
        bad: [{ code: `FROM ${image}\nRUN ${tool} install ${yes} ${tool === 'zypper' ? 'curl=8.6.0' : 'curl-8.6.0'}\n` }],
        good: [{ code: `FROM ${image}\nRUN ${tool} install ${yes} ${tool === 'zypper' ? 'curl=8.6.0' : 'curl-8.6.0'} && ${clean}\n` }],
      },
      check(command, run, report) {
        if (!isTool(command) || subcommandIndex(command, install) === -1 || hasCacheMount(run.instruction)) return
        if (!runCleans(run, cleans)) report(`${tool} leaves its cache in the layer: end the same RUN with \`&& ${clean}\`.`)
      },
    }),
    packageRule({
      name: `${tool}-install-unpinned`,
      code: codes.pin,
      severity: 'warn',
      docs: {
        description: `A package installed with \`${tool} install\` without a version.`,
        why: 'Unpinned packages make the image change from one build to the next.',
        bad: [{ code: `FROM ${image}\nRUN ${tool} install ${yes} curl && ${clean}\n` }],
        good: [{ code: `FROM ${image}\nRUN ${tool} install ${yes} ${tool === 'zypper' ? 'curl=8.6.0' : 'curl-8.6.0'} && ${clean}\n` }],
      },
      check(command, _run, report) {
        if (!isTool(command)) return
        for (const word of unpinned(command, install, pinned)) {
          report(`Pin the version of ${word.value}: \`${word.value}${tool === 'zypper' ? '=' : '-'}<version>\`.`, word)
        }
      },
    }),
  ]
}

export const [yumInstallWithoutYes, yumCleanMissing, yumInstallUnpinned] = rpmRules('yum', { yes: 'DL3030', clean: 'DL3032', pin: 'DL3033' }, 'rockylinux:9')
export const [dnfInstallWithoutYes, dnfCleanMissing, dnfInstallUnpinned] = rpmRules('dnf', { yes: 'DL3038', clean: 'DL3040', pin: 'DL3041' }, 'fedora:41')
export const [zypperInstallWithoutYes, zypperCleanMissing, zypperInstallUnpinned] = rpmRules('zypper', { yes: 'DL3034', clean: 'DL3036', pin: 'DL3037' }, 'opensuse/leap:15.6')

export const zypperDistUpgrade = packageRule({
  name: 'zypper-dist-upgrade',
  code: 'DL3035',
  severity: 'warn',
  docs: {
    description: '`zypper dist-upgrade` in a RUN.',
    why: 'A distribution upgrade inside an image build changes the base system unpredictably: use a newer base image instead.',
    bad: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n' }],
    good: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean\n' }],
  },
  check(command, _run, report) {
    if (command.name === 'zypper' && subcommandIndex(command, ['dist-upgrade', 'dup']) !== -1) report('zypper dist-upgrade upgrades the whole base system during the build: use a newer base image tag instead.')
  },
})

export const yarnCacheNotCleaned = packageRule({
  name: 'yarn-cache-not-cleaned',
  code: 'DL3060',
  severity: 'warn',
  info: true,
  docs: {
    description: '`yarn install` without `yarn cache clean` in the same RUN.',
    why: "yarn's download cache stays in the layer unless the same RUN cleans it; a cache mount avoids it too.",
    bad: [{ code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile\n' }],
    good: [{ code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n' }],
  },
  check(command, run, report) {
    if (command.name !== 'yarn' || subcommandIndex(command, ['install']) === -1 || hasCacheMount(run.instruction)) return
    if (!runCleans(run, (c) => c.name === 'yarn' && subcommandIndex(c, ['cache']) !== -1)) report('yarn install leaves its cache in the layer: end the same RUN with `&& yarn cache clean`.')
  },
})

export const packageManagerRules = [
  aptGetInstallUnpinned, aptListsNotDeleted, aptGetInstallNoYes, aptGetInstallRecommends, aptCommand,
  apkAddUnpinned, apkAddCache, npmInstallUnpinned, gemInstallUnpinned, goInstallUnpinned,
  yumInstallWithoutYes, yumCleanMissing, yumInstallUnpinned, dnfInstallWithoutYes, dnfCleanMissing, dnfInstallUnpinned,
  zypperInstallWithoutYes, zypperCleanMissing, zypperInstallUnpinned, zypperDistUpgrade, yarnCacheNotCleaned,
]
