package dev.entrypoint.engine;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.Invocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A container to create: the image, the {@code --entrypoint} value exactly as an {@link Invocation}
 * carries it ({@code null} for none, {@code ""} allowed), the arguments after the image,
 * environment variables, published ports, a name and labels.
 *
 * <p>Ports are published on the loopback interface only; a host port of 0 lets the engine pick one.
 */
public final class ContainerSpec {

  private final String image;
  private final String entrypoint;
  private final List<String> args;
  private final Map<String, String> environment;
  private final Map<Integer, Integer> publishedPorts;
  private final String name;
  private final Map<String, String> labels;

  private ContainerSpec(
      String image,
      String entrypoint,
      List<String> args,
      Map<String, String> environment,
      Map<Integer, Integer> publishedPorts,
      String name,
      Map<String, String> labels) {
    this.image = Objects.requireNonNull(image, "image");
    this.entrypoint = entrypoint;
    this.args = List.copyOf(args);
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    this.publishedPorts = Collections.unmodifiableMap(new LinkedHashMap<>(publishedPorts));
    this.name = name;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** {@code create IMAGE}: the image's own ENTRYPOINT and CMD, nothing else. */
  public static ContainerSpec of(String image) {
    return new ContainerSpec(image, null, List.of(), Map.of(), Map.of(), null, Map.of());
  }

  /** The container {@code invocation} runs: its {@code --entrypoint} value and its arguments. */
  public static ContainerSpec of(String image, Invocation invocation) {
    return of(image).withEntrypoint(invocation.entrypointFlag()).withArgs(invocation.args());
  }

  /**
   * This spec with {@code --entrypoint value}; {@code null} for no flag, {@code ""} for an empty
   * one.
   */
  public ContainerSpec withEntrypoint(String value) {
    return new ContainerSpec(image, value, args, environment, publishedPorts, name, labels);
  }

  /** This spec with these arguments after the image. */
  public ContainerSpec withArgs(List<String> newArgs) {
    return new ContainerSpec(image, entrypoint, newArgs, environment, publishedPorts, name, labels);
  }

  /** This spec with one more environment variable. */
  public ContainerSpec withEnv(String variable, String value) {
    Map<String, String> changed = new LinkedHashMap<>(environment);
    changed.put(variable, value);
    return new ContainerSpec(image, entrypoint, args, changed, publishedPorts, name, labels);
  }

  /**
   * This spec with {@code containerPort} (TCP) published on {@code hostPort}; 0 picks a free one.
   */
  public ContainerSpec withPublishedPort(int containerPort, int hostPort) {
    Map<Integer, Integer> changed = new LinkedHashMap<>(publishedPorts);
    changed.put(containerPort, hostPort);
    return new ContainerSpec(image, entrypoint, args, environment, changed, name, labels);
  }

  /** This spec with a container name; {@code null} lets the engine (or the session) pick one. */
  public ContainerSpec withName(String newName) {
    return new ContainerSpec(image, entrypoint, args, environment, publishedPorts, newName, labels);
  }

  /** This spec with one more label. */
  public ContainerSpec withLabel(String key, String value) {
    Map<String, String> changed = new LinkedHashMap<>(labels);
    changed.put(key, value);
    return new ContainerSpec(image, entrypoint, args, environment, publishedPorts, name, changed);
  }

  /** The image to create the container from. */
  public String image() {
    return image;
  }

  /** The {@code --entrypoint} value, or {@code null} when the flag is not given. */
  public String entrypoint() {
    return entrypoint;
  }

  /** The arguments after the image. */
  public List<String> args() {
    return args;
  }

  /** The environment variables to set. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Container port to host port (0: any free port). */
  public Map<Integer, Integer> publishedPorts() {
    return publishedPorts;
  }

  /** The container name, or {@code null} when not chosen. */
  public String name() {
    return name;
  }

  /** The labels to set. */
  public Map<String, String> labels() {
    return labels;
  }

  /** The words after {@code create}: options, {@code engineFlags}, the image, the arguments. */
  List<String> createArguments(List<String> engineFlags) {
    List<String> words = new ArrayList<>(List.of("create"));
    if (name != null) {
      words.addAll(List.of("--name", name));
    }
    labels.forEach((key, value) -> words.addAll(List.of("--label", key + "=" + value)));
    environment.forEach((variable, value) -> words.addAll(List.of("-e", variable + "=" + value)));
    publishedPorts.forEach(
        (containerPort, hostPort) ->
            words.addAll(
                List.of(
                    "-p", "127.0.0.1:" + (hostPort == 0 ? "" : hostPort) + ":" + containerPort)));
    words.addAll(engineFlags);
    if (entrypoint != null) {
      words.add("--entrypoint=" + entrypoint);
    }
    words.add(image);
    words.addAll(args);
    return words;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContainerSpec that
        && image.equals(that.image)
        && Objects.equals(entrypoint, that.entrypoint)
        && args.equals(that.args)
        && environment.equals(that.environment)
        && publishedPorts.equals(that.publishedPorts)
        && Objects.equals(name, that.name)
        && labels.equals(that.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, entrypoint, args, environment, publishedPorts, name, labels);
  }

  /** Shows environment variable names but not their values. */
  @Override
  public String toString() {
    return "container of "
        + image
        + (entrypoint == null ? "" : " --entrypoint " + Argv.shellQuoted(entrypoint))
        + " args "
        + Argv.json(args)
        + (environment.isEmpty() ? "" : " env " + environment.keySet())
        + (publishedPorts.isEmpty() ? "" : " ports " + publishedPorts)
        + (name == null ? "" : " name " + name)
        + (labels.isEmpty() ? "" : " labels " + labels);
  }
}
