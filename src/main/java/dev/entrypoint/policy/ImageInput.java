package dev.entrypoint.policy;

import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.launch.Resolution;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An image to check: either the image a pom's {@code <container>} settings declare, checked before
 * anything is built ({@link Origin#DECLARED}, see {@link DeclaredImage}), or a built image read
 * from its config ({@link Origin#BUILT}). Values a declared image cannot know before the build
 * (what the base image sets) read as unknown, and the rules that need them stay silent.
 */
public final class ImageInput {

  /** Where the image comes from. */
  public enum Origin {
    /** The image a pom declares, before it is built. */
    DECLARED,
    /** A built image. */
    BUILT
  }

  private final Origin origin;
  private final Location location;
  private final ImageLaunch launch;
  private final boolean launchKnown;
  private final CommandForm entrypointForm;
  private final CommandForm cmdForm;
  private final String entrypointSource;
  private final String cmdSource;
  private final LaunchContract contract;
  private final Map<String, String> env;
  private final String user;
  private final boolean userKnown;
  private final String workingDir;
  private final List<String> exposedPorts;
  private final Boolean healthcheck;
  private final String baseImage;
  private final String baseDescription;
  private final ImageLaunch droppedBaseCmd;
  private final String invalidLaunchSettings;

  private ImageInput(Builder builder) {
    this.origin = Objects.requireNonNull(builder.origin, "origin");
    this.location = Objects.requireNonNull(builder.location, "location");
    this.launch = Objects.requireNonNull(builder.launch, "launch");
    this.launchKnown = builder.launchKnown;
    this.entrypointForm =
        builder.entrypointForm != null ? builder.entrypointForm : launch.entrypointForm();
    this.cmdForm = builder.cmdForm != null ? builder.cmdForm : launch.cmdForm();
    this.entrypointSource = builder.entrypointSource;
    this.cmdSource = builder.cmdSource;
    this.contract = builder.contract;
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(builder.env));
    this.user = builder.user;
    this.userKnown = builder.userKnown;
    this.workingDir = builder.workingDir;
    this.exposedPorts = List.copyOf(builder.exposedPorts);
    this.healthcheck = builder.healthcheck;
    this.baseImage = builder.baseImage;
    this.baseDescription = builder.baseDescription;
    this.droppedBaseCmd = builder.droppedBaseCmd;
    this.invalidLaunchSettings = builder.invalidLaunchSettings;
  }

  /** An image being described; {@code location} is the pom or the image tarball. */
  public static Builder builder(Origin origin, Location location) {
    return new Builder(origin, location);
  }

  /**
   * A built image, read from its config; {@code contract} is the launch contract its project
   * declares, if any.
   */
  public static ImageInput built(Location location, ImageConfig config, LaunchContract contract) {
    return builder(Origin.BUILT, location)
        .launch(config.launch(), true)
        .contract(contract)
        .env(config.envMap())
        .user(config.user(), true)
        .workingDir(config.workingDir())
        .exposedPorts(config.exposedPorts())
        .healthcheck(config.hasHealthcheck())
        .build();
  }

  /** Whether the image is declared by a pom or built. */
  public Origin origin() {
    return origin;
  }

  /** Where findings about the image point: the pom, or the image tarball. */
  public Location location() {
    return location;
  }

  /** How a fix is written: pom elements for a declared image, Dockerfile syntax for a built one. */
  public Notation notation() {
    return origin == Origin.DECLARED ? Notation.POM : Notation.DOCKERFILE;
  }

  /** ENTRYPOINT and CMD as the image stores (or will store) them. */
  public ImageLaunch launch() {
    return launch;
  }

  /** What {@code docker run IMAGE} executes: the argv, or the engine's error when nothing runs. */
  public Resolution run() {
    return LaunchResolver.resolve(launch, Invocation.run(), EngineKind.DOCKER);
  }

  /** Whether the image has an ENTRYPOINT that runs, written in exec form. */
  public boolean hasExecEntrypoint() {
    return launch.hasEntrypoint() && entrypointForm == CommandForm.EXEC;
  }

  /** Whether {@link #launch()} is certain; false when part of it comes from an unknown base. */
  public boolean launchKnown() {
    return launchKnown;
  }

  /** The form the ENTRYPOINT was written in, or {@code null} when it is not set. */
  public CommandForm entrypointForm() {
    return entrypointForm;
  }

  /** The form the CMD was written in, or {@code null} when it is not set. */
  public CommandForm cmdForm() {
    return cmdForm;
  }

  /** Where the ENTRYPOINT comes from, for messages: {@code <container><entrypointShell>}... */
  public String entrypointSource() {
    return entrypointSource;
  }

  /**
   * Where the CMD comes from, for messages: {@code <container><cmd>}, {@code the image's CMD}...
   */
  public String cmdSource() {
    return cmdSource;
  }

  /** The launch contract the project declares, if any. */
  public Optional<LaunchContract> contract() {
    return Optional.ofNullable(contract);
  }

  /** The environment, in stored order. */
  public Map<String, String> env() {
    return env;
  }

  /** The PATH the container's command is looked up in: the image's, or the engines' default. */
  public String searchPath() {
    return env.getOrDefault("PATH", LaunchResolver.DEFAULT_PATH);
  }

  /** The USER, or an empty string when it is not set. */
  public String user() {
    return user;
  }

  /** Whether {@link #user()} is certain; false when a base image not known yet may set one. */
  public boolean userKnown() {
    return userKnown;
  }

  /** The working directory, or an empty string when it is not set. */
  public String workingDir() {
    return workingDir;
  }

  /** The exposed ports as written or stored, such as {@code 8080} or {@code 8080/tcp}. */
  public List<String> exposedPorts() {
    return exposedPorts;
  }

  /** Whether a HEALTHCHECK is set; empty when that is not known before the build. */
  public Optional<Boolean> healthcheck() {
    return Optional.ofNullable(healthcheck);
  }

  /** The base image's registry reference, when the pom names one. */
  public Optional<String> baseImage() {
    return Optional.ofNullable(baseImage);
  }

  /** The base image as messages name it: {@code base image tar:///work/base.tar}. */
  public String baseDescription() {
    return baseDescription;
  }

  /**
   * The base image's launch when the declared ENTRYPOINT drops its CMD, as Docker's builder does;
   * empty when nothing is dropped or the base is not known.
   */
  public Optional<ImageLaunch> droppedBaseCmd() {
    return Optional.ofNullable(droppedBaseCmd);
  }

  /** Why the pom's launch settings cannot be read, or empty when they can. */
  public Optional<String> invalidLaunchSettings() {
    return Optional.ofNullable(invalidLaunchSettings);
  }

  @Override
  public String toString() {
    return origin.name().toLowerCase(java.util.Locale.ROOT)
        + " image "
        + location
        + ": "
        + launch
        + (launchKnown ? "" : " (launch not known)");
  }

  /** Describes an image; values left unset read as not set. */
  public static final class Builder {
    private final Origin origin;
    private final Location location;
    private ImageLaunch launch = ImageLaunch.none();
    private boolean launchKnown;
    private CommandForm entrypointForm;
    private CommandForm cmdForm;
    private String entrypointSource = "the image's ENTRYPOINT";
    private String cmdSource = "the image's CMD";
    private LaunchContract contract;
    private Map<String, String> env = Map.of();
    private String user = "";
    private boolean userKnown = true;
    private String workingDir = "";
    private List<String> exposedPorts = List.of();
    private Boolean healthcheck;
    private String baseImage;
    private String baseDescription = "its base image";
    private ImageLaunch droppedBaseCmd;
    private String invalidLaunchSettings;

    private Builder(Origin origin, Location location) {
      this.origin = origin;
      this.location = location;
    }

    /** The stored launch, and whether it is certain. */
    public Builder launch(ImageLaunch value, boolean known) {
      this.launch = value;
      this.launchKnown = known;
      return this;
    }

    /** The forms the launch was written in, when the stored arrays' shape does not tell. */
    public Builder forms(CommandForm entrypoint, CommandForm cmd) {
      this.entrypointForm = entrypoint;
      this.cmdForm = cmd;
      return this;
    }

    /** Where the ENTRYPOINT and the CMD come from, as messages name them. */
    public Builder sources(String entrypoint, String cmd) {
      this.entrypointSource = entrypoint;
      this.cmdSource = cmd;
      return this;
    }

    /** The launch contract the project declares, or {@code null}. */
    public Builder contract(LaunchContract value) {
      this.contract = value;
      return this;
    }

    /** The environment, in stored order. */
    public Builder env(Map<String, String> value) {
      this.env = value;
      return this;
    }

    /** The USER ({@code ""} or {@code null} when not set), and whether it is certain. */
    public Builder user(String value, boolean known) {
      this.user = value == null ? "" : value;
      this.userKnown = known;
      return this;
    }

    /** The working directory ({@code ""} or {@code null} when not set). */
    public Builder workingDir(String value) {
      this.workingDir = value == null ? "" : value;
      return this;
    }

    /** The exposed ports as written or stored. */
    public Builder exposedPorts(List<String> value) {
      this.exposedPorts = value;
      return this;
    }

    /** Whether a HEALTHCHECK is set, or {@code null} when that is not known. */
    public Builder healthcheck(Boolean value) {
      this.healthcheck = value;
      return this;
    }

    /** The base image's registry reference, for the rules about base images. */
    public Builder baseImage(String value) {
      this.baseImage = value;
      return this;
    }

    /** The base image as messages name it. */
    public Builder baseDescription(String value) {
      this.baseDescription = value;
      return this;
    }

    /** The base image's launch, whose CMD the declared ENTRYPOINT drops. */
    public Builder droppedBaseCmd(ImageLaunch base) {
      this.droppedBaseCmd = base;
      return this;
    }

    /** Why the pom's launch settings cannot be read (the build's own message). */
    public Builder invalidLaunchSettings(String why) {
      this.invalidLaunchSettings = why;
      return this;
    }

    /** The image. */
    public ImageInput build() {
      return new ImageInput(this);
    }
  }
}
