package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The image configuration a stage ends with, as BuildKit would store it: ENTRYPOINT and CMD (null,
 * {@code []} and {@code [""]} kept apart), SHELL, USER, WORKDIR, ENV, exposed ports, HEALTHCHECK
 * and ONBUILD triggers, all inherited from the base and changed by the stage's instructions.
 *
 * <p>An external base image's config is not read: its ENTRYPOINT and CMD come from the {@link
 * BaseImageLookup} (and are unknown without one), its USER, WORKDIR and ENV are taken as unset and
 * its ONBUILD triggers as none. BuildKit adds {@code PATH} to ENV when the base has none, and
 * {@code WORKDIR /} to scratch. Paths follow Linux rules, as for a Linux image.
 */
public final class StageConfig {

  private final ImageLaunch launch;
  private final boolean entrypointKnown;
  private final boolean cmdKnown;
  private final List<String> shell;
  private final String user;
  private final String workdir;
  private final List<String> env;
  private final SortedSet<String> exposedPorts;
  private final List<String> healthcheck;
  private final List<String> onBuild;

  private StageConfig(Builder builder) {
    this.launch = ImageLaunch.of(builder.entrypoint, builder.cmd);
    this.entrypointKnown = builder.entrypointKnown;
    this.cmdKnown = builder.cmdKnown;
    this.shell = builder.shell == null ? null : List.copyOf(builder.shell);
    this.user = builder.user;
    this.workdir = builder.workdir;
    this.env = List.copyOf(builder.env);
    this.exposedPorts = Collections.unmodifiableSortedSet(new TreeSet<>(builder.exposedPorts));
    this.healthcheck = builder.healthcheck == null ? null : List.copyOf(builder.healthcheck);
    this.onBuild = List.copyOf(builder.onBuild);
  }

  /** ENTRYPOINT and CMD as the image stores them. */
  public ImageLaunch launch() {
    return launch;
  }

  /**
   * Whether {@link #launch()} is certain: false when part of it would come from an external base
   * image the {@link BaseImageLookup} did not know (it then reads as not set).
   */
  public boolean launchKnown() {
    return entrypointKnown && cmdKnown;
  }

  /**
   * The SHELL set by an instruction, or null when shell form uses the default {@code /bin/sh -c}.
   */
  public List<String> shell() {
    return shell;
  }

  /** The shell that wraps shell-form commands: {@link #shell()} or {@code ["/bin/sh", "-c"]}. */
  public List<String> effectiveShell() {
    return shellOrDefault(shell);
  }

  static List<String> shellOrDefault(List<String> shell) {
    return shell == null ? CommandForm.DEFAULT_SHELL : shell;
  }

  /** The USER, expanded, or an empty string when not set (the image runs as root). */
  public String user() {
    return user;
  }

  /** The WORKDIR, expanded and made absolute, or an empty string when not set. */
  public String workdir() {
    return workdir;
  }

  /** The ENV entries, {@code NAME=value}, in the order the image stores them. */
  public List<String> env() {
    return env;
  }

  /** The exposed ports as stored, such as {@code 8080/tcp}, sorted. */
  public SortedSet<String> exposedPorts() {
    return exposedPorts;
  }

  /**
   * The HEALTHCHECK test as stored ({@code ["CMD", ...]}, {@code ["CMD-SHELL", line]} or {@code
   * ["NONE"]}), or null when no HEALTHCHECK was set.
   */
  public List<String> healthcheck() {
    return healthcheck;
  }

  /** Whether a health check runs: one is set and it is not {@code HEALTHCHECK NONE}. */
  public boolean hasHealthcheck() {
    return healthcheck != null && !healthcheck.equals(List.of("NONE"));
  }

  /** The ONBUILD triggers the image stores, as written after {@code ONBUILD}. */
  public List<String> onBuild() {
    return onBuild;
  }

  Builder toBuilder() {
    Builder builder = new Builder();
    builder.entrypoint = launch.entrypoint();
    builder.cmd = launch.cmd();
    builder.entrypointKnown = entrypointKnown;
    builder.cmdKnown = cmdKnown;
    builder.shell = shell;
    builder.user = user;
    builder.workdir = workdir;
    builder.env.addAll(env);
    builder.exposedPorts.addAll(exposedPorts);
    builder.healthcheck = healthcheck;
    builder.onBuild.addAll(onBuild);
    return builder;
  }

  /** The config of a stage under construction. */
  static final class Builder {
    List<String> entrypoint;
    List<String> cmd;
    boolean entrypointKnown = true;
    boolean cmdKnown = true;
    List<String> shell;
    String user = "";
    String workdir = "";
    final List<String> env = new ArrayList<>();
    final SortedSet<String> exposedPorts = new TreeSet<>();
    List<String> healthcheck;
    final List<String> onBuild = new ArrayList<>();

    /** Sets {@code name=value}, replacing an earlier value in place. */
    void setEnv(String name, String value) {
      for (int i = 0; i < env.size(); i++) {
        if (env.get(i).startsWith(name + "=")) {
          env.set(i, name + "=" + value);
          return;
        }
      }
      env.add(name + "=" + value);
    }

    boolean hasEnv(String name) {
      return env.stream().anyMatch(entry -> entry.startsWith(name + "="));
    }

    StageConfig build() {
      return new StageConfig(this);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StageConfig that
        && launch.equals(that.launch)
        && entrypointKnown == that.entrypointKnown
        && cmdKnown == that.cmdKnown
        && Objects.equals(shell, that.shell)
        && user.equals(that.user)
        && workdir.equals(that.workdir)
        && env.equals(that.env)
        && exposedPorts.equals(that.exposedPorts)
        && Objects.equals(healthcheck, that.healthcheck)
        && onBuild.equals(that.onBuild);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        launch,
        entrypointKnown,
        cmdKnown,
        shell,
        user,
        workdir,
        env,
        exposedPorts,
        healthcheck,
        onBuild);
  }

  @Override
  public String toString() {
    return launch
        + (launchKnown() ? "" : " (base image launch unknown)")
        + (shell == null ? "" : " SHELL " + Argv.json(shell))
        + " USER "
        + Argv.json(List.of(user))
        + " WORKDIR "
        + Argv.json(List.of(workdir))
        + " ENV "
        + Argv.json(env)
        + (exposedPorts.isEmpty() ? "" : " EXPOSE " + exposedPorts)
        + (healthcheck == null ? "" : " HEALTHCHECK " + Argv.json(healthcheck));
  }
}
