package dev.entrypoint.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code run} of an image, reduced to what decides its argv: an optional {@code --entrypoint}
 * value, exactly as typed, and the arguments after the image name.
 */
public final class Invocation {

  private final String entrypointFlag;
  private final List<String> args;

  private Invocation(String entrypointFlag, List<String> args) {
    this.entrypointFlag = entrypointFlag;
    this.args = List.copyOf(args);
  }

  /** {@code run IMAGE ARGS...}. */
  public static Invocation run(List<String> args) {
    return new Invocation(null, args);
  }

  /** {@code run IMAGE ARGS...}. */
  public static Invocation run(String... args) {
    return run(List.of(args));
  }

  /**
   * {@code run --entrypoint VALUE IMAGE ARGS...}; VALUE may be empty, as in {@code --entrypoint
   * ""}.
   */
  public static Invocation runWithEntrypoint(String value, List<String> args) {
    return new Invocation(Objects.requireNonNull(value, "value"), args);
  }

  /** {@code run --entrypoint VALUE IMAGE ARGS...}. */
  public static Invocation runWithEntrypoint(String value, String... args) {
    return runWithEntrypoint(value, List.of(args));
  }

  /** The {@code --entrypoint} value as typed, or {@code null} when the flag is absent. */
  public String entrypointFlag() {
    return entrypointFlag;
  }

  /** Whether {@code --entrypoint} was given. */
  public boolean overridesEntrypoint() {
    return entrypointFlag != null;
  }

  /** The arguments after the image name. */
  public List<String> args() {
    return args;
  }

  /**
   * The invocation as a line to paste into a shell, for example {@code docker run --rm IMAGE a b}.
   */
  public String commandLine(EngineKind engine, String image) {
    List<String> words = new ArrayList<>(List.of(engine.command(), "run", "--rm"));
    if (entrypointFlag != null) {
      words.add("--entrypoint");
      words.add(entrypointFlag);
    }
    words.add(image);
    words.addAll(args);
    return Argv.shellQuoted(words);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invocation that
        && Objects.equals(entrypointFlag, that.entrypointFlag)
        && args.equals(that.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entrypointFlag, args);
  }

  @Override
  public String toString() {
    return commandLine(EngineKind.DOCKER, "IMAGE");
  }
}
