package dev.entrypoint.maven;

import dev.entrypoint.build.BuildSummary;
import dev.entrypoint.build.BuiltImage;
import dev.entrypoint.build.ImageBuildRequest;
import dev.entrypoint.build.ImageBuilder;
import dev.entrypoint.build.ImageTarget;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.FrameworkLayout;
import dev.entrypoint.project.JavaApplication;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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

  /** The cache of linked runtimes and base image layers, shared by all projects of the user. */
  @Parameter(
      property = "entrypoint.cacheDirectory",
      defaultValue = "${user.home}/.cache/entrypoint-maven-plugin")
  private File cacheDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping entrypoint:build (entrypoint.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog()
          .info("Skipping entrypoint:build: packaging 'pom' has no application to put in an image");
      return;
    }
    GoalFailures.run(
        "entrypoint:build",
        () -> {
          BuiltImage image = new ImageBuilder(buildLog()).build(request());
          BuildSummary.of(image, project.getBasedir().toPath()).forEach(getLog()::info);
        });
  }

  ImageBuildRequest request() {
    UserProperties properties = properties();
    Path basedir = project.getBasedir().toPath();
    FrameworkLayout layout = frameworkLayout(dependencies());
    return ImageBuildRequest.builder()
        .base(BaseImage.parse(properties.string("entrypoint.from.image", from.image), basedir))
        .jlinkModules(new LinkedHashSet<>(properties.list("entrypoint.from.modules", from.modules)))
        .application(application(layout))
        .layout(layout)
        .extraFiles(extraDirectory.toPath())
        .container(containerSettings())
        .target(
            ImageTarget.of(target, targetImage(), properties.list("entrypoint.to.tags", to.tags)))
        .outputDir(outputDirectory.toPath())
        .cacheDir(cacheDirectory.toPath())
        .applicationCacheDir(Path.of(project.getBuild().getDirectory(), "entrypoint-cache"))
        .offline(session != null && session.isOffline())
        .access(imageAccess(EngineChoice.DOCKER))
        .build();
  }

  private JavaApplication application(FrameworkLayout layout) {
    return javaApplication(layout.dependencies(), layout.mainClass().orElse(null));
  }

  private List<Dependency> dependencies() {
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
