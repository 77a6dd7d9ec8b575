package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchDeclaration;
import dev.entrypoint.launch.LaunchSpec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the image's config says beyond its files, from {@code <container>}: the launch (contract,
 * ENTRYPOINT and CMD in exec or shell form), environment, ports, labels, user, working directory,
 * volumes, manifest format and creation time.
 */
public final class ContainerSettings {

  private static final Pattern PORT =
      Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/(?:tcp|udp))?");

  private final LaunchContract launch;
  private final List<String> entrypoint;
  private final String entrypointShell;
  private final List<String> cmd;
  private final String cmdShell;
  private final List<String> args;
  private final Map<String, String> environment;
  private final List<String> ports;
  private final Map<String, String> labels;
  private final String user;
  private final String workingDirectory;
  private final List<String> volumes;
  private final ManifestFormat format;
  private final Instant creationTime;

  private ContainerSettings(Builder builder) {
    this.launch = builder.launch;
    this.entrypoint = builder.entrypoint == null ? null : List.copyOf(builder.entrypoint);
    this.entrypointShell = builder.entrypointShell;
    this.cmd = builder.cmd == null ? null : List.copyOf(builder.cmd);
    this.cmdShell = builder.cmdShell;
    this.args = builder.args == null ? null : List.copyOf(builder.args);
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(builder.environment));
    this.ports = List.copyOf(builder.ports);
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(builder.labels));
    this.user = builder.user;
    this.workingDirectory = builder.workingDirectory;
    this.volumes = List.copyOf(builder.volumes);
    this.format = builder.format;
    this.creationTime = builder.creationTime;
  }

  /**
   * Settings with the defaults: contract {@code arguments}, OCI format, creation time at the epoch.
   */
  public static Builder builder() {
    return new Builder();
  }

  public LaunchContract launch() {
    return launch;
  }

  public List<String> entrypoint() {
    return entrypoint;
  }

  public String entrypointShell() {
    return entrypointShell;
  }

  public List<String> cmd() {
    return cmd;
  }

  public String cmdShell() {
    return cmdShell;
  }

  /** Jib's {@code <args>}: default arguments, or {@code null} when not declared. */
  public List<String> args() {
    return args;
  }

  /** The launch settings alone, to validate and to resolve. */
  public LaunchDeclaration declaration() {
    return new LaunchDeclaration(launch, entrypoint, entrypointShell, cmd, cmdShell, args);
  }

  /**
   * What is wrong with these settings, each a sentence naming the element and the fix: the launch
   * declaration's problems, ports that are not ports, paths that are not absolute. Nothing here
   * reads a file.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(declaration().problems());
    for (String port : ports) {
      if (!isPort(port)) {
        problems.add(
            "<container><ports> holds '"
                + port
                + "', which is not a port: write 8080, 8080/udp or a range such as 9000-9002.");
      }
    }
    if (workingDirectory != null && !workingDirectory.startsWith("/")) {
      problems.add(
          "<container><workingDirectory> is '"
              + workingDirectory
              + "', a relative path: write an absolute one such as /app.");
    }
    for (String volume : volumes) {
      if (!volume.startsWith("/")) {
        problems.add(
            "<container><volumes> holds '"
                + volume
                + "', a relative path: write an absolute one such as /data.");
      }
    }
    return problems;
  }

  private static boolean isPort(String value) {
    Matcher port = PORT.matcher(value.strip());
    if (!port.matches()) {
      return false;
    }
    int first = Integer.parseInt(port.group(1));
    int last = port.group(2) == null ? first : Integer.parseInt(port.group(2));
    return first >= 1 && last <= 65535 && first <= last;
  }

  /**
   * The launch to build: the declared one, with {@code application}'s Java command where the
   * declaration uses it. The command (and so the main class) is looked for only then, and only
   * after the declaration proved consistent.
   *
   * @param application the project's application, or {@code null} when it has none
   * @throws ConfigurationException when the declaration is inconsistent, or the main class cannot
   *     be found when it is needed
   */
  public LaunchSpec launchSpec(JavaLaunch application) throws IOException {
    LaunchDeclaration declaration = declaration();
    List<String> problems = declaration.problems();
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("\n", problems));
    }
    List<String> javaCommand = null;
    if (application != null && declaration.usesJavaCommand()) {
      javaCommand = application.javaCommand().orElse(null);
    }
    return declaration.spec(javaCommand);
  }

  public Map<String, String> environment() {
    return environment;
  }

  public List<String> ports() {
    return ports;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public String user() {
    return user;
  }

  public String workingDirectory() {
    return workingDirectory;
  }

  public List<String> volumes() {
    return volumes;
  }

  public ManifestFormat format() {
    return format;
  }

  public Instant creationTime() {
    return creationTime;
  }

  @Override
  public String toString() {
    return "launch="
        + launch
        + " entrypoint="
        + entrypoint
        + " entrypointShell="
        + entrypointShell
        + " cmd="
        + cmd
        + " cmdShell="
        + cmdShell
        + " args="
        + args
        + " environment="
        + environment
        + " ports="
        + ports
        + " labels="
        + labels
        + " user="
        + user
        + " workingDirectory="
        + workingDirectory
        + " volumes="
        + volumes
        + " format="
        + format
        + " creationTime="
        + creationTime;
  }

  /** Builds {@link ContainerSettings}; a value left unset keeps its default. */
  public static final class Builder {
    private LaunchContract launch = LaunchContract.ARGUMENTS;
    private List<String> entrypoint;
    private String entrypointShell;
    private List<String> cmd;
    private String cmdShell;
    private List<String> args;
    private Map<String, String> environment = Map.of();
    private List<String> ports = List.of();
    private Map<String, String> labels = Map.of();
    private String user;
    private String workingDirectory;
    private List<String> volumes = List.of();
    private ManifestFormat format = ManifestFormat.OCI;
    private Instant creationTime = Instant.EPOCH;

    private Builder() {}

    public Builder launch(LaunchContract value) {
      this.launch = Objects.requireNonNull(value, "launch");
      return this;
    }

    /** Exec-form ENTRYPOINT, or {@code null} for none declared. */
    public Builder entrypoint(List<String> value) {
      this.entrypoint = value;
      return this;
    }

    /** Shell-form ENTRYPOINT, or {@code null} for none declared. */
    public Builder entrypointShell(String value) {
      this.entrypointShell = value;
      return this;
    }

    /** Exec-form CMD, or {@code null} for none declared. */
    public Builder cmd(List<String> value) {
      this.cmd = value;
      return this;
    }

    /** Shell-form CMD, or {@code null} for none declared. */
    public Builder cmdShell(String value) {
      this.cmdShell = value;
      return this;
    }

    /** Jib's {@code <args>}, default arguments; {@code null} for none declared. */
    public Builder args(List<String> value) {
      this.args = value;
      return this;
    }

    public Builder environment(Map<String, String> value) {
      this.environment = value;
      return this;
    }

    /** Ports such as {@code 8080}, {@code 8080/udp} or {@code 9000-9002}. */
    public Builder ports(List<String> value) {
      this.ports = value;
      return this;
    }

    public Builder labels(Map<String, String> value) {
      this.labels = value;
      return this;
    }

    public Builder user(String value) {
      this.user = value;
      return this;
    }

    public Builder workingDirectory(String value) {
      this.workingDirectory = value;
      return this;
    }

    public Builder volumes(List<String> value) {
      this.volumes = value;
      return this;
    }

    public Builder format(ManifestFormat value) {
      this.format = Objects.requireNonNull(value, "format");
      return this;
    }

    public Builder creationTime(Instant value) {
      this.creationTime = Objects.requireNonNull(value, "creationTime");
      return this;
    }

    public ContainerSettings build() {
      return new ContainerSettings(this);
    }
  }
}
