package dev.entrypoint.dockerfile;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Splits instructions into stages and works out the config each stage ends with, following
 * BuildKit's {@code dockerfile2llb}: global ARGs expand FROM lines, a stage built on an earlier
 * stage starts from that stage's config (and runs its ONBUILD triggers),
 * ENV/ARG/USER/WORKDIR/EXPOSE are expanded, shell-form commands are wrapped in the stage's SHELL,
 * and ENTRYPOINT drops a CMD that the stage did not set itself.
 */
final class BuildEvaluator {

  /** The stages, and the problems found while evaluating them. */
  record Result(List<Stage> stages, List<ParseProblem> problems) {}

  /**
   * BuildKit's automatic platform ARGs, as when building for linux/amd64 on linux/amd64: the parser
   * has no build platform, and these only feed FROM lines such as {@code FROM
   * --platform=$BUILDPLATFORM}.
   */
  private static final Map<String, String> PLATFORM_ARGS =
      Map.of(
          "BUILDPLATFORM",
          "linux/amd64",
          "BUILDOS",
          "linux",
          "BUILDARCH",
          "amd64",
          "BUILDVARIANT",
          "",
          "TARGETPLATFORM",
          "linux/amd64",
          "TARGETOS",
          "linux",
          "TARGETARCH",
          "amd64",
          "TARGETVARIANT",
          "");

  private static final Pattern ONBUILD_PREFIX =
      Pattern.compile("(?i)^[\\t\\n\\f\\r ]*ONBUILD[\\t\\n\\f\\r ]*");

  private final char escape;
  private final BaseImageLookup baseImages;
  private final Map<String, String> globalArgs = new HashMap<>(PLATFORM_ARGS);
  private final List<Stage> stages = new ArrayList<>();
  private final List<Map<String, String>> stageVariables = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();

  private BuildEvaluator(char escape, BaseImageLookup baseImages) {
    this.escape = escape;
    this.baseImages = baseImages;
  }

