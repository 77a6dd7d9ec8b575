package dev.entrypoint.build;

import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.QuarkusApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one image build needs: what to build ({@link #base}, {@link #application}, {@link
 * #extraFiles}, {@link #container}) and where it goes ({@link #target}, {@link #outputDir}), with
 * the caches, credentials and network settings to use.
 */
public final class ImageBuildRequest {

  private final BaseImage base;
  private final Set<String> jlinkModules;
  private final JavaApplication application;
  private final FrameworkLayout layout;
  private final Path extraFiles;
  private final List<ExtraDirectory> extraDirectories;
  private final ExtraFilePermissions extraFilePermissions;
  private final ContainerSettings container;
  private final ImageTarget target;
  private final Path outputDir;
  private final Path cacheDir;
  private final Path applicationCacheDir;
  private final boolean offline;
  private final ImageAccess access;
  private final TargetPlatforms platforms;

  private ImageBuildRequest(Builder builder) {
    this.base = Objects.requireNonNull(builder.base, "base");
    this.jlinkModules = Set.copyOf(builder.jlinkModules);
    this.application = builder.application;
    this.layout =
        builder.layout != null
            ? builder.layout
            : FrameworkLayout.plainJava(
                application == null ? List.of() : application.dependencies());
    this.extraFiles = builder.extraFiles;
    this.extraDirectories = List.copyOf(builder.extraDirectories);
    this.extraFilePermissions =
        Objects.requireNonNull(builder.extraFilePermissions, "extraFilePermissions");
    this.container = Objects.requireNonNull(builder.container, "container");
    this.target = Objects.requireNonNull(builder.target, "target");
    this.outputDir = Objects.requireNonNull(builder.outputDir, "outputDir");
    this.cacheDir = Objects.requireNonNull(builder.cacheDir, "cacheDir");
    this.applicationCacheDir =
        Objects.requireNonNull(builder.applicationCacheDir, "applicationCacheDir");
    this.offline = builder.offline;
    this.access = builder.access;
    this.platforms = Objects.requireNonNull(builder.platforms, "platforms");
  }

  /** A new request builder. */
  public static Builder builder() {
    return new Builder();
  }

  public BaseImage base() {
    return base;
  }

  /** The modules of a jlink base; empty to let jdeps find them. */
  public Set<String> jlinkModules() {
    return jlinkModules;
  }

  /** The Java application, or empty for an image of the base and extra files alone. */
  public Optional<JavaApplication> application() {
    return Optional.ofNullable(application);
  }

  /** How the application is laid out in the image: the plain Java layout unless set. */
  public FrameworkLayout layout() {
    return layout;
  }

  /**
   * The application as Quarkus built it, when the layout is Quarkus': then the image holds it
   * instead of the plain Java layout of {@link #application}.
   */
  public Optional<QuarkusApplication> quarkus() {
    return application == null
        ? Optional.empty()
        : layout.quarkus(application.jvmFlags(), application.appRoot());
  }

  /**
   * A directory whose tree is copied to the image's root, host permissions kept unless {@link
   * #extraFilePermissions} say otherwise; empty when absent.
   */
  public Optional<Path> extraFiles() {
    return Optional.ofNullable(extraFiles);
  }

  /** Jib's {@code extraDirectories}, in the order their layers go on, above {@link #extraFiles}. */
  public List<ExtraDirectory> extraDirectories() {
    return extraDirectories;
  }

  /** The modes of extra files, by their path in the image. */
  public ExtraFilePermissions extraFilePermissions() {
    return extraFilePermissions;
  }

  public ContainerSettings container() {
    return container;
  }

  public ImageTarget target() {
    return target;
  }

  /** Where image.tar, image.digest, image.id and image.json are written. */
  public Path outputDir() {
    return outputDir;
  }

  /** The user-wide cache: linked runtimes and base image layers. */
  public Path cacheDir() {
    return cacheDir;
  }

  /** The project's cache of application layers. */
  public Path applicationCacheDir() {
    return applicationCacheDir;
  }

  /** Whether to stay off the network (Maven's {@code -o}). */
  public boolean offline() {
    return offline;
  }

  /**
   * How registries and engines are reached: credentials, insecure registries, how to call Docker.
   */
  public ImageAccess access() {
    return access;
  }

  /** The platforms to build for; more than one makes an OCI image index. */
  public TargetPlatforms platforms() {
    return platforms;
  }

  /** Whether registries may use plain HTTP or a certificate nobody vouches for. */
  public boolean allowInsecureRegistries() {
    return access.allowInsecureRegistries();
  }

  /** Builds an {@link ImageBuildRequest}. */
  public static final class Builder {
    private BaseImage base;
    private Set<String> jlinkModules = Set.of();
    private JavaApplication application;
    private FrameworkLayout layout;
    private Path extraFiles;
    private List<ExtraDirectory> extraDirectories = List.of();
    private ExtraFilePermissions extraFilePermissions = ExtraFilePermissions.none();
    private ContainerSettings container = ContainerSettings.builder().build();
    private ImageTarget target;
    private Path outputDir;
    private Path cacheDir;
    private Path applicationCacheDir;
    private boolean offline;
    private ImageAccess access = ImageAccess.defaults();
    private TargetPlatforms platforms = TargetPlatforms.unset();

    private Builder() {}

    /** The platforms to build for; by default the base's default. */
    public Builder platforms(TargetPlatforms value) {
      this.platforms = value;
      return this;
    }

    public Builder base(BaseImage value) {
      this.base = value;
      return this;
    }

    public Builder jlinkModules(Set<String> value) {
      this.jlinkModules = value;
      return this;
    }

    public Builder application(JavaApplication value) {
      this.application = value;
      return this;
    }

    /** The framework's layout; by default the plain Java one. */
    public Builder layout(FrameworkLayout value) {
      this.layout = value;
      return this;
    }

    public Builder extraFiles(Path value) {
      this.extraFiles = value;
      return this;
    }

    public Builder extraDirectories(List<ExtraDirectory> value) {
      this.extraDirectories = value;
      return this;
    }

    public Builder extraFilePermissions(ExtraFilePermissions value) {
      this.extraFilePermissions = value;
      return this;
    }

    public Builder container(ContainerSettings value) {
      this.container = value;
      return this;
    }

    public Builder target(ImageTarget value) {
      this.target = value;
      return this;
    }

    public Builder outputDir(Path value) {
      this.outputDir = value;
      return this;
    }

    public Builder cacheDir(Path value) {
      this.cacheDir = value;
      return this;
    }

    public Builder applicationCacheDir(Path value) {
      this.applicationCacheDir = value;
      return this;
    }

    public Builder offline(boolean value) {
      this.offline = value;
      return this;
    }

    /**
     * Credentials, insecure registries and how to call Docker; by default none, no and {@code
     * docker}.
     */
    public Builder access(ImageAccess value) {
      this.access = value;
      return this;
    }

    public ImageBuildRequest build() {
      return new ImageBuildRequest(this);
    }
  }
}
