package dev.entrypoint.launch;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How users may override an image: the promise an image makes about {@code run IMAGE ARGS}.
 *
 * <ul>
 *   <li>{@link #COMMAND}: the image has a default command (CMD); {@code run IMAGE ARGS} replaces
 *       all of it.
 *   <li>{@link #ARGUMENTS}: the image is a fixed program (ENTRYPOINT); {@code run IMAGE ARGS}
 *       replaces only its default arguments.
 * </ul>
 */
public enum LaunchContract {
  COMMAND,
  ARGUMENTS;

  /**
   * Entrypoints that start their arguments as a child and pass signals on, so CMD stays a command.
   */
  private static final Set<String> INITS =
      Set.of("tini", "tini-static", "dumb-init", "catatonit", "docker-init", "init");

  /** The contract named in a pom, {@code command} or {@code arguments}, in any case. */
  public static LaunchContract parse(String value, String pomElement) {
    for (LaunchContract contract : values()) {
      if (contract.name().equalsIgnoreCase(value.trim())) {
        return contract;
      }
    }
    throw new ConfigurationException(
        pomElement
            + " is '"
            + value
            + "', which is not a launch contract: use 'arguments' (the image is a fixed program"
            + " and 'docker run IMAGE ARGS' passes ARGS to it) or 'command' (the image has a default"
            + " command and 'docker run IMAGE CMD' replaces it).");
  }

  /** The name a pom uses for this contract. */
  public String pomValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Why {@code launch} breaks this contract, or empty when it keeps it. {@link #ARGUMENTS} needs a
   * non-empty exec-form ENTRYPOINT; {@link #COMMAND} needs a non-empty exec-form CMD and either no
   * ENTRYPOINT or an init (such as tini) that runs its arguments.
   */
  public Optional<String> violation(ImageLaunch launch) {
    if (this == ARGUMENTS) {
      if (!launch.hasEntrypoint()) {
        return Optional.of(
            "the launch contract 'arguments' needs an ENTRYPOINT for 'docker run IMAGE ARGS' to pass"
                + " ARGS to, but the image has ENTRYPOINT "
                + Argv.json(launch.entrypoint()));
      }
      if (launch.entrypointForm() == CommandForm.SHELL) {
        return Optional.of(
            "the launch contract 'arguments' needs an exec-form ENTRYPOINT, but "
                + Argv.json(launch.entrypoint())
                + " is shell form: /bin/sh -c ignores every argument 'docker run IMAGE ARGS' passes");
      }
      return Optional.empty();
    }
    if (!launch.hasCmd()) {
      return Optional.of(
          "the launch contract 'command' needs a CMD for 'docker run IMAGE OTHER-COMMAND' to"
              + " replace, but the image has CMD "
              + Argv.json(launch.cmd()));
    }
    if (launch.hasEntrypoint() && !isInit(launch.entrypoint())) {
      return Optional.of(
          "the launch contract 'command' needs no ENTRYPOINT (or an init such as tini), but the"
              + " image has ENTRYPOINT "
              + Argv.json(launch.entrypoint())
              + ": 'docker run IMAGE OTHER-COMMAND' would pass OTHER-COMMAND to it as arguments");
    }
    if (launch.cmdForm() == CommandForm.SHELL) {
      return Optional.of(
          "the launch contract 'command' needs an exec-form CMD, but "
              + Argv.json(launch.cmd())
              + " is shell form: /bin/sh -c becomes PID 1 and SIGTERM never reaches the program");
    }
    return Optional.empty();
  }

  /** Whether an entrypoint is a known init that execs the command it is given. */
  public static boolean isInit(List<String> entrypoint) {
    String program = entrypoint.get(0);
    return INITS.contains(program.substring(program.lastIndexOf('/') + 1));
  }
}
