package dev.entrypoint.orchestrator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One container of a Kubernetes workload (a Pod, or the pod template of a Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, Job or CronJob), init containers included: its image and pull policy, its
 * {@code command} and {@code args} with {@code $(VAR)} expanded as the kubelet expands them, and
 * its {@code env}. Each setting keeps the file and line it comes from.
 */
public final class KubernetesContainer {

  /**
   * One {@code env} entry.
   *
   * @param name the variable's name
   * @param value its value ({@code $(VAR)} expanded), or {@code null} when {@code valueFrom} sets
   *     it at run time
   * @param runtimeSource what {@code valueFrom} reads, such as {@code secretKeyRef db/password}, or
   *     {@code null}
   * @param where the entry
   */
  public record EnvVar(String name, String value, String runtimeSource, SourceLine where) {

    public EnvVar {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(where, "where");
    }
  }

  private final String kind;
  private final String workload;
  private final String name;
  private final boolean init;
  private final SourceLine where;
  private final String image;
  private final SourceLine imageWhere;
  private final String pullPolicy;
  private final CommandSetting command;
  private final CommandSetting args;
  private final Map<String, EnvVar> env;
  private final boolean envFrom;

  KubernetesContainer(
      String kind,
      String workload,
      String name,
      boolean init,
      SourceLine where,
      String image,
      SourceLine imageWhere,
      String pullPolicy,
      CommandSetting command,
      CommandSetting args,
      Map<String, EnvVar> env,
      boolean envFrom) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.workload = Objects.requireNonNull(workload, "workload");
    this.name = Objects.requireNonNull(name, "name");
    this.init = init;
    this.where = Objects.requireNonNull(where, "where");
    this.image = image;
    this.imageWhere = imageWhere;
    this.pullPolicy = pullPolicy;
    this.command = command;
    this.args = args;
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    this.envFrom = envFrom;
  }

  /** The workload's kind: {@code Pod}, {@code Deployment}... */
  public String kind() {
    return kind;
  }

  /** The workload's {@code metadata.name}. */
  public String workload() {
    return workload;
  }

  /** The container's name. */
  public String name() {
    return name;
  }

  /** {@code KIND/NAME/CONTAINER}, as explain names it. */
  public String path() {
    return kind + "/" + workload + "/" + name;
  }

  /** Whether it is an init container, run to completion before the others start. */
  public boolean init() {
    return init;
  }

  /** The container's entry in the manifest. */
  public SourceLine where() {
    return where;
  }

  /** The image it names, or {@code null} when it names none. */
  public String image() {
    return image;
  }

  /** The {@code image:} key, or the container when it has none. */
  public SourceLine imageWhere() {
    return imageWhere != null ? imageWhere : where;
  }

  /**
   * The pull policy: as written, or Kubernetes' default: {@code Always} for an image tagged {@code
   * latest} or not tagged, else {@code IfNotPresent}.
   */
  public String pullPolicy() {
    if (pullPolicy != null) {
      return pullPolicy;
    }
    if (image == null || image.contains("@")) {
      return "IfNotPresent";
    }
    String last = image.substring(image.lastIndexOf('/') + 1);
    int colon = last.lastIndexOf(':');
    return colon < 0 || last.substring(colon + 1).equals("latest") ? "Always" : "IfNotPresent";
  }

  /** The {@code command:}, if written (an empty list counts as not set when resolved). */
  public Optional<CommandSetting> command() {
    return Optional.ofNullable(command);
  }

  /** The {@code args:}, if written. */
  public Optional<CommandSetting> args() {
    return Optional.ofNullable(args);
  }

  /** The {@code env:} entries by name, in order (a later entry of the same name wins). */
  public Map<String, EnvVar> env() {
    return env;
  }

  /**
   * Whether it has {@code envFrom:}, whose variables are known only at run time, or set through the
   * pod's service links.
   */
  public boolean envFrom() {
    return envFrom;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesContainer that
        && kind.equals(that.kind)
        && workload.equals(that.workload)
        && name.equals(that.name)
        && init == that.init
        && where.equals(that.where)
        && Objects.equals(image, that.image)
        && Objects.equals(imageWhere, that.imageWhere)
        && Objects.equals(pullPolicy, that.pullPolicy)
        && Objects.equals(command, that.command)
        && Objects.equals(args, that.args)
        && env.equals(that.env)
        && envFrom == that.envFrom;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind, workload, name, init, where, image, pullPolicy, command, args, env, envFrom);
  }

  @Override
  public String toString() {
    return path() + " (" + where + ")";
  }
}