  /** Evaluates {@code instructions}, read with escape character {@code escape}. */
  static Result evaluate(List<Instruction> instructions, char escape, BaseImageLookup baseImages) {
    BuildEvaluator evaluator = new BuildEvaluator(escape, baseImages);
    Instruction from = null;
    List<Instruction> body = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.is(Keyword.FROM)) {
        if (from != null) {
          evaluator.stage(from, body);
        }
        from = instruction;
        body = new ArrayList<>();
      } else if (from != null) {
        body.add(instruction);
      } else if (instruction.is(Keyword.ARG)) {
        evaluator.globalArg(instruction);
      } else {
        evaluator.problem(
            instruction,
            "no build stage in current context: "
                + instruction.keyword()
                + " comes before the first FROM; only ARG may");
      }
    }
    if (from != null) {
      evaluator.stage(from, body);
    } else if (!instructions.isEmpty()) {
      evaluator.problems.add(
          new ParseProblem(
              instructions.get(instructions.size() - 1).startLine(),
              "dockerfile contains no stages to build: add a FROM line"));
    }
    return new Result(evaluator.stages, evaluator.problems);
  }

  /**
   * A global ARG: each default is expanded with the global ARGs before it; names are not expanded.
   */
  private void globalArg(Instruction arg) {
    for (String word : arg.words()) {
      int equals = word.indexOf('=');
      if (equals >= 0) {
        String value = expand(word.substring(equals + 1), globalArgs::get, arg);
        if (value != null) {
          globalArgs.put(word.substring(0, equals), value);
        }
      }
    }
  }

  private void stage(Instruction from, List<Instruction> body) {
    int index = stages.size();
    String name = null;
    try {
      name = InstructionReader.stageName(from.words());
    } catch (InstructionReader.Invalid invalid) {
      problem(from, invalid.getMessage());
    }
    String written = from.words().isEmpty() ? "" : from.words().get(0);
    String platform = platform(from);
    String baseName = expand(written, globalArgs::get, from);
    if (baseName != null && baseName.isEmpty() && !from.words().isEmpty()) {
      problem(from, "base name (" + written + ") should not be blank: give the FROM line an image");
    }
    StageState state = start(from, baseName == null ? "" : baseName);
    for (Instruction instruction : body) {
      state.apply(instruction);
    }
    stages.add(new Stage(index, name, from, state.base, platform, body, state.config.build()));
    stageVariables.add(state.variables);
  }

  private String platform(Instruction from) {
    String written = BuilderFlags.value(from.flags(), "platform");
    if (written == null) {
      return null;
    }
    String platform = expand(written, globalArgs::get, from);
    if (platform != null && platform.isEmpty()) {
      problem(from, "empty platform value from expression " + written);
    }
    return platform;
  }

  private StageState start(Instruction from, String baseName) {
    for (int i = stages.size() - 1; i >= 0; i--) {
      Stage base = stages.get(i);
      if (baseName.equals(base.name())) {
        StageState state =
            new StageState(
                StageBase.stage(i, baseName), base.config().toBuilder(), stageVariables.get(i));
        state.config.onBuild.clear();
        for (Instruction onbuild : base.instructions(Keyword.ONBUILD)) {
          state.apply(onbuild.trigger());
        }
        return state;
      }
    }
    StageConfig.Builder config = new StageConfig.Builder();
    StageBase base;
    if (baseName.equals("scratch")) {
      base = StageBase.scratch();
      config.workdir = "/";
    } else {
      base = StageBase.image(baseName);
      checkReference(from, baseName);
      Optional<ImageLaunch> launch = baseImages.launchOf(baseName);
      config.entrypoint = launch.map(ImageLaunch::entrypoint).orElse(null);
      config.cmd = launch.map(ImageLaunch::cmd).orElse(null);
      config.entrypointKnown = launch.isPresent();
      config.cmdKnown = launch.isPresent();
    }
    if (!config.hasEnv("PATH")) {
      config.env.add("PATH=" + LaunchResolver.DEFAULT_PATH);
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (String entry : config.env) {
      int equals = entry.indexOf('=');
      variables.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return new StageState(base, config, variables);
  }

  private void checkReference(Instruction from, String reference) {
    if (reference.isEmpty() || reference.startsWith("[")) {
      return; // blank is reported already; jib does not read IPv6 registry hosts, Docker does
    }
    try {
      ImageReference.parse(reference);
    } catch (InvalidImageReferenceException invalid) {
      String hint =
          stages.stream()
              .filter(stage -> reference.equalsIgnoreCase(stage.name()))
              .findFirst()
              .map(
                  stage ->
                      ": it names no earlier stage, since stage names are matched exactly and"
                          + " Docker lower-cases them; write FROM "
                          + stage.name())
              .orElse(
                  reference.equals(reference.toLowerCase(Locale.ROOT))
                      ? ": it is neither an image reference nor the name of an earlier stage"
                      : ": repository name must be lowercase");
      problem(
          from,
          "failed to parse stage name \"" + reference + "\": invalid reference format" + hint);
    }
  }

  private String expand(String word, Function<String, String> variables, Instruction at) {
    try {
      return ShellLexer.expand(word, escape, variables);
    } catch (ShellLexer.SyntaxError error) {
      problem(at, "failed to process \"" + word + "\": " + error.getMessage());
      return null;
    }
  }

  private void problem(Instruction at, String message) {
    problems.add(new ParseProblem(at.startLine(), message));
  }

  /** A stage while its instructions are applied. */
  private final class StageState {
    final StageBase base;
    final StageConfig.Builder config;
    final Map<String, String> variables;
    boolean cmdSet;

    StageState(StageBase base, StageConfig.Builder config, Map<String, String> variables) {
      this.base = base;
      this.config = config;
      this.variables = new LinkedHashMap<>(variables);
    }

    void apply(Instruction instruction) {
      List<String> words = instruction.words();
      switch (instruction.kind()) {
        case ENV -> env(instruction);
        case ARG -> arg(instruction);
        case USER -> {
          String user = expand(words.get(0), variables::get, instruction);
          config.user = user == null ? config.user : user;
        }
        case WORKDIR -> workdir(instruction);
        case EXPOSE -> expose(instruction);
        case STOPSIGNAL -> {
          String signal = expand(words.get(0), variables::get, instruction);
          if (signal != null && !StopSignals.isValid(signal)) {
            problem(
                instruction,
                "invalid signal: " + signal + " (use a name such as SIGTERM, or a number)");
          }
        }
        case HEALTHCHECK -> config.healthcheck = healthcheck(instruction);
        case SHELL -> config.shell = instruction.command().exec();
        case CMD -> {
          config.cmd = stored(instruction.command());
          cmdSet = true;
          config.cmdKnown = true;
        }
        case ENTRYPOINT -> {
          config.entrypoint = stored(instruction.command());
          config.entrypointKnown = true;
          if (!cmdSet) {
            config.cmd = null;
            config.cmdKnown = true;
          }
        }
        case ONBUILD ->
            config.onBuild.add(ONBUILD_PREFIX.matcher(instruction.text()).replaceFirst(""));
        case LABEL, VOLUME, ADD, COPY ->
            words.forEach(word -> expand(word, variables::get, instruction));
        default -> {
          // FROM, RUN and MAINTAINER change nothing this model tracks.
        }
      }
    }

    /** ENV expands all its names and values with the variables set before it, then sets them. */
    private void env(Instruction instruction) {
      List<String> words = instruction.words();
      List<String> expanded = new ArrayList<>();
      for (String word : words) {
        expanded.add(expand(word, variables::get, instruction));
      }
      for (int i = 0; i + 1 < expanded.size(); i += 2) {
        if (expanded.get(i) != null && expanded.get(i + 1) != null) {
          variables.put(expanded.get(i), expanded.get(i + 1));
          config.setEnv(expanded.get(i), expanded.get(i + 1));
        }
      }
    }

    /**
     * ARG sets each name in turn: to its default expanded with the variables so far (earlier names
     * of the same ARG included), or else to the global ARG of that name. Names are not expanded.
     */
    private void arg(Instruction instruction) {
      for (String word : instruction.words()) {
        int equals = word.indexOf('=');
        String key = equals < 0 ? word : word.substring(0, equals);
        String value =
            equals < 0
                ? globalArgs.get(key)
                : expand(word.substring(equals + 1), variables::get, instruction);
        if (value != null) {
          variables.put(key, value);
        }
      }
    }

    private void workdir(Instruction instruction) {
      String path = expand(instruction.words().get(0), variables::get, instruction);
      if (path != null && path.isEmpty()) {
        problem(
            instruction,
            "WORKDIR " + instruction.arguments() + " expands to nothing: cannot normalize nothing");
      } else if (path != null) {
        config.workdir = WorkingDirectory.resolve(config.workdir, path);
      }
    }

    private void expose(Instruction instruction) {
      for (String word : instruction.words()) {
        try {
          for (String spec : ShellLexer.expandWords(word, escape, variables::get)) {
            config.exposedPorts.addAll(ExposedPorts.parse(spec));
          }
        } catch (ShellLexer.SyntaxError | InstructionReader.Invalid invalid) {
          problem(instruction, invalid.getMessage());
        }
      }
    }

    private List<String> healthcheck(Instruction instruction) {
      CommandLine command = instruction.command();
      if (command == null) {
        return List.of("NONE");
      }
      List<String> test = new ArrayList<>();
      test.add(command.exec() != null ? "CMD" : "CMD-SHELL");
      test.addAll(command.storedWith(List.of()));
      return test;
    }

    /** The array the builder stores; BuildKit writes an empty one as absent. */
    private List<String> stored(CommandLine command) {
      List<String> stored = command.storedWith(StageConfig.shellOrDefault(config.shell));
      return stored.isEmpty() ? null : stored;
    }
  }
}
