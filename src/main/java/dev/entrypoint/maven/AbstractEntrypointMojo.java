package dev.entrypoint.maven;

import static dev.entrypoint.maven.NestedProperty.FROM_AUTH_PASSWORD;
import static dev.entrypoint.maven.NestedProperty.FROM_AUTH_USERNAME;
import static dev.entrypoint.maven.NestedProperty.FROM_IMAGE;
import static dev.entrypoint.maven.NestedProperty.FROM_PLATFORMS;
import static dev.entrypoint.maven.NestedProperty.TO_AUTH_PASSWORD;
import static dev.entrypoint.maven.NestedProperty.TO_AUTH_USERNAME;
import static dev.entrypoint.maven.NestedProperty.TO_IMAGE;

import com.google.cloud.tools.jib.api.Credential;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.build.DefaultBase;
import dev.entrypoint.build.TargetPlatforms;
import dev.entrypoint.image.RegistryCredentials;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
 * What every goal of the plugin shares: one {@code <configuration>} describes the image once for
 * {@code build}, {@code check}, {@code verify} and {@code explain}; settings are read by {@link
 * PluginSettings} with one precedence rule (command line, then pom, then {@code <properties>});
 * skips are logged the same way; the core's failures are mapped by {@link GoalFailures}. A goal
 * only says when it is skipped and how it runs.
 */
public abstract class AbstractEntrypointMojo extends AbstractMojo {

  /** A password Maven's settings-security encrypted: {@code {...}}, as Maven itself finds one. */
  private static final Pattern ENCRYPTED = Pattern.compile("\\{[^}]+}");

  /**
   * The base image: {@code <image>} (property {@code entrypoint.from.image}): a registry reference,
   * {@code docker://NAME}, {@code tar://PATH}, {@code scratch}, or {@code jlink}, by default {@code
   * jlink} on a Linux host of every target platform's architecture, else {@code
   * eclipse-temurin:<release>-jre}; {@code <platforms>} ({@code entrypoint.from.platforms}); {@code
   * <modules>} ({@code entrypoint.from.modules}): for {@code jlink}, the modules to link instead of
   * those jdeps finds; {@code <auth>} ({@code entrypoint.from.auth.username}, {@code
   * entrypoint.from.auth.password}).
   */
  @Parameter protected FromConfiguration from = new FromConfiguration();

  /**
   * The image's name: {@code <image>} (property {@code entrypoint.to.image}, default {@code
   * artifactId:version}), extra {@code <tags>} ({@code entrypoint.to.tags}), and {@code <auth>} for
   * its registry ({@code entrypoint.to.auth.username}, {@code entrypoint.to.auth.password}).
   */
  @Parameter protected ToConfiguration to = new ToConfiguration();

  /**
   * The launch contract, ENTRYPOINT/CMD and the rest of the image config; every element and its
   * default is in docs/parameters.md. Properties: {@code entrypoint.container.launch}, {@code
   * entrypoint.container.entrypoint}, {@code entrypoint.container.entrypointShell}, {@code
   * entrypoint.container.cmd}, {@code entrypoint.container.cmdShell}, {@code
   * entrypoint.container.args}, {@code entrypoint.container.mainClass}, {@code
   * entrypoint.container.jvmFlags}, {@code entrypoint.container.environment}, {@code
   * entrypoint.container.ports}, {@code entrypoint.container.labels}, {@code
   * entrypoint.container.user}, {@code entrypoint.container.workingDirectory}, {@code
   * entrypoint.container.volumes}, {@code entrypoint.container.format}, {@code
   * entrypoint.container.creationTime}, {@code entrypoint.container.appRoot}.
   */
  @Parameter protected ContainerConfiguration container = new ContainerConfiguration();

  /** Where the image, its description and the reports go. */
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
  protected Settings mavenSettings;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  protected MojoExecution mojoExecution;

  @Component protected SettingsDecrypter settingsDecrypter;

