package dev.entrypoint.launch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An image's ENTRYPOINT and CMD exactly as its config stores them.
 *
 * <p>{@code null} (not set), {@code []} and {@code [""]} are three different values and engines
 * treat them differently, so they are kept apart: {@link #entrypoint()} and {@link #cmd()} return
 * {@code null} for a value that is not set.
 */
public final class ImageLaunch {

  private static final ImageLaunch NONE = new ImageLaunch(null, null);

  private final List<String> entrypoint;
  private final List<String> cmd;

  private ImageLaunch(List<String> entrypoint, List<String> cmd) {
    this.entrypoint = copyOrNull(entrypoint);
    this.cmd = copyOrNull(cmd);
  }

  /** An image with neither ENTRYPOINT nor CMD, such as {@code scratch}. */
  public static ImageLaunch none() {
    return NONE;
  }

  /** An image with the given ENTRYPOINT and CMD; either may be {@code null} for "not set". */
  public static ImageLaunch of(List<String> entrypoint, List<String> cmd) {
    return new ImageLaunch(entrypoint, cmd);
  }

  /** The stored ENTRYPOINT, or {@code null} when not set. */
  public List<String> entrypoint() {
    return entrypoint;
  }

  /** The stored CMD, or {@code null} when not set. */
  public List<String> cmd() {
    return cmd;
  }

  /**
   * Whether the ENTRYPOINT is set to something that runs: neither null, {@code []} nor {@code
   * [""]}.
   */
  public boolean hasEntrypoint() {
    return isEffective(entrypoint);
  }

  /** Whether the CMD is set and non-empty. */
  public boolean hasCmd() {
    return cmd != null && !cmd.isEmpty();
  }

  /** The form the ENTRYPOINT was written in; {@code null} when it is not set. */
  public CommandForm entrypointForm() {
    return entrypoint == null ? null : CommandForm.of(entrypoint);
  }

  /** The form the CMD was written in; {@code null} when it is not set. */
  public CommandForm cmdForm() {
    return cmd == null ? null : CommandForm.of(cmd);
  }

  /** This image with a new ENTRYPOINT; like Docker's builder, setting it drops an inherited CMD. */
  public ImageLaunch withEntrypoint(List<String> newEntrypoint) {
    return new ImageLaunch(newEntrypoint, null);
  }

  /** This image with a new CMD, keeping its ENTRYPOINT. */
  public ImageLaunch withCmd(List<String> newCmd) {
    return new ImageLaunch(entrypoint, newCmd);
  }

  static boolean isEffective(List<String> entrypoint) {
    return entrypoint != null
        && !entrypoint.isEmpty()
        && !(entrypoint.size() == 1 && entrypoint.get(0).isEmpty());
  }

  private static List<String> copyOrNull(List<String> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageLaunch that
        && Objects.equals(entrypoint, that.entrypoint)
        && Objects.equals(cmd, that.cmd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entrypoint, cmd);
  }

  @Override
  public String toString() {
    return "ENTRYPOINT " + Argv.json(entrypoint) + " CMD " + Argv.json(cmd);
  }
}
