package dev.entrypoint.launch;

import java.util.List;
import java.util.Objects;

/**
 * The launch a build writes, worked out from a {@link LaunchDeclaration}: the contract, and the
 * ENTRYPOINT and CMD to set ({@code null} to inherit the base image's). {@link #applyTo} gives the
 * ENTRYPOINT and CMD the built image stores, following Docker's builder: a value not declared is
 * inherited from the base image, and declaring an ENTRYPOINT drops the base image's CMD.
 */
public final class LaunchSpec {

  private final LaunchContract contract;
  private final List<String> entrypoint;
  private final List<String> cmd;
  private final boolean inheritsCmd;

  LaunchSpec(
      LaunchContract contract, List<String> entrypoint, List<String> cmd, boolean inheritsCmd) {
    this.contract = contract;
    this.entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    this.cmd = cmd == null ? null : List.copyOf(cmd);
    this.inheritsCmd = inheritsCmd;
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

  /**
   * Whether the CMD is the base image's even under a new ENTRYPOINT ({@code <cmd>INHERIT</cmd>}),
   * which only a build that knows the base's CMD can write.
   */
  public boolean inheritsCmd() {
    return inheritsCmd;
  }

  /** The ENTRYPOINT and CMD an image built on {@code base} stores. */
  public ImageLaunch applyTo(ImageLaunch base) {
    ImageLaunch launch = entrypoint == null ? base : base.withEntrypoint(entrypoint);
    if (inheritsCmd) {
      return launch.withCmd(base.cmd());
    }
    return cmd == null ? launch : launch.withCmd(cmd);
  }

  /**
   * Whether building on {@code base} silently drops its CMD, as Docker does when ENTRYPOINT is set.
   */
  public boolean dropsBaseCmd(ImageLaunch base) {
    return entrypoint != null && cmd == null && !inheritsCmd && base.cmd() != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LaunchSpec that
        && contract == that.contract
        && Objects.equals(entrypoint, that.entrypoint)
        && Objects.equals(cmd, that.cmd)
        && inheritsCmd == that.inheritsCmd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(contract, entrypoint, cmd, inheritsCmd);
  }

  @Override
  public String toString() {
    return "launch "
        + contract.pomValue()
        + ": ENTRYPOINT "
        + Argv.json(entrypoint)
        + " CMD "
        + (inheritsCmd ? "INHERIT" : Argv.json(cmd));
  }
}
