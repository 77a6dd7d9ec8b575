package dev.entrypoint.orchestrator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One service of a Compose project, after interpolation and after later files (overrides) replaced
 * what they set: its image (or the Dockerfile Compose builds it from), its {@code entrypoint} and
 * {@code command} as Compose passes them to the engine, and the names its {@code environment} sets.
 * Each setting keeps the file and line it comes from.
 */
public final class ComposeService {

  /**
   * A {@code build:} section: the Dockerfile Compose builds the image from, and its target stage.
   *
   * @param dockerfile the Dockerfile, {@code context/Dockerfile} unless {@code dockerfile:} says
   * @param target the stage to build, or {@code null} for the last
   * @param where the {@code build:} key
   */
  public record Build(Path dockerfile, String target, SourceLine where) {

    public Build {
      Objects.requireNonNull(dockerfile, "dockerfile");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * The image a service names.
   *
   * @param reference the name after interpolation, or {@code null} when Compose refuses it
   * @param error why Compose refuses it, or {@code null}
   * @param where the {@code image:} key
   */
  public record Image(String reference, String error, SourceLine where) {

    public Image {
      Objects.requireNonNull(where, "where");
    }
  }

  private final String name;
  private final SourceLine where;
  private final Image image;
  private final Build build;
  private final CommandSetting entrypoint;
  private final CommandSetting command;
  private final Map<String, SourceLine> environment;
  private final String pullPolicy;
  private final List<String> notes;

  ComposeService(
      String name,
      SourceLine where,
      Image image,
      Build build,
      CommandSetting entrypoint,
      CommandSetting command,
      Map<String, SourceLine> environment,
      String pullPolicy,
      List<String> notes) {
    this.name = Objects.requireNonNull(name, "name");
    this.where = Objects.requireNonNull(where, "where");
    this.image = image;
    this.build = build;
    this.entrypoint = entrypoint;
    this.command = command;
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    this.pullPolicy = pullPolicy;
    this.notes = List.copyOf(notes);
  }

  /** This service with what {@code override}, the same service in a later file, sets. */
  ComposeService overriddenBy(ComposeService override) {
    Map<String, SourceLine> merged = new LinkedHashMap<>(environment);
    merged.putAll(override.environment);
    List<String> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(override.notes);
    return new ComposeService(
        name,
        override.where,
        override.image != null ? override.image : image,
        override.build != null ? override.build : build,
        override.entrypoint != null ? override.entrypoint : entrypoint,
        override.command != null ? override.command : command,
        merged,
        override.pullPolicy != null ? override.pullPolicy : pullPolicy,
        allNotes);
  }

  /** The service's name. */
  public String name() {
    return name;
  }

  /** The service's key in the last file that sets it. */
  public SourceLine where() {
    return where;
  }

  /** The {@code image:} it names, if any. */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** The {@code build:} section, if any. */
  public Optional<Build> build() {
    return Optional.ofNullable(build);
  }

  /** The {@code entrypoint:}, if set (not null). */
  public Optional<CommandSetting> entrypoint() {
    return Optional.ofNullable(entrypoint);
  }

  /** The {@code command:}, if set (not null). */
  public Optional<CommandSetting> command() {
    return Optional.ofNullable(command);
  }

  /** The names its {@code environment:} sets for the container, each with where it is set. */
  public Map<String, SourceLine> environment() {
    return environment;
  }

  /** The {@code pull_policy:}, or {@code null}. */
  public String pullPolicy() {
    return pullPolicy;
  }

  /** What a reader may not expect about how the service was read, such as an unset variable. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComposeService that
        && name.equals(that.name)
        && where.equals(that.where)
        && Objects.equals(image, that.image)
        && Objects.equals(build, that.build)
        && Objects.equals(entrypoint, that.entrypoint)
        && Objects.equals(command, that.command)
        && environment.equals(that.environment)
        && Objects.equals(pullPolicy, that.pullPolicy)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, where, image, build, entrypoint, command, environment, pullPolicy, notes);
  }

  @Override
  public String toString() {
    return "service " + name + " (" + where + ")";
  }
}
