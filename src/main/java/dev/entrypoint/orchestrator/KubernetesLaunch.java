package dev.entrypoint.orchestrator;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.PositionalParameters;
import dev.entrypoint.launch.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Kubernetes container executes, as the kubelet and its container runtime (containerd,
 * CRI-O) decide it: a non-empty {@code command} replaces the image's ENTRYPOINT and drops its CMD;
 * a non-empty {@code args} replaces the CMD (or follows {@code command}); empty lists count as not
 * set; {@code $(VAR)} was expanded from the container's {@code env} when the manifest was read. An
 * image ENTRYPOINT of {@code [""]} counts as none. The argv comes from {@link LaunchResolver}.
 */
public final class KubernetesLaunch {

  /**
   * What the runtime answers when nothing is left to run; the kubelet reports CreateContainerError.
   */
  public static final String NO_COMMAND = "no command specified";

  private KubernetesLaunch() {}

  /** What {@code container}, running {@code image}, executes; {@code source} names it. */
  public static OrchestratedRun resolve(
      String source, KubernetesContainer container, FoundImage image) {
    List<String> notes = new ArrayList<>();
    Optional<CommandSetting> command = container.command();
    Optional<CommandSetting> args = container.args();
    command.ifPresent(setting -> notes.addAll(setting.notes()));
    args.ifPresent(setting -> notes.addAll(setting.notes()));
    notes.addAll(image.notes());
    String kind = container.init() ? "init container: " : "";
    Optional<String> refused =
        command.map(CommandSetting::error).or(() -> args.map(CommandSetting::error));
    if (refused.isPresent()) {
      return new OrchestratedRun(
          source, image, null, refused.get(), kind + "the API server refuses the manifest", notes);
    }
    if (container.image() == null) {
      return new OrchestratedRun(
          source,
          image,
          null,
          container.path() + " names no image, and the API server refuses the manifest",
          kind + "every container needs an image",
          notes);
    }
    if (!image.isFound()) {
      return new OrchestratedRun(
          source,
          image,
          null,
          image.error(),
          kind + "the kubelet cannot start a container without its image (ErrImagePull)",
          notes);
    }
    List<String> commandWords = command.map(CommandSetting::words).orElse(List.of());
    List<String> argsWords = args.map(CommandSetting::words).orElse(List.of());
    Invocation invocation =
        commandWords.isEmpty()
            ? Invocation.run(argsWords)
            : Invocation.withEntrypoint(commandWords, argsWords);
    Resolution resolution = LaunchResolver.resolve(image.launch(), invocation, EngineKind.DOCKER);
    String rule = kind + rule(command, args, image.launch());
    PositionalParameters.ignoredIn(resolution.argv()).ifPresent(notes::add);
    return resolution.runs()
        ? new OrchestratedRun(source, image, resolution.argv(), null, rule, notes)
        : new OrchestratedRun(
            source,
            image,
            null,
            NO_COMMAND,
            rule + ", and that leaves nothing to run: the kubelet reports CreateContainerError",
            notes);
  }

  private static String rule(
      Optional<CommandSetting> command, Optional<CommandSetting> args, ImageLaunch image) {
    boolean commandGiven = command.isPresent() && !command.get().isEmpty();
    boolean argsGiven = args.isPresent() && !args.get().isEmpty();
    List<String> empty = new ArrayList<>();
    command.filter(CommandSetting::isEmpty).ifPresent(c -> empty.add("command: []"));
    args.filter(CommandSetting::isEmpty).ifPresent(a -> empty.add("args: []"));
    String emptyPart =
        empty.isEmpty() ? "" : " (" + String.join(" and ", empty) + " count as not set)";
    String rule;
    if (commandGiven) {
      rule =
          argsGiven
              ? "command replaces the image's ENTRYPOINT and args its CMD"
              : "command replaces the image's ENTRYPOINT, and the image's CMD is dropped because"
                  + " args is not set";
    } else {
      rule =
          argsGiven
              ? "args replaces the image's CMD; the image's ENTRYPOINT stays"
              : "neither command nor args is set, so the image's ENTRYPOINT runs followed by its"
                  + " CMD";
      if (image.entrypoint() != null && !image.hasEntrypoint()) {
        rule += " (the image's ENTRYPOINT " + Argv.json(image.entrypoint()) + " counts as none)";
      }
    }
    return rule + emptyPart;
  }
}
