package dev.entrypoint.launch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers what an engine executes for {@code run [--entrypoint X] IMAGE [ARGS]}.
 *
 * <p>The rules are those of the engines' own code, checked against real Docker and Podman by the
 * engine tests: Docker's CLI turns {@code --entrypoint X} into {@code [X]} and {@code --entrypoint
 * ""} into {@code [""]}; its daemon takes the image's CMD only when no entrypoint was given and no
 * arguments were, and the image's ENTRYPOINT only when none was given; {@code [""]} then counts as
 * none. Podman reads {@code --entrypoint} as JSON the way Go decodes it (see {@link #parseFlag}),
 * and otherwise follows the same merge.
 */
public final class LaunchResolver {

  /** Docker's daemon error when neither ENTRYPOINT nor CMD leaves anything to run. */
  public static final String DOCKER_NO_COMMAND = "No command specified";

  /** Podman's error for the same case. */
  public static final String PODMAN_NO_COMMAND =
      "no command or entrypoint provided, and no CMD or ENTRYPOINT from image";

  /**
   * The PATH Docker and Podman give a container whose image sets none; the program is looked up in
   * it.
   */
  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private LaunchResolver() {}

  /**
   * What {@code engine} executes for {@code invocation} of an image with {@code image}'s launch.
   */
  public static Resolution resolve(ImageLaunch image, Invocation invocation, EngineKind engine) {
    List<String> entrypointFlag =
        invocation.entrypointList() != null
            ? invocation.entrypointList()
            : invocation.overridesEntrypoint()
                ? parseFlag(invocation.entrypointFlag(), engine)
                : null;
    List<String> args = invocation.args().isEmpty() ? null : invocation.args();

    List<String> entrypoint;
    List<String> cmd;
    String rule;
    if (entrypointFlag == null) {
      entrypoint = image.entrypoint();
      cmd = args != null ? args : image.cmd();
      rule =
          args != null
              ? "the arguments replace the image's CMD; the image's ENTRYPOINT stays"
              : "no --entrypoint and no arguments: the image's ENTRYPOINT followed by its CMD";
    } else if (entrypointFlag.isEmpty()) {
      // Podman's --entrypoint '[]', or an empty list from Compose: no entrypoint, and the CMD
      // stays.
      entrypoint = null;
      cmd = args != null ? args : image.cmd();
      rule =
          "--entrypoint '[]' clears the ENTRYPOINT; "
              + (args != null ? "the arguments run" : "the image's CMD runs");
    } else {
      entrypoint = entrypointFlag;
      cmd = args;
      rule =
          ImageLaunch.isEffective(entrypointFlag)
              ? "--entrypoint replaces the ENTRYPOINT and drops the image's CMD"
              : "--entrypoint \"\" clears the ENTRYPOINT and drops the image's CMD: only the arguments run";
    }

    List<String> argv = new ArrayList<>();
    if (ImageLaunch.isEffective(entrypoint)) {
      argv.addAll(entrypoint);
    } else if (entrypointFlag == null && entrypoint != null) {
      rule += " (the image's ENTRYPOINT " + Argv.json(entrypoint) + " counts as none)";
    }
    if (cmd != null) {
      argv.addAll(cmd);
    }
    if (argv.isEmpty()) {
      return Resolution.fails(
          engine == EngineKind.DOCKER ? DOCKER_NO_COMMAND : PODMAN_NO_COMMAND,
          rule + ", and that leaves nothing to run");
    }
    return Resolution.runs(argv, rule);
  }

  /**
   * The entrypoint list an engine's CLI makes of {@code --entrypoint VALUE}. Docker takes the value
   * as one word ({@code ""} as {@code [""]}). Podman hands it to Go's {@code json.Unmarshal} into a
   * list of strings and, when that reports an error, appends the value as one more word to whatever
   * was decoded: so {@code null} means "not given", {@code []} means "none", text that is not JSON
   * (or JSON that is not an array) is one word, and an array with non-strings keeps its strings,
   * turns each other element into {@code ""}, then adds the whole value ({@code [1]} gives {@code
   * ["", "[1]"]}).
   */
  static List<String> parseFlag(String value, EngineKind engine) {
    if (engine == EngineKind.DOCKER) {
      return List.of(value);
    }
    JsonNode node;
    try {
      node = Json.read(value);
    } catch (JsonProcessingException notJson) {
      return List.of(value);
    }
    if (node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      return List.of(value);
    }
    List<String> words = new ArrayList<>();
    boolean typeError = false;
    for (JsonNode element : node) {
      typeError |= !element.isTextual() && !element.isNull();
      words.add(element.isTextual() ? element.textValue() : "");
    }
    if (typeError) {
      words.add(value);
    }
    return words;
  }
}
