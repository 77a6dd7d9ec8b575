package dev.entrypoint.policy.rules;

import dev.entrypoint.policy.RuleCatalog;
import java.util.List;

/** The rules of {@code entrypoint:check}, in the order its reports and documentation list them. */
public final class StandardRules {

  private StandardRules() {}

  /**
   * Every rule; {@code allowedRegistries} are the registries base images may come from (none: not
   * enforced).
   */
  public static RuleCatalog catalog(List<String> allowedRegistries) {
    return new RuleCatalog(
        List.of(
            new DockerfileDoesNotBuild(),
            new ShellFormEntrypoint(),
            new ShellFormCmd(),
            new ShellFormCmdUnderEntrypoint(),
            new JsonArrayFallback(),
            new MultipleCmd(),
            new MultipleEntrypoint(),
            new ShellWrapperWithoutExec(),
            new ShellWrapperDropsArguments(),
            new UnsplitExecArray(),
            new VariableInExecForm(),
            new RelativeEntrypointPath(),
            new EntrypointMissing(),
            new EntrypointNotOnPath(),
            new EntrypointNotExecutable(),
            new EntrypointScriptCrlf(),
            new ShebangInterpreterMissing(),
            new EntrypointScriptWithoutExec(),
            new EntrypointDropsBaseCmd(),
            new LaunchContractViolated(),
            new NothingToRun(),
            new InvalidLaunchSettings(),
            new RunsAsRoot(),
            new RelativeWorkdir(),
            new ExposePortOutOfRange(),
            new SecretInEnv(),
            new LatestBaseImage(),
            new BaseImageNotPinned(),
            new BaseRegistryNotAllowed(allowedRegistries),
            new MissingHealthcheck(),
            new MissingInit(),
            new EntrypointOverrideDropsCmd(),
            new ArgumentsToShellFormEntrypoint(),
            new ComposeShellOperators(),
            new ComposeVariableFromServiceEnvironment(),
            new KubernetesUndefinedVariable(),
            new OverrideBreaksLaunchContract(),
            new JvmMemoryNotSized()));
  }
}
