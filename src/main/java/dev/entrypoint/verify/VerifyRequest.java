package dev.entrypoint.verify;

import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.LaunchContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a verification needs: the image, the engines to run it on (each an {@link
 * EngineSettings}), the launch contract, the declared scenarios, whether the contract's own
 * scenarios run too, how many scenarios run at once, the timeout of one scenario, the time a
 * graceful stop allows, and whether an engine that does not answer fails the build or is skipped.
 */
public final class VerifyRequest {

  /** The default timeout of one scenario. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * The default time between SIGTERM and SIGKILL of the graceful stop, as {@code docker stop}'s.
   */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  private final ImageSource image;
  private final List<EngineSettings> engines;
  private final LaunchContract contract;
  private final List<Scenario> scenarios;
  private final boolean contractScenarios;
  private final int parallel;
  private final Duration timeout;
  private final Duration stopTimeout;
  private final boolean failIfNoEngine;
  private final ImageAccess access;
  private final Path outputDir;

  private VerifyRequest(Builder builder) {
    this.image = Objects.requireNonNull(builder.image, "image");
    this.engines = List.copyOf(builder.engines);
    this.contract = Objects.requireNonNull(builder.contract, "contract");
    this.scenarios = List.copyOf(builder.scenarios);
    this.contractScenarios = builder.contractScenarios;
    this.parallel = builder.parallel;
    this.timeout = builder.timeout;
    this.stopTimeout = builder.stopTimeout;
    this.failIfNoEngine = builder.failIfNoEngine;
    this.access = builder.access;
    this.outputDir = builder.outputDir;
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("a verification needs at least one engine");
    }
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1, not " + parallel);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The image to verify. */
  public ImageSource image() {
    return image;
  }

  /** The engines to verify it on, in order. */
  public List<EngineSettings> engines() {
    return engines;
  }

  /** The launch contract the image must keep. */
  public LaunchContract contract() {
    return contract;
  }

  /** The declared scenarios. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** Whether the scenarios derived from the launch contract run too. */
  public boolean contractScenarios() {
    return contractScenarios;
  }

  /** How many scenarios run at once. */
  public int parallel() {
    return parallel;
  }

  /** The longest one scenario may take before its container is removed and it fails. */
  public Duration timeout() {
    return timeout;
  }

  /** The time the graceful-stop scenario gives the program between SIGTERM and SIGKILL. */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  /** Whether an engine that does not answer fails the build (else it is skipped with a warning). */
  public boolean failIfNoEngine() {
    return failIfNoEngine;
  }

  /** How to reach a registry image: credentials and insecure registries. */
  public ImageAccess access() {
    return access;
  }

  /** Where {@code verify.xml} and {@code verify.json} go; empty when no report files are wanted. */
  public Optional<Path> outputDir() {
    return Optional.ofNullable(outputDir);
  }

  /**
   * Builds a {@link VerifyRequest}; the contract scenarios run and the build fails without an
   * engine unless told.
   */
  public static final class Builder {
    private ImageSource image;
    private final List<EngineSettings> engines = new ArrayList<>();
    private LaunchContract contract = LaunchContract.ARGUMENTS;
    private final List<Scenario> scenarios = new ArrayList<>();
    private ImageAccess access = ImageAccess.defaults();
    private Path outputDir;
    private boolean contractScenarios = true;
    private int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private boolean failIfNoEngine = true;

    private Builder() {}

    /** The image to verify. */
    public Builder image(ImageSource value) {
      image = value;
      return this;
    }

    /** One more engine to verify on. */
    public Builder engine(EngineSettings value) {
      engines.add(Objects.requireNonNull(value, "engine"));
      return this;
    }

    /** The launch contract. */
    public Builder contract(LaunchContract value) {
      contract = value;
      return this;
    }

    /** One more declared scenario. */
    public Builder scenario(Scenario value) {
      scenarios.add(Objects.requireNonNull(value, "scenario"));
      return this;
    }

    /** Whether the contract's own scenarios run. */
    public Builder contractScenarios(boolean value) {
      contractScenarios = value;
      return this;
    }

    /** How many scenarios run at once; by default as many as the machine has cores. */
    public Builder parallel(int value) {
      parallel = value;
      return this;
    }

    /** The timeout of one scenario. */
    public Builder timeout(Duration value) {
      timeout = Objects.requireNonNull(value, "timeout");
      return this;
    }

    /** The time between SIGTERM and SIGKILL in the graceful-stop scenario. */
    public Builder stopTimeout(Duration value) {
      stopTimeout = Objects.requireNonNull(value, "stopTimeout");
      return this;
    }

    /** Whether an engine that does not answer fails the build. */
    public Builder failIfNoEngine(boolean value) {
      failIfNoEngine = value;
      return this;
    }

    /** The request. */
    /** Credentials and insecure registries for pulling a registry image; by default none. */
    public Builder access(ImageAccess value) {
      this.access = value;
      return this;
    }

    /** Where the report files go. */
    public Builder outputDir(Path value) {
      this.outputDir = value;
      return this;
    }

    public VerifyRequest build() {
      return new VerifyRequest(this);
    }
  }
}
