package dev.entrypoint.policy.rules;

import dev.entrypoint.UnixPath;
import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.ShellWrapper;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Notation;
import java.util.ArrayList;
import java.util.List;

/**
 * An exec-form ENTRYPOINT or CMD array as written, with the part it plays when the image runs: the
 * program, the arguments of an ENTRYPOINT, or the script of an {@code ["sh", "-c"]} ENTRYPOINT.
 * Rules about exec arrays read Dockerfiles, pom settings and built images through this one view.
 *
 * @param kind {@link Keyword#ENTRYPOINT} or {@link Keyword#CMD}
 * @param source how messages name where it is set: {@code ENTRYPOINT}, {@code <container><cmd>}
 * @param workingDir the directory the container starts in, {@code ""} when not set
 */
record ExecArray(
    Keyword kind,
    List<String> argv,
    Role role,
    String source,
    Location location,
    Notation notation,
    String workingDir) {

  /** The part an array plays at run time. */
  enum Role {
    /** It names the program: an ENTRYPOINT, or a CMD with no ENTRYPOINT before it. */
    PROGRAM,
    /** It is the arguments of an ENTRYPOINT. */
    ARGUMENTS,
    /** Its first element is the script of an ENTRYPOINT such as {@code ["sh", "-c"]}. */
    SCRIPT
  }

  /**
   * The directory the container starts in: the working directory, or {@code /} when none is set.
   */
  String startDirectory() {
    return workingDir.isEmpty() ? UnixPath.ROOT : workingDir;
  }

  /** How messages show the array: {@code ENTRYPOINT ["java", "-jar", "app.jar"]}. */
  String written() {
    return source + " " + Argv.json(argv);
  }

  /** The same array rewritten as {@code newArgv}, in the input's notation. */
  String rewritten(List<String> newArgv) {
    return kind == Keyword.ENTRYPOINT ? notation.entrypoint(newArgv) : notation.cmd(newArgv);
  }

  /** Every non-empty exec-form ENTRYPOINT and CMD instruction of every stage. */
  static List<ExecArray> of(DockerfileInput input) {
    List<ExecArray> arrays = new ArrayList<>();
    for (Stage stage : input.dockerfile().stages()) {
      Role cmdRole =
          cmdRole(stage.launch(), input.entrypointForm(stage).orElse(null) == CommandForm.EXEC);
      for (Instruction instruction : stage.instructions()) {
        boolean entrypoint = instruction.is(Keyword.ENTRYPOINT);
        if ((entrypoint || instruction.is(Keyword.CMD))
            && instruction.command().form() == CommandForm.EXEC
            && !instruction.command().exec().isEmpty()) {
          List<String> argv = instruction.command().exec();
          arrays.add(
              new ExecArray(
                  instruction.kind(),
                  argv,
                  entrypoint ? Role.PROGRAM : cmdRole,
                  instruction.kind().name(),
                  input.at(instruction),
                  Notation.DOCKERFILE,
                  stage.config().workdir()));
        }
      }
    }
    return arrays;
  }

  /** The image's ENTRYPOINT and CMD, where they are set, in exec form and not empty. */
  static List<ExecArray> of(ImageInput image) {
    List<ExecArray> arrays = new ArrayList<>();
    ImageLaunch launch = image.launch();
    if (image.hasExecEntrypoint()) {
      arrays.add(
          new ExecArray(
              Keyword.ENTRYPOINT,
              launch.entrypoint(),
              Role.PROGRAM,
              Sentence.capitalized(image.entrypointSource()),
              image.location(),
              image.notation(),
              image.workingDir()));
    }
    if (launch.hasCmd() && image.cmdForm() == CommandForm.EXEC) {
      arrays.add(
          new ExecArray(
              Keyword.CMD,
              launch.cmd(),
              cmdRole(launch, image.hasExecEntrypoint()),
              Sentence.capitalized(image.cmdSource()),
              image.location(),
              image.notation(),
              image.workingDir()));
    }
    return arrays;
  }

  private static Role cmdRole(ImageLaunch launch, boolean execEntrypoint) {
    if (!launch.hasEntrypoint()) {
      return Role.PROGRAM;
    }
    boolean awaitsScript =
        execEntrypoint
            && ShellWrapper.of(afterInit(launch.entrypoint()))
                .map(ShellWrapper::awaitsScript)
                .orElse(false);
    return awaitsScript ? Role.SCRIPT : Role.ARGUMENTS;
  }

  /**
   * {@code argv} without a leading init such as {@code tini --}: the command the init starts, or
   * {@code argv} itself when it does not start with an init.
   */
  static List<String> afterInit(List<String> argv) {
    if (argv.isEmpty() || !LaunchContract.isInit(argv)) {
      return argv;
    }
    for (int i = 1; i < argv.size(); i++) {
      if (argv.get(i).equals("--")) {
        return argv.subList(i + 1, argv.size());
      }
      if (!argv.get(i).startsWith("-")) {
        return argv.subList(i, argv.size());
      }
    }
    return List.of();
  }
}