  private PluginSettings settings;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String goal = "entrypoint:" + goal();
    GoalFailures.run(
        goal, () -> settings().overrideParameters(this, descriptor(), basedir().toFile()));
    Optional<String> skipped = skipReason();
    if (skipped.isPresent()) {
      getLog().info("Skipping " + goal + " (" + skipped.get() + ")");
      return;
    }
    GoalFailures.run(goal, this::run);
  }

  /** The goal's name, such as {@code build}. */
  protected abstract String goal();

  /** Why the goal does not run this time, or empty when it runs. */
  protected Optional<String> skipReason() {
    return skip ? Optional.of("entrypoint.skip") : Optional.empty();
  }

  /** The goal's work: read its settings, call the core, report. */
  protected abstract void run() throws Exception;

  /** The settings reader, with the command line's and the pom's properties. */
  protected PluginSettings settings() {
    if (settings == null) {
      settings =
          new PluginSettings(
              session == null ? null : session.getUserProperties(),
              project == null ? null : project.getProperties());
    }
    return settings;
  }

  /** The core's log, routed to Maven's. */
  protected BuildLog buildLog() {
    return new MavenBuildLog(getLog());
  }

  /** The project's directory, or the working directory when there is no project. */
  protected Path basedir() {
    return project != null && project.getBasedir() != null
        ? project.getBasedir().toPath()
        : Path.of("").toAbsolutePath();
  }

  /**
   * The directory the build runs from: paths in findings, reports and messages are relative to it.
   */
  protected Path root() {
    String top = session == null ? null : session.getExecutionRootDirectory();
    return top == null ? basedir() : Path.of(top);
  }

  /** Whether the project has no application to put in an image ({@code pom} packaging). */
  protected boolean isPomProject() {
    return project != null && "pom".equals(project.getPackaging());
  }

  /** Whether Maven runs offline ({@code -o}). */
  protected boolean offline() {
    return session != null && session.isOffline();
  }

  /** The image's name: {@code <to><image>}, or {@code artifactId:version}. */
  protected String targetImage() {
    String image = settings().string(TO_IMAGE, to.image);
    if (image == null || image.isBlank()) {
      return project.getArtifactId().toLowerCase(Locale.ROOT) + ":" + project.getVersion();
    }
    return image;
  }

  /** {@code <from><platforms>}; a mistake in it goes to {@code problems}. */
  protected TargetPlatforms platforms(ConfigurationProblems problems) {
    List<String> configured =
        from.platforms == null
            ? null
            : from.platforms.stream().map(PlatformConfiguration::toString).toList();
    List<String> platforms = settings().list(FROM_PLATFORMS, configured);
    return problems.read(
        () -> TargetPlatforms.parse(platforms == null ? List.of() : platforms),
        TargetPlatforms.unset());
  }

  /**
   * {@code <from><image>}; when it is not set, the default base for this host and the platforms,
   * and {@code why} is told which and why. A mistake in it goes to {@code problems}.
   */
  protected BaseImage base(ConfigurationProblems problems, Consumer<String> why)
      throws IOException {
    String image = settings().string(FROM_IMAGE, from.image);
    if (image != null && !image.isBlank()) {
      return problems.read(() -> BaseImage.parse(image, basedir()), null);
    }
    DefaultBase chosen =
        DefaultBase.forProject(
            platforms(problems), Path.of(project.getBuild().getOutputDirectory()), basedir());
    why.accept(chosen.reason());
    return chosen.base();
  }

  /** The {@code <container>} settings; mistakes go to {@code problems}. */
  protected ContainerSettings containerSettings(ConfigurationProblems problems) {
    return container.settings(settings(), problems);
  }

  /**
   * The project's application with {@code dependencies}: the compiled classes, {@code <mainClass>}
   * (or when it is not set, {@code frameworkMainClass}, the one the framework's own plugin would
   * start, which may be {@code null}), {@code <jvmFlags>} and {@code <appRoot>}. Mistakes go to
   * {@code problems}.
   */
  protected JavaApplication javaApplication(
      List<Dependency> dependencies, String frameworkMainClass, ConfigurationProblems problems) {
    return container.application(
        settings(),
        Path.of(project.getBuild().getOutputDirectory()),
        dependencies,
        frameworkMainClass,
        CompiledJavaVersion.of(project),
        problems);
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

  /**
   * Where registry credentials come from: {@code <from>}/{@code <to>} {@code <auth>} and their
   * {@code -D} properties, settings.xml servers (decrypted), then the user's Docker and Podman auth
   * files. Never logged.
   */
  protected RegistryCredentials credentials() {
    RegistryCredentials chain =
        RegistryCredentials.ofUser(System.getenv(), Path.of(System.getProperty("user.home")));
    chain =
        withAuth(
            chain,
            RegistryCredentials.Use.PULL,
            settings().string(FROM_IMAGE, from.image),
            from.auth,
            FROM_AUTH_USERNAME,
            FROM_AUTH_PASSWORD);
    chain =
        withAuth(
            chain,
            RegistryCredentials.Use.PUSH,
            targetImage(),
            to.auth,
            TO_AUTH_USERNAME,
            TO_AUTH_PASSWORD);
    if (mavenSettings == null || mavenSettings.getServers().isEmpty()) {
      return chain;
    }
    SettingsDecryptionResult decrypted =
        settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(mavenSettings));
    for (SettingsProblem problem : decrypted.getProblems()) {
      getLog().warn("settings.xml: " + problem.getMessage());
    }
    for (Server server : decrypted.getServers()) {
      if (server.getUsername() != null && server.getPassword() != null) {
        Server written = mavenSettings.getServer(server.getId());
        boolean encrypted =
            written != null
                && written.getPassword() != null
                && ENCRYPTED.matcher(written.getPassword()).find();
        chain =
            chain.withServer(
                server.getId(),
                Credential.from(server.getUsername(), server.getPassword()),
                encrypted);
      }
    }
    return chain;
  }

  private RegistryCredentials withAuth(
      RegistryCredentials chain,
      RegistryCredentials.Use use,
      String image,
      AuthConfiguration auth,
      NestedProperty username,
      NestedProperty password) {
    PluginSettings read = settings();
    AuthConfiguration pom = auth == null ? new AuthConfiguration() : auth;
    boolean commandLine =
        read.onCommandLine(username.property()) || read.onCommandLine(password.property());
    return chain.withAuth(
        use,
        image,
        read.string(username, pom.username),
        read.string(password, pom.password),
        commandLine
            ? "-D" + username.property() + "/-D" + password.property()
            : "<" + username.parameter() + "><auth> in the pom");
  }

  private org.apache.maven.plugin.descriptor.MojoDescriptor descriptor() {
    return mojoExecution == null ? null : mojoExecution.getMojoDescriptor();
  }
}
