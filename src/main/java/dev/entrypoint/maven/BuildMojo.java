package dev.entrypoint.maven;

import static dev.entrypoint.maven.NestedProperty.FROM_MODULES;
import static dev.entrypoint.maven.NestedProperty.TO_TAGS;

import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.build.BuildSummary;
import dev.entrypoint.build.BuiltImage;
import dev.entrypoint.build.ExtraFilePermissions;
import dev.entrypoint.build.ImageBuildRequest;
import dev.entrypoint.build.ImageBuilder;
import dev.entrypoint.build.ImageTarget;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.FrameworkLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds an OCI image of the project with jib-core: the application's dependencies, resources and
 * classes as layers on a base image, an ENTRYPOINT and CMD from the declared launch contract. By
 * default the base is a runtime linked from the JDK running Maven and the image goes to {@code
 * target/entrypoint/image.tar}, which {@code docker load} and {@code podman load} accept: no
 * daemon, registry or network needed. An image whose inputs have not changed is not built again.
 * {@code check}, {@code verify} and {@code explain} then look at the image wherever it went.
 */
@Mojo(
    name = "build",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class BuildMojo extends AbstractEngineMojo {

  /**
   * Where the image goes: {@code tar} (an image tarball in the output directory), {@code docker}
   * (the local Docker daemon) or {@code registry} (pushed to the registry in {@code <to><image>}).
   */
  @Parameter(property = "entrypoint.target", defaultValue = "tar")
  private String target;

  /**
   * A directory whose files are copied to the image's root, keeping their permissions (so scripts
   * stay executable).
   */
  @Parameter(
      property = "entrypoint.extraDirectory",
      defaultValue = "${project.basedir}/src/main/image")
  private File extraDirectory;

  /**
   * Further directories to copy into the image, as jib-maven-plugin's {@code <extraDirectories>}:
   * {@code <paths>} ({@code <path>} with {@code <from>}, {@code <into>}, {@code <includes>}, {@code
   * <excludes>}) and {@code <permissions>} ({@code <permission>} with {@code <file>}, {@code
   * <mode>}). Their files get Jib's modes, 644 and 755 for directories, unless a permission names
   * them; their layers go on above {@code <extraDirectory>}'s. Properties {@code
   * entrypoint.extraDirectories.paths} (comma-separated directories, each copied to {@code /}) and
   * {@code entrypoint.extraDirectories.permissions} ({@code /app/run.sh=755,/app/conf/*=640}).
   */
  @Parameter
  private ExtraDirectoriesConfiguration extraDirectories = new ExtraDirectoriesConfiguration();

  /** The cache of linked runtimes and base image layers, shared by all projects of the user. */
  @Parameter(
      property = "entrypoint.cacheDirectory",
      defaultValue = "${user.home}/.cache/entrypoint-maven-plugin")
  private File cacheDirectory;

  @Override
  protected String goal() {
    return "build";
  }

  @Override
  protected Optional<String> skipReason() {
    if (isPomProject()) {
      return Optional.of("packaging 'pom' has no application to put in an image");
    }
    return super.skipReason();
  }

  @Override
  protected void run() throws Exception {
    BuiltImage image = new ImageBuilder(buildLog()).build(request());
    BuildSummary.of(image, basedir()).forEach(getLog()::info);
  }

  ImageBuildRequest request() throws IOException {
    ConfigurationProblems problems = new ConfigurationProblems();
    PluginSettings read = settings();
    FrameworkLayout layout = frameworkLayout(dependencies());
    ImageBuildRequest.Builder request =
        ImageBuildRequest.builder()
            .base(base(problems, getLog()::info))
            .platforms(platforms(problems))
            .jlinkModules(new LinkedHashSet<>(read.listOrEmpty(FROM_MODULES, from.modules)))
            .application(
                javaApplication(layout.dependencies(), layout.mainClass().orElse(null), problems))
            .layout(layout)
            .extraFiles(extraDirectory.toPath())
            .extraDirectories(
                problems.read(() -> extraDirectories.directories(read, basedir()), List.of()))
            .extraFilePermissions(
                problems.read(
                    () -> extraDirectories.filePermissions(read), ExtraFilePermissions.none()))
            .container(containerSettings(problems))
            .target(
                problems.read(
                    () -> ImageTarget.of(target, targetImage(), read.listOrEmpty(TO_TAGS, to.tags)),
                    null))
            .outputDir(outputDirectory.toPath())
            .cacheDir(cacheDirectory.toPath())
            .applicationCacheDir(Path.of(project.getBuild().getDirectory(), "entrypoint-cache"))
            .offline(offline())
            .access(imageAccess(EngineChoice.DOCKER));
    problems.throwIfAny();
    return request.build();
  }

  /** The runtime classpath in Maven's order, each jar with the layer it belongs in. */
  private List<Dependency> dependencies() {
    Set<String> reactor = new LinkedHashSet<>();
    if (session != null) {
      session.getProjects().forEach(p -> reactor.add(p.getGroupId() + ":" + p.getArtifactId()));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() == null) {
        continue;
      }
      Dependency.Kind kind =
          reactor.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())
              ? Dependency.Kind.PROJECT
              : artifact.isSnapshot() ? Dependency.Kind.SNAPSHOT : Dependency.Kind.RELEASE;
      dependencies.add(
          new Dependency(
              artifact.getFile().toPath(),
              kind,
              new Dependency.Coordinates(
                  artifact.getGroupId(),
                  artifact.getArtifactId(),
                  artifact.getClassifier(),
                  artifact.isOptional())));
    }
    return dependencies;
  }
}
