package dev.entrypoint.launch;

import dev.entrypoint.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The launch settings of {@code <container>} as the pom writes them: the contract, ENTRYPOINT and
 * CMD in exec form ({@code <entrypoint>}, {@code <cmd>}, either may be {@code INHERIT} as in Jib)
 * or shell form ({@code <entrypointShell>}, {@code <cmdShell>}), and Jib's {@code <args>}, the
 * default arguments. An unset value is {@code null}.
 *
 * <p>What they mean:
 *
 * <ul>
 *   <li>Launch {@code arguments}: the ENTRYPOINT is {@code <entrypoint>}, else the Java command;
 *       the CMD holds its default arguments, {@code <cmd>} or {@code <args>} (Jib's name).
 *   <li>Launch {@code command}: the CMD is {@code <cmd>}, else the Java command followed by {@code
 *       <args>}; an {@code <entrypoint>} runs in front of it.
 *   <li>{@code INHERIT} takes the base image's value; an ENTRYPOINT the image sets drops the base's
 *       CMD, as Docker does, unless {@code <cmd>} is {@code INHERIT} too.
 * </ul>
 *
 * The Java command, and so the main class, is needed only when {@link #usesJavaCommand()}.
 */
public record LaunchDeclaration(
    LaunchContract contract,
    List<String> entrypoint,
    String entrypointShell,
    List<String> cmd,
    String cmdShell,
    List<String> args) {

  /** The value of {@code <entrypoint>} or {@code <cmd>} that takes the base image's. */
  public static final String INHERIT = "INHERIT";

  /** Copies the lists; {@code contract} is required. */
  public LaunchDeclaration {
    Objects.requireNonNull(contract, "contract");
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    cmd = cmd == null ? null : List.copyOf(cmd);
    args = args == null ? null : List.copyOf(args);
  }

  /**
   * What is wrong with these settings, one sentence each naming the elements and the fix; empty
   * when they are consistent. Nothing here needs the project's classes or the base image.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    bothForms("entrypoint", entrypoint, entrypointShell).ifPresent(problems::add);
    bothForms("cmd", cmd, cmdShell).ifPresent(problems::add);
    blankShell("entrypoint", entrypointShell).ifPresent(problems::add);
    blankShell("cmd", cmdShell).ifPresent(problems::add);
    if (args != null && (cmd != null || cmdShell != null)) {
      problems.add(
          "<container><args> and <container><"
              + (cmd != null ? "cmd" : "cmdShell")
              + "> are both set; keep one. <args> (Jib's name) are default arguments: the CMD after"
              + " the Java ENTRYPOINT under launch 'arguments', appended to the Java command under"
              + " launch 'command'.");
    }
    if (args != null && isInherit(args)) {
      problems.add(
          "<container><args> is INHERIT, which only <entrypoint> and <cmd> accept: write"
              + " <cmd><arg>INHERIT</arg></cmd> to keep the base image's CMD.");
    }
    if (problems.isEmpty() && entrypoint != null && cmd != null) {
      if (!isInherit(entrypoint)
          && !isInherit(cmd)
          && !ImageLaunch.isEffective(entrypoint)
          && cmd.isEmpty()) {
        problems.add(
            "<container><entrypoint> and <container><cmd> are both empty, so the image has nothing"
                + " to run and every 'docker run' of it fails with 'No command specified'. Remove"
                + " both to get the Java command, or give one of them the program to start, for"
                + " example <entrypoint><arg>/app/run</arg></entrypoint>.");
      }
    }
    return problems;
  }

  /**
   * Whether the image's program is the project's Java command: under launch {@code arguments} when
   * no ENTRYPOINT is declared or inherited; under {@code command} when neither ENTRYPOINT nor CMD
   * is.
   */
  public boolean usesJavaCommand() {
    boolean noEntrypoint = entrypoint == null && entrypointShell == null;
    boolean noCmd = cmd == null && cmdShell == null;
    return contract == LaunchContract.ARGUMENTS ? noEntrypoint : noEntrypoint && noCmd;
  }

  /**
   * The launch to build; {@code javaCommand} is the project's {@code java ... MainClass} command,
   * or {@code null} when it has none (it is read only when {@link #usesJavaCommand()}).
   *
   * @throws ConfigurationException naming every problem, when there are any
   */
  public LaunchSpec spec(List<String> javaCommand) {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("\n", problems));
    }
    List<String> java = usesJavaCommand() ? javaCommand : null;
    List<String> declaredEntrypoint = form(entrypoint, entrypointShell);
    List<String> declaredCmd = form(cmd, cmdShell);
    boolean inheritCmd = cmd != null && isInherit(cmd);
    List<String> effectiveEntrypoint = declaredEntrypoint;
    List<String> effectiveCmd = inheritCmd ? null : declaredCmd;
    if (java != null && contract == LaunchContract.ARGUMENTS) {
      effectiveEntrypoint = java;
      if (effectiveCmd == null && !inheritCmd) {
        effectiveCmd = args;
      }
    } else if (java != null) {
      effectiveCmd = concat(java, args);
    } else if (effectiveCmd == null && !inheritCmd) {
      effectiveCmd = args;
    }
    return new LaunchSpec(contract, effectiveEntrypoint, effectiveCmd, inheritCmd);
  }

  /**
   * What the pom's settings made of the launch where that is not obvious, for the build's log:
   * {@code <cmd>} alone under launch {@code arguments} gives the Java command its default
   * arguments.
   */
  public List<String> notes() {
    if (contract == LaunchContract.ARGUMENTS
        && usesJavaCommand()
        && (cmd != null || cmdShell != null)
        && !(cmd != null && isInherit(cmd))) {
      return List.of(
          "Launch 'arguments': the ENTRYPOINT is the Java command and <container><"
              + (cmd != null ? "cmd" : "cmdShell")
              + "> its default arguments (the CMD), which 'docker run IMAGE ARGS' replaces. Set"
              + " <container><launch>command</launch> to make <cmd> the whole command instead.");
    }
    return List.of();
  }

  /** Whether a declared list is Jib's {@code INHERIT}. */
  static boolean isInherit(List<String> value) {
    return value.size() == 1 && INHERIT.equals(value.get(0));
  }

  /** The declared value in exec form: the list, the shell line wrapped, or null for INHERIT. */
  private static List<String> form(List<String> exec, String shell) {
    if (shell != null) {
      return CommandForm.shellWrapped(shell);
    }
    return exec == null || isInherit(exec) ? null : exec;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    if (second == null) {
      return first;
    }
    List<String> joined = new ArrayList<>(first);
    joined.addAll(second);
    return joined;
  }

  private static Optional<String> bothForms(String element, List<String> exec, String shell) {
    if (exec == null || shell == null) {
      return Optional.empty();
    }
    return Optional.of(
        "<container><"
            + element
            + "> and <container><"
            + element
            + "Shell> are both set; keep one. <"
            + element
            + "> is exec form (a list of <arg>, run as is); <"
            + element
            + "Shell> is one line that /bin/sh -c runs, which swallows 'docker run' arguments and"
            + " signals, so prefer <"
            + element
            + ">.");
  }

  private static Optional<String> blankShell(String element, String shell) {
    if (shell == null || !shell.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        "<container><"
            + element
            + "Shell> is empty: give the shell line to run, or remove the element.");
  }
}
