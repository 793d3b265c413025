import { defineLanguage } from '@deckcheck/core'
import { parseDockerfile } from './parse.ts'
import { addInsteadOfCopy } from './rules/add-instead-of-copy.ts'
import { bashismInSh } from './rules/bashism-in-sh.ts'
import { cdInRun } from './rules/cd-in-run.ts'
import { consecutiveRun } from './rules/consecutive-run.ts'
import { copyArchiveThenExtract } from './rules/copy-archive-then-extract.ts'
import { copyFromOwnStage } from './rules/copy-from-own-stage.ts'
import { copyFromUnknownStage } from './rules/copy-from-unknown-stage.ts'
import { copyMultipleSources } from './rules/copy-multiple-sources.ts'
import { copyRelativeWithoutWorkdir } from './rules/copy-relative-without-workdir.ts'
import { curlPipeShell } from './rules/curl-pipe-shell.ts'
import { duplicateStageName } from './rules/duplicate-stage-name.ts'
import { envSelfReference } from './rules/env-self-reference.ts'
import { exposeInvalidFormat } from './rules/expose-invalid-format.ts'
import { exposePortRange } from './rules/expose-port-range.ts'
import { exposeProtoCasing } from './rules/expose-proto-casing.ts'
import { fromAsCasing } from './rules/from-as-casing.ts'
import { fromPlatformConstant } from './rules/from-platform-constant.ts'
import { healthcheckMissing } from './rules/healthcheck-missing.ts'
import { imageLatestTag } from './rules/image-latest-tag.ts'
import { imageUntagged } from './rules/image-untagged.ts'
import { installAfterCopyAll } from './rules/install-after-copy-all.ts'
import { instructionCasing } from './rules/instruction-casing.ts'
import { invalidDefaultArgInFrom } from './rules/invalid-default-arg-in-from.ts'
import { jsonArgsRecommended } from './rules/json-args-recommended.ts'
import { labelKey } from './rules/label-key.ts'
import { legacyKeyValueFormat } from './rules/legacy-key-value-format.ts'
import { maintainerDeprecated } from './rules/maintainer-deprecated.ts'
import { multipleCmd, multipleEntrypoint, multipleHealthcheck } from './rules/multiple-instructions.ts'
import { packageManagerRules } from './rules/package-managers.ts'
import { parserWarning } from './rules/parser-warning.ts'
import { pipInstallCache } from './rules/pip-install-cache.ts'
import { pipInstallUnpinned } from './rules/pip-install-unpinned.ts'
import { pipeWithoutPipefail } from './rules/pipe-without-pipefail.ts'
import { pointlessCommand } from './rules/pointless-command.ts'
import { pythonEndOfLife } from './rules/python-end-of-life.ts'
import { pythonImageNotSlim } from './rules/python-image-not-slim.ts'
import { redundantTargetPlatform } from './rules/redundant-target-platform.ts'
import { runsAsRoot } from './rules/runs-as-root.ts'
import { secretsInArgOrEnv } from './rules/secrets-in-arg-or-env.ts'
import { serverBindsLocalhost } from './rules/server-binds-localhost.ts'
import { shSymlink } from './rules/sh-symlink.ts'
import { shellSyntax } from './rules/shell-syntax.ts'
import { stageNameCasing } from './rules/stage-name-casing.ts'
import { sudo } from './rules/sudo.ts'
import { syntax } from './rules/syntax.ts'
import { toolNotInImage } from './rules/tool-not-in-image.ts'
import { undefinedArgInFrom } from './rules/undefined-arg-in-from.ts'
import { undefinedVar } from './rules/undefined-var.ts'
import { useraddWithoutL } from './rules/useradd-without-l.ts'
import { uvInstalledByScript } from './rules/uv-installed-by-script.ts'
import { uvSyncUnlocked } from './rules/uv-sync-unlocked.ts'
import { wgetAndCurl } from './rules/wget-and-curl.ts'
import { wgetWithoutProgress } from './rules/wget-without-progress.ts'
import { venvActivateInRun } from './rules/venv-activate-in-run.ts'
import { workdirRelativePath } from './rules/workdir-relative-path.ts'

/** remark plugin: checks every Dockerfile snippet (```dockerfile, ```Dockerfile, ```docker, ```containerfile fences and imports). */
export const remarkDeckcheckDockerfile = defineLanguage({
  language: 'dockerfile',
  source: 'deckcheck-dockerfile',
  rules: [
    // What Docker or the shell refuses.
    syntax,
    parserWarning,
    shellSyntax,
    copyFromOwnStage,
    copyMultipleSources,
    duplicateStageName,
    exposePortRange,
    // hadolint's DL rules that need no configuration.
    runsAsRoot,
    workdirRelativePath,
    pointlessCommand,
    cdInRun,
    sudo,
    imageUntagged,
    imageLatestTag,
    copyArchiveThenExtract,
    multipleHealthcheck,
    pipInstallUnpinned,
    addInsteadOfCopy,
    copyFromUnknownStage,
    jsonArgsRecommended,
    fromPlatformConstant,
    pipInstallCache,
    envSelfReference,
    copyRelativeWithoutWorkdir,
    useraddWithoutL,
    wgetWithoutProgress,
    labelKey,
    healthcheckMissing,
    consecutiveRun,
    maintainerDeprecated,
    wgetAndCurl,
    multipleCmd,
    multipleEntrypoint,
    shSymlink,
    pipeWithoutPipefail,
    ...packageManagerRules,
    // Docker's build checks (docker build --check).
    fromAsCasing,
    instructionCasing,
    stageNameCasing,
    legacyKeyValueFormat,
    exposeProtoCasing,
    exposeInvalidFormat,
    redundantTargetPlatform,
    secretsInArgOrEnv,
    undefinedArgInFrom,
    invalidDefaultArgInFrom,
    undefinedVar,
    // The talks' own container rules.
    pythonImageNotSlim,
    pythonEndOfLife,
    curlPipeShell,
    toolNotInImage,
    installAfterCopyAll,
    uvSyncUnlocked,
    uvInstalledByScript,
    serverBindsLocalhost,
    venvActivateInRun,
    // ShellCheck-class problems inside RUN.
    bashismInSh,
  ],
  parse: parseDockerfile,
})

export {
  type DirectiveLine,
  type DockerPosition,
  type DockerRange,
  parseDockerfile,
  type ParsedDockerfile,
  rangeToPlace,
  type RunInstruction,
  type Stage,
  type ValidationCodeName,
  type ValidatorDiagnostic,
} from './parse.ts'
export { HANDLING, type Handling, KEYWORDS } from './diagnostics.ts'
export type { ShellCommand, ShellScript, ShellWord } from './shell.ts'
