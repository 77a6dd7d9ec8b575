package dev.entrypoint.maven;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.build.BaseImage;
import dev.entrypoint.build.BuildSummary;
import dev.entrypoint.build.BuiltImage;
import dev.entrypoint.build.ContainerSettings;
import dev.entrypoint.build.Dependency;
import dev.entrypoint.build.ImageBuildRequest;
import dev.entrypoint.build.ImageBuilder;
import dev.entrypoint.build.ImageTarget;
import dev.entrypoint.build.JavaApplication;
import dev.entrypoint.launch.LaunchContract;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Builds an OCI image of the project with jib-core: the application's dependencies, resources and
 * classes as layers on a base image, an ENTRYPOINT and CMD from the declared launch contract. By
 * default the base is a runtime linked from the JDK running Maven and the image goes to
 * {@code target/entrypoint/image.tar}, which {@code docker load} and {@code podman load} accept: no
 * daemon, registry or network needed.
 */
@Mojo(
    name = "build",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class BuildMojo extends AbstractMojo {

  /** The base image: {@code <image>} and, for {@code jlink}, {@code <modules>}. */
  @Parameter private FromConfiguration from = new FromConfiguration();

  /** The image's name ({@code <image>}) and extra {@code <tags>}. */
  @Parameter private ToConfiguration to = new ToConfiguration();

  /** The launch contract, ENTRYPOINT/CMD and the rest of the image config. */
  @Parameter private ContainerConfiguration container = new ContainerConfiguration();

  /**
   * Where the image goes: {@code tar} (an image tarball in {@link #outputDirectory}), {@code docker}
   * (the local Docker daemon) or {@code registry} (pushed to the registry in {@code <to><image>}).
   */
  @Parameter(property = "entrypoint.target", defaultValue = "tar")
  private String target;

  /**
   * A directory whose files are copied to the image's root, keeping their permissions (so scripts
   * stay executable).
   */
  @Parameter(property = "entrypoint.extraDirectory", defaultValue = "${project.basedir}/src/main/image")
  private File extraDirectory;

  /** Where {@code image.tar}, {@code image.digest}, {@code image.id} and {@code image.json} go. */
  @Parameter(property = "entrypoint.outputDirectory", defaultValue = "${project.build.directory}/entrypoint")
  private File outputDirectory;

  /** The cache of linked runtimes and base image layers, shared by all projects of the user. */
  @Parameter(property = "entrypoint.cacheDirectory", defaultValue = "${user.home}/.cache/entrypoint-maven-plugin")
  private File cacheDirectory;

  /**
   * Allow registries that use plain HTTP or an untrusted certificate, such as a local test registry.
   * Credentials are then sent over HTTP to a registry on this machine only.
   */
  @Parameter(property = "entrypoint.allowInsecureRegistries", defaultValue = "false")
  private boolean allowInsecureRegistries;

  /** Skip the build (and every other goal of this plugin, which honour the same property). */
  @Parameter(property = "entrypoint.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Component private SettingsDecrypter settingsDecrypter;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping entrypoint:build (entrypoint.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Skipping entrypoint:build: packaging 'pom' has no application to put in an image");
      return;
    }
    GoalFailures.run("entrypoint:build", () -> {
      BuiltImage image = new ImageBuilder(new MavenBuildLog(getLog())).build(request());
      BuildSummary.of(image, project.getBasedir().toPath()).forEach(getLog()::info);
    });
  }

  ImageBuildRequest request() {
    UserProperties properties = new UserProperties(session, project);
    Path basedir = project.getBasedir().toPath();
    String targetImage = properties.string("entrypoint.to.image", to.image);
    if (targetImage == null || targetImage.isBlank()) {
      targetImage = project.getArtifactId().toLowerCase(Locale.ROOT) + ":" + project.getVersion();
    }
    return ImageBuildRequest.builder()
        .base(BaseImage.parse(properties.string("entrypoint.from.image", from.image), basedir))
        .jlinkModules(new LinkedHashSet<>(properties.list("entrypoint.from.modules", from.modules)))
        .application(application(properties))
        .extraFiles(extraDirectory.toPath())
        .container(containerSettings(properties))
        .target(ImageTarget.of(target, targetImage, properties.list("entrypoint.to.tags", to.tags)))
        .outputDir(outputDirectory.toPath())
        .cacheDir(cacheDirectory.toPath())
        .applicationCacheDir(Path.of(project.getBuild().getDirectory(), "entrypoint-cache"))
        .offline(session != null && session.isOffline())
        .allowInsecureRegistries(allowInsecureRegistries)
        .credentials(credentials())
        .build();
  }

  private JavaApplication application(UserProperties properties) {
    List<Dependency> dependencies = new ArrayList<>();
    Set<String> reactor = new LinkedHashSet<>();
    if (session != null) {
      session.getProjects().forEach(p -> reactor.add(p.getGroupId() + ":" + p.getArtifactId()));
    }
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() == null) {
        continue;
      }
      Dependency.Kind kind =
          reactor.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())
              ? Dependency.Kind.PROJECT
              : artifact.isSnapshot() ? Dependency.Kind.SNAPSHOT : Dependency.Kind.RELEASE;
      dependencies.add(new Dependency(artifact.getFile().toPath(), kind));
    }
    String appRoot = properties.string("entrypoint.container.appRoot", container.appRoot);
    if (appRoot == null || !appRoot.startsWith("/")) {
      throw new ConfigurationException(
          "<container><appRoot> is '" + appRoot + "': write an absolute path such as /app.");
    }
    return new JavaApplication(
        Path.of(project.getBuild().getOutputDirectory()),
        dependencies,
        properties.string("entrypoint.container.mainClass", container.mainClass),
        properties.list("entrypoint.container.jvmFlags", container.jvmFlags),
        AbsoluteUnixPath.get(appRoot));
  }

  private ContainerSettings containerSettings(UserProperties properties) {
    return ContainerSettings.builder()
        .launch(LaunchContract.parse(
            properties.string("entrypoint.container.launch", container.launch), "<container><launch>"))
        .entrypoint(properties.list("entrypoint.container.entrypoint", container.entrypoint))
        .entrypointShell(properties.string("entrypoint.container.entrypointShell", container.entrypointShell))
        .cmd(properties.list("entrypoint.container.cmd", container.cmd))
        .cmdShell(properties.string("entrypoint.container.cmdShell", container.cmdShell))
        .environment(container.environment)
        .ports(properties.list("entrypoint.container.ports", container.ports))
        .labels(container.labels)
        .user(properties.string("entrypoint.container.user", container.user))
        .workingDirectory(properties.string("entrypoint.container.workingDirectory", container.workingDirectory))
        .volumes(properties.list("entrypoint.container.volumes", container.volumes))
        .format(format(properties.string("entrypoint.container.format", container.format)))
        .creationTime(creationTime(properties.string("entrypoint.container.creationTime", container.creationTime)))
        .build();
  }

  private static ImageFormat format(String value) {
    for (ImageFormat format : ImageFormat.values()) {
      if (format.name().equalsIgnoreCase(value.strip())) {
        return format;
      }
    }
    throw new ConfigurationException(
        "<container><format> is '" + value + "': use OCI (the default) or Docker.");
  }

  private static Instant creationTime(String value) {
    String trimmed = value.strip();
    if (trimmed.equalsIgnoreCase("EPOCH")) {
      return Instant.EPOCH;
    }
    if (trimmed.equalsIgnoreCase("USE_CURRENT_TIMESTAMP")) {
      return Instant.now();
    }
    try {
      return Instant.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(
          "<container><creationTime> is '" + value + "': use EPOCH (the default, reproducible),"
              + " USE_CURRENT_TIMESTAMP, or an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
    }
  }

  /** Registry credentials from settings.xml servers whose id is a registry host; decrypted, never logged. */
  private Map<String, Credential> credentials() {
    Map<String, Credential> credentials = new TreeMap<>();
    if (settings == null || settings.getServers().isEmpty()) {
      return credentials;
    }
    SettingsDecryptionResult decrypted =
        settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(settings));
    for (SettingsProblem problem : decrypted.getProblems()) {
      getLog().warn("settings.xml: " + problem.getMessage());
    }
    for (Server server : decrypted.getServers()) {
      if (server.getUsername() != null && server.getPassword() != null) {
        credentials.put(server.getId(), Credential.from(server.getUsername(), server.getPassword()));
      }
    }
    return credentials;
  }
}
