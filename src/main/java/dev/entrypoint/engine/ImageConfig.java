package dev.entrypoint.engine;

import dev.entrypoint.launch.ImageLaunch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an engine reports about an image's run configuration: its ENTRYPOINT and CMD exactly as stored,
 * its environment, working directory, user and exposed ports. Empty strings mean "not set".
 */
public final class ImageConfig {

  private final ImageLaunch launch;
  private final Map<String, String> environment;
  private final String workingDir;
  private final String user;
  private final Set<ExposedPort> exposedPorts;

  /** An image config; {@code environment} keeps its order. */
  public ImageConfig(
      ImageLaunch launch,
      Map<String, String> environment,
      String workingDir,
      String user,
      Set<ExposedPort> exposedPorts) {
    this.launch = Objects.requireNonNull(launch, "launch");
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    this.user = Objects.requireNonNull(user, "user");
    this.exposedPorts = Set.copyOf(exposedPorts);
  }

  /** The ENTRYPOINT and CMD; {@code null}, {@code []} and {@code [""]} as the engine reports them. */
  public ImageLaunch launch() {
    return launch;
  }

  /** The environment variables, by name, in the image's order. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The working directory, or empty when not set. */
  public String workingDir() {
    return workingDir;
  }

  /** The user the process runs as, or empty for the engine's default (root). */
  public String user() {
    return user;
  }

  /** The ports declared with {@code EXPOSE}. */
  public Set<ExposedPort> exposedPorts() {
    return exposedPorts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageConfig that
        && launch.equals(that.launch)
        && environment.equals(that.environment)
        && workingDir.equals(that.workingDir)
        && user.equals(that.user)
        && exposedPorts.equals(that.exposedPorts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(launch, environment, workingDir, user, exposedPorts);
  }

  /** Shows the names of the environment variables but not their values, which may be secrets. */
  @Override
  public String toString() {
    return launch + " ENV " + environment.keySet() + " WORKDIR '" + workingDir + "' USER '" + user
        + "' EXPOSE " + exposedPorts;
  }
}
