package dev.entrypoint.maven;

import com.google.cloud.tools.jib.api.Credential;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The configuration every goal of the plugin shares, so that one {@code <configuration>} of the
 * plugin describes the image once for {@code build}, {@code check}, {@code verify} and {@code
 * explain}: the base ({@code <from>}), the name ({@code <to>}), the launch and config ({@code
 * <container>}), where the outputs are, and the registry settings.
 */
public abstract class AbstractEntrypointMojo extends AbstractMojo {

  /** The base image: {@code <image>} and, for {@code jlink}, {@code <modules>}. */
  @Parameter protected FromConfiguration from = new FromConfiguration();

  /** The image's name ({@code <image>}) and extra {@code <tags>}. */
  @Parameter protected ToConfiguration to = new ToConfiguration();

  /** The launch contract, ENTRYPOINT/CMD and the rest of the image config. */
  @Parameter protected ContainerConfiguration container = new ContainerConfiguration();

  /**
   * Where {@code image.tar}, {@code image.digest}, {@code image.id}, {@code image.json} and reports
   * go.
   */
  @Parameter(
      property = "entrypoint.outputDirectory",
      defaultValue = "${project.build.directory}/entrypoint")
  protected File outputDirectory;

  /**
   * Allow registries that use plain HTTP or an untrusted certificate, such as a local test
   * registry. Credentials are then sent over HTTP to a registry on this machine only.
   */
  @Parameter(property = "entrypoint.allowInsecureRegistries", defaultValue = "false")
  protected boolean allowInsecureRegistries;

  /** Skip every goal of this plugin. */
  @Parameter(property = "entrypoint.skip", defaultValue = "false")
  protected boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true)
  protected Settings settings;

  @Component protected SettingsDecrypter settingsDecrypter;

  /** {@code -D} overrides for the nested settings. */
  protected UserProperties properties() {
    return new UserProperties(session, project);
  }

  /** The core's log, routed to Maven's. */
  protected BuildLog buildLog() {
    return new MavenBuildLog(getLog());
  }

  /** The image's name: {@code <to><image>}, or {@code artifactId:version}. */
  protected String targetImage() {
    String image = properties().string("entrypoint.to.image", to.image);
    if (image == null || image.isBlank()) {
      return project.getArtifactId().toLowerCase(Locale.ROOT) + ":" + project.getVersion();
    }
    return image;
  }

  /**
   * The project's application as {@code build} puts it in the image: the compiled classes, the
   * given dependencies, {@code <mainClass>} (or when it is not set, {@code frameworkMainClass}, the
   * one the framework's own plugin would start, which may be {@code null}), {@code <jvmFlags>} and
   * {@code <appRoot>}.
   */
  protected JavaApplication javaApplication(
      List<Dependency> dependencies, String frameworkMainClass) {
    UserProperties properties = properties();
    String appRoot = properties.string("entrypoint.container.appRoot", container.appRoot);
    String mainClass = properties.string("entrypoint.container.mainClass", container.mainClass);
    return new JavaApplication(
        Path.of(project.getBuild().getOutputDirectory()),
        dependencies,
        mainClass == null || mainClass.isBlank() ? frameworkMainClass : mainClass,
        properties.list("entrypoint.container.jvmFlags", container.jvmFlags),
        appRoot == null ? "" : appRoot);
  }

  /**
   * How the image lays out the application with the runtime {@code dependencies}: as the framework
   * plugin the project builds with would (spring-boot-maven-plugin, quarkus-maven-plugin), or
   * plain.
   */
  protected FrameworkLayout frameworkLayout(List<Dependency> dependencies) {
    Properties projectAndUser = new Properties();
    projectAndUser.putAll(project.getProperties());
    if (session != null) {
      projectAndUser.putAll(session.getUserProperties());
    }
    return FrameworkLayout.of(
        dependencies,
        FrameworkPlugins.springBoot(project, projectAndUser),
        FrameworkPlugins.quarkusApp(project));
  }

  /** The {@code <container>} settings, with their {@code -D} overrides applied. */
  protected ContainerSettings containerSettings() {
    UserProperties properties = properties();
    return ContainerSettings.builder()
        .launch(
            LaunchContract.parse(
                properties.string("entrypoint.container.launch", container.launch),
                "<container><launch>"))
        .entrypoint(properties.list("entrypoint.container.entrypoint", container.entrypoint))
        .entrypointShell(
            properties.string("entrypoint.container.entrypointShell", container.entrypointShell))
        .cmd(properties.list("entrypoint.container.cmd", container.cmd))
        .cmdShell(properties.string("entrypoint.container.cmdShell", container.cmdShell))
        .environment(container.environment)
        .ports(properties.list("entrypoint.container.ports", container.ports))
        .labels(container.labels)
        .user(properties.string("entrypoint.container.user", container.user))
        .workingDirectory(
            properties.string("entrypoint.container.workingDirectory", container.workingDirectory))
        .volumes(properties.list("entrypoint.container.volumes", container.volumes))
        .format(
            ManifestFormat.parse(
                properties.string("entrypoint.container.format", container.format)))
        .creationTime(
            creationTime(
                properties.string("entrypoint.container.creationTime", container.creationTime)))
        .build();
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
          "<container><creationTime> is '"
              + value
              + "': use EPOCH (the default, reproducible),"
              + " USE_CURRENT_TIMESTAMP, or an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
    }
  }

  /**
   * Registry credentials from settings.xml servers whose id is a registry host; decrypted, never
   * logged.
   */
  protected Map<String, Credential> credentials() {
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
        credentials.put(
            server.getId(), Credential.from(server.getUsername(), server.getPassword()));
      }
    }
    return credentials;
  }
}
