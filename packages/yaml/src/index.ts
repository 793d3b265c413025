import { defineLanguage } from '@deckcheck/core'
import { parseYaml } from './parse.ts'
import { ghaSchema } from './rules/gha-schema.ts'
import { ghaOutdatedAction } from './rules/gha-outdated-action.ts'
import { ghaUnpinnedAction } from './rules/gha-unpinned-action.ts'
import { ghaMissingPermissions } from './rules/gha-missing-permissions.ts'
import { ghaScriptInjection } from './rules/gha-script-injection.ts'
import { composeSchema } from './rules/compose-schema.ts'
import { composeVersionKey } from './rules/compose-version-key.ts'
import { composeHardcodedSecret } from './rules/compose-hardcoded-secret.ts'
import { composeImageLatest } from './rules/compose-image-latest.ts'
import { composeDependsOnUnhealthy } from './rules/compose-depends-on-unhealthy.ts'
import { ghaCurlPipeShell } from './rules/gha-curl-pipe-shell.ts'
import { ghaEolRuntime } from './rules/gha-eol-runtime.ts'
import { ghaDockerPushLatest } from './rules/gha-docker-push-latest.ts'
import { k8sDanglingService } from './rules/k8s-dangling-service.ts'
import { k8sHostAccess } from './rules/k8s-host-access.ts'
import { k8sImageLatest } from './rules/k8s-image-latest.ts'
import { k8sMissingProbes } from './rules/k8s-missing-probes.ts'
import { k8sMissingResources } from './rules/k8s-missing-resources.ts'
import { k8sPrivilegeEscalation } from './rules/k8s-privilege-escalation.ts'
import { k8sPrivileged } from './rules/k8s-privileged.ts'
import { k8sRunAsRoot } from './rules/k8s-run-as-root.ts'
import { k8sSchema } from './rules/k8s-schema.ts'
import { k8sSecretInEnv } from './rules/k8s-secret-in-env.ts'
import { k8sSelectorMismatch } from './rules/k8s-selector-mismatch.ts'
import { parserWarning } from './rules/parser-warning.ts'
import { slidevFrontmatterNotMapping } from './rules/slidev-frontmatter-not-mapping.ts'
import { slidevUnknownKey } from './rules/slidev-unknown-key.ts'
import { slidevOptionType } from './rules/slidev-option-type.ts'
import { slidevUnknownLayout } from './rules/slidev-unknown-layout.ts'
import { syntax } from './rules/syntax.ts'

/** remark plugin: checks every YAML snippet (fences, magic-move steps, imports, Slidev frontmatter). */
export const remarkDeckcheckYaml = defineLanguage({
  language: 'yaml',
  source: 'deckcheck-yaml',
  rules: [
    syntax,
    parserWarning,
    k8sSchema,
    k8sSelectorMismatch,
    k8sDanglingService,
    k8sImageLatest,
    k8sMissingResources,
    k8sMissingProbes,
    k8sRunAsRoot,
    k8sPrivilegeEscalation,
    k8sPrivileged,
    k8sSecretInEnv,
    k8sHostAccess,
    ghaSchema,
    ghaOutdatedAction,
    ghaUnpinnedAction,
    ghaMissingPermissions,
    ghaScriptInjection,
    ghaCurlPipeShell,
    ghaEolRuntime,
    ghaDockerPushLatest,
    composeSchema,
    composeVersionKey,
    composeHardcodedSecret,
    composeImageLatest,
    composeDependsOnUnhealthy,
    slidevFrontmatterNotMapping,
    slidevUnknownKey,
    slidevOptionType,
    slidevUnknownLayout,
  ],
  parse: parseYaml,
})

export { parseYaml, type ParsedYaml, type YamlDocument } from './parse.ts'
