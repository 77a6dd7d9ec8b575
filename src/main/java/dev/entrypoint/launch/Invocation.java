package dev.entrypoint.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code run} of an image, reduced to what decides its argv: an optional {@code --entrypoint}
 * value, exactly as typed, and the arguments after the image name. Compose and Kubernetes give the
 * engine an entrypoint that is already a list: {@link #withEntrypoint} holds that.
 */
public final class Invocation {

  private final String entrypointFlag;
  private final List<String> entrypointList;
  private final List<String> args;

  private Invocation(String entrypointFlag, List<String> entrypointList, List<String> args) {
    this.entrypointFlag = entrypointFlag;
    this.entrypointList = entrypointList == null ? null : List.copyOf(entrypointList);
    this.args = List.copyOf(args);
  }

  /** {@code run IMAGE ARGS...}. */
  public static Invocation run(List<String> args) {
    return new Invocation(null, null, args);
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
    return new Invocation(Objects.requireNonNull(value, "value"), null, args);
  }

  /**
   * A container created with the entrypoint {@code entrypoint}, a list as the engines' APIs take it
   * (as Compose and the kubelet give it), and the command {@code args}: {@code []} clears the
   * image's ENTRYPOINT and keeps its CMD when {@code args} is empty; {@code [""]} counts as no
   * entrypoint and drops the CMD; anything else replaces the ENTRYPOINT and drops the CMD.
   */
  public static Invocation withEntrypoint(List<String> entrypoint, List<String> args) {
    return new Invocation(null, Objects.requireNonNull(entrypoint, "entrypoint"), args);
  }

  /** {@code run --entrypoint VALUE IMAGE ARGS...}. */
  public static Invocation runWithEntrypoint(String value, String... args) {
    return runWithEntrypoint(value, List.of(args));
  }

  /** The {@code --entrypoint} value as typed, or {@code null} when the flag is absent. */
  public String entrypointFlag() {
    return entrypointFlag;
  }

  /** The entrypoint given as a list ({@link #withEntrypoint}), or {@code null}. */
  public List<String> entrypointList() {
    return entrypointList;
  }

  /** Whether {@code --entrypoint} (or an entrypoint list) was given. */
  public boolean overridesEntrypoint() {
    return entrypointFlag != null || entrypointList != null;
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
    String line = Argv.shellQuoted(words);
    return entrypointList == null ? line : line + " (entrypoint " + Argv.json(entrypointList) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invocation that
        && Objects.equals(entrypointFlag, that.entrypointFlag)
        && Objects.equals(entrypointList, that.entrypointList)
        && args.equals(that.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entrypointFlag, entrypointList, args);
  }

  @Override
  public String toString() {
    return commandLine(EngineKind.DOCKER, "IMAGE");
  }
}
