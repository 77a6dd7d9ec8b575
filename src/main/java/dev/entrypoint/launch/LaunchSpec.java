package dev.entrypoint.launch;

import dev.entrypoint.ConfigurationException;
import java.util.List;
import java.util.Objects;

/**
 * The launch a project declares in its pom: the contract, and an ENTRYPOINT and CMD in exec or
 * shell form. {@link #applyTo} gives the ENTRYPOINT and CMD the built image stores, following
 * Docker's builder: a value not declared is inherited from the base image, and declaring an
 * ENTRYPOINT drops the base image's CMD.
 */
public final class LaunchSpec {

  private final LaunchContract contract;
  private final List<String> entrypoint;
  private final List<String> cmd;

  private LaunchSpec(LaunchContract contract, List<String> entrypoint, List<String> cmd) {
    this.contract = contract;
    this.entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    this.cmd = cmd == null ? null : List.copyOf(cmd);
  }

  /**
   * Reads the {@code <container>} launch settings. At most one of {@code entrypoint} and {@code
   * entrypointShell} may be set, and of {@code cmd} and {@code cmdShell}; an unset value is {@code
   * null}. {@code javaCommand} is the project's {@code java ... MainClass} command, or {@code null}
   * when it has none; it becomes the ENTRYPOINT (contract {@code arguments}) or the CMD (contract
   * {@code command}) when neither is declared.
   */
  public static LaunchSpec declared(
      LaunchContract contract,
      List<String> entrypoint,
      String entrypointShell,
      List<String> cmd,
      String cmdShell,
      List<String> javaCommand) {
    Objects.requireNonNull(contract, "contract");
    List<String> effectiveEntrypoint = oneForm("entrypoint", entrypoint, entrypointShell);
    List<String> effectiveCmd = oneForm("cmd", cmd, cmdShell);
    if (effectiveEntrypoint != null
        && effectiveCmd != null
        && !ImageLaunch.isEffective(effectiveEntrypoint)
        && effectiveCmd.isEmpty()) {
      throw new ConfigurationException(
          "<container><entrypoint> and <container><cmd> are both empty, so the image has nothing to"
              + " run and every 'docker run' of it fails with 'No command specified'. Remove both to"
              + " get the Java command, or give one of them the program to start, for example"
              + " <entrypoint><arg>/app/run</arg></entrypoint>.");
    }
    if (effectiveEntrypoint == null && effectiveCmd == null && javaCommand != null) {
      return contract == LaunchContract.ARGUMENTS
          ? new LaunchSpec(contract, javaCommand, null)
          : new LaunchSpec(contract, null, javaCommand);
    }
    return new LaunchSpec(contract, effectiveEntrypoint, effectiveCmd);
  }

  private static List<String> oneForm(String element, List<String> exec, String shell) {
    if (exec != null && shell != null) {
      throw new ConfigurationException(
          "<container><"
              + element
              + "> and <container><"
              + element
              + "Shell> are both set; keep one."
              + " <"
              + element
              + "> is exec form (a list of <arg>, run as is); <"
              + element
              + "Shell> is one line that /bin/sh -c runs, which swallows 'docker run' arguments and"
              + " signals, so prefer <"
              + element
              + ">.");
    }
    if (shell != null) {
      if (shell.isBlank()) {
        throw new ConfigurationException(
            "<container><"
                + element
                + "Shell> is empty: give the shell line to run, or remove"
                + " the element.");
      }
      return CommandForm.shellWrapped(shell);
    }
    return exec;
  }

  /** The declared contract. */
  public LaunchContract contract() {
    return contract;
  }

  /** The ENTRYPOINT to store, or {@code null} to inherit the base image's. */
  public List<String> entrypoint() {
    return entrypoint;
  }

  /** The CMD to store, or {@code null} to inherit the base image's (when no ENTRYPOINT is set). */
  public List<String> cmd() {
    return cmd;
  }

  /** The ENTRYPOINT and CMD an image built on {@code base} stores. */
  public ImageLaunch applyTo(ImageLaunch base) {
    ImageLaunch launch = entrypoint == null ? base : base.withEntrypoint(entrypoint);
    return cmd == null ? launch : launch.withCmd(cmd);
  }

  /**
   * Whether building on {@code base} silently drops its CMD, as Docker does when ENTRYPOINT is set.
   */
  public boolean dropsBaseCmd(ImageLaunch base) {
    return entrypoint != null && cmd == null && base.cmd() != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LaunchSpec that
        && contract == that.contract
        && Objects.equals(entrypoint, that.entrypoint)
        && Objects.equals(cmd, that.cmd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contract, entrypoint, cmd);
  }

  @Override
  public String toString() {
    return "launch "
        + contract.pomValue()
        + ": ENTRYPOINT "
        + Argv.json(entrypoint)
        + " CMD "
        + Argv.json(cmd);
  }
}
