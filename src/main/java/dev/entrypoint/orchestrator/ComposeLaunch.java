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
 * What a Compose service executes. Compose creates the container through Docker's API with the
 * service's {@code entrypoint} as the container's Entrypoint and its {@code command} as Cmd, both
 * lists (a string is split first); the daemon then merges them with the image: a non-empty {@code
 * entrypoint} replaces the image's ENTRYPOINT and drops its CMD unless {@code command} is set, an
 * empty one clears the ENTRYPOINT and keeps the CMD, an empty {@code command} counts as none. The
 * argv comes from {@link LaunchResolver}, the model the engine tests prove.
 */
public final class ComposeLaunch {

  private ComposeLaunch() {}

  /** What {@code service}, running {@code image}, executes; {@code source} names it. */
  public static OrchestratedRun resolve(String source, ComposeService service, FoundImage image) {
    List<String> notes = new ArrayList<>(service.notes());
    Optional<CommandSetting> entrypoint = service.entrypoint();
    Optional<CommandSetting> command = service.command();
    entrypoint.ifPresent(setting -> notes.addAll(setting.notes()));
    command.ifPresent(setting -> notes.addAll(setting.notes()));
    notes.addAll(image.notes());
    Optional<String> refused =
        service
            .image()
            .map(ComposeService.Image::error)
            .or(() -> entrypoint.map(CommandSetting::error))
            .or(() -> command.map(CommandSetting::error));
    if (refused.isPresent()) {
      return new OrchestratedRun(
          source,
          image,
          null,
          refused.get(),
          "Compose refuses the file before it creates any container",
          notes);
    }
    if (!image.isFound()) {
      return new OrchestratedRun(
          source,
          image,
          null,
          image.error(),
          "Compose cannot create a container without its image",
          notes);
    }
    List<String> entrypointWords = entrypoint.map(CommandSetting::words).orElse(null);
    List<String> commandWords = command.map(CommandSetting::words).orElse(List.of());
    Invocation invocation =
        entrypointWords == null
            ? Invocation.run(commandWords)
            : Invocation.withEntrypoint(entrypointWords, commandWords);
    Resolution resolution = LaunchResolver.resolve(image.launch(), invocation, EngineKind.DOCKER);
    String rule = rule(entrypoint, command, image.launch()) + forms(entrypoint, command);
    PositionalParameters.ignoredIn(resolution.argv()).ifPresent(notes::add);
    return resolution.runs()
        ? new OrchestratedRun(source, image, resolution.argv(), null, rule, notes)
        : new OrchestratedRun(
            source,
            image,
            null,
            resolution.error(),
            rule + ", and that leaves nothing to run",
            notes);
  }

  private static String rule(
      Optional<CommandSetting> entrypoint, Optional<CommandSetting> command, ImageLaunch image) {
    boolean commandGiven = command.isPresent() && !command.get().isEmpty();
    String commandPart =
        command.isPresent() && command.get().isEmpty() ? " (an empty command is no command)" : "";
    if (entrypoint.isEmpty()) {
      String imageEntrypoint =
          image.entrypoint() != null && !image.hasEntrypoint()
              ? " (the image's ENTRYPOINT " + Argv.json(image.entrypoint()) + " counts as none)"
              : "";
      return (commandGiven
              ? "command replaces the image's CMD; the image's ENTRYPOINT stays"
              : "neither entrypoint nor command is set, so the image's ENTRYPOINT runs followed"
                  + " by its CMD"
                  + commandPart)
          + imageEntrypoint;
    }
    List<String> words = entrypoint.get().words();
    if (words.isEmpty()) {
      return "an empty entrypoint clears the image's ENTRYPOINT; "
          + (commandGiven ? "command runs" : "the image's CMD runs" + commandPart);
    }
    if (words.size() == 1 && words.get(0).isEmpty()) {
      return "entrypoint [\"\"] counts as no entrypoint and drops the image's CMD, as docker run"
          + " --entrypoint \"\" does; "
          + (commandGiven ? "command runs alone" : "only command could run" + commandPart);
    }
    return commandGiven
        ? "entrypoint replaces the image's ENTRYPOINT and command its CMD"
        : "entrypoint replaces the image's ENTRYPOINT, and the image's CMD is dropped because"
            + " command is not set"
            + commandPart;
  }

  private static String forms(
      Optional<CommandSetting> entrypoint, Optional<CommandSetting> command) {
    List<String> strings = new ArrayList<>();
    entrypoint.filter(CommandSetting::isString).ifPresent(s -> strings.add("entrypoint"));
    command.filter(CommandSetting::isString).ifPresent(s -> strings.add("command"));
    return strings.isEmpty()
        ? ""
        : "; the string "
            + String.join(" and ", strings)
            + " "
            + (strings.size() == 1 ? "is" : "are")
            + " split into words, and no shell runs "
            + (strings.size() == 1 ? "it" : "them");
  }
}
