package dev.entrypoint.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the image lays out a project's application, following the framework's own packaging where it
 * has one this plugin knows:
 *
 * <ul>
 *   <li>Spring Boot (the project uses spring-boot-maven-plugin): the plain Java layout, holding the
 *       dependencies Spring Boot's jar would hold and started with the main class it would start
 *       ({@link SpringBootPackaging});
 *   <li>Quarkus (the project uses quarkus-maven-plugin): the {@code quarkus-app} directory Quarkus'
 *       build makes ({@link QuarkusApplication});
 *   <li>anything else: the plain Java layout, {@code libs/}, {@code resources/}, {@code classes/}.
 * </ul>
 */
public final class FrameworkLayout {

  /** The frameworks whose packaging this plugin follows. */
  public enum Framework {
    PLAIN_JAVA("plain Java"),
    SPRING_BOOT("Spring Boot"),
    QUARKUS("Quarkus");

    private final String shown;

    Framework(String shown) {
      this.shown = shown;
    }

    @Override
    public String toString() {
      return shown;
    }
  }

  private final Framework framework;
  private final List<Dependency> dependencies;
  private final List<String> leftOut;
  private final String mainClass;
  private final Path quarkusApp;

  private FrameworkLayout(
      Framework framework,
      List<Dependency> dependencies,
      List<String> leftOut,
      String mainClass,
      Path quarkusApp) {
    this.framework = framework;
    this.dependencies = List.copyOf(dependencies);
    this.leftOut = List.copyOf(leftOut);
    this.mainClass = mainClass;
    this.quarkusApp = quarkusApp;
  }

  /**
   * The layout of a project with the runtime {@code dependencies}.
   *
   * @param springBoot the project's spring-boot-maven-plugin settings, or {@code null} when it does
   *     not use that plugin
   * @param quarkusApp the directory quarkus-maven-plugin builds the application into, or {@code
   *     null} when the project does not use that plugin
   */
  public static FrameworkLayout of(
      List<Dependency> dependencies, SpringBootPackaging springBoot, Path quarkusApp) {
    if (quarkusApp != null) {
      return new FrameworkLayout(Framework.QUARKUS, dependencies, List.of(), null, quarkusApp);
    }
    if (springBoot == null) {
      return new FrameworkLayout(Framework.PLAIN_JAVA, dependencies, List.of(), null, null);
    }
    List<Dependency> kept = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      Optional<String> why = springBoot.leftOut(dependency);
      if (why.isPresent()) {
        leftOut.add(dependency.jar().getFileName() + " (" + why.get() + ")");
      } else {
        kept.add(dependency);
      }
    }
    return new FrameworkLayout(
        Framework.SPRING_BOOT, kept, leftOut, springBoot.mainClass().orElse(null), null);
  }

  /** The plain Java layout of {@code dependencies}. */
  public static FrameworkLayout plainJava(List<Dependency> dependencies) {
    return of(dependencies, null, null);
  }

  public Framework framework() {
    return framework;
  }

  /** The dependencies that go in the image, in classpath order. */
  public List<Dependency> dependencies() {
    return dependencies;
  }

  /** The main class the framework's configuration names, when it names one. */
  public Optional<String> mainClass() {
    return Optional.ofNullable(mainClass);
  }

  /** The application Quarkus built, started with {@code jvmFlags} from {@code appRoot}. */
  public Optional<QuarkusApplication> quarkus(List<String> jvmFlags, String appRoot) {
    return Optional.ofNullable(quarkusApp)
        .map(dir -> new QuarkusApplication(dir, jvmFlags, appRoot));
  }

  /** What the build log says about the layout: which, why, and what was left out. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    switch (framework) {
      case QUARKUS ->
          notes.add(
              "Application layout: Quarkus (the project uses quarkus-maven-plugin): the image holds "
                  + quarkusApp
                  + " and starts java -jar "
                  + QuarkusApplication.RUNNER
                  + "; libraries in their own layers");
      case SPRING_BOOT -> {
        notes.add(
            "Application layout: Spring Boot (the project uses spring-boot-maven-plugin): plain"
                + " Java layout with the dependencies Spring Boot's jar holds"
                + (mainClass == null ? "" : ", main class " + mainClass)
                + (leftOut.isEmpty() ? "; nothing left out" : "; left out, as Spring Boot does:"));
        leftOut.forEach(jar -> notes.add("  " + jar));
      }
      case PLAIN_JAVA ->
          notes.add(
              "Application layout: plain Java (no framework plugin this plugin follows):"
                  + " libs/, resources/, classes/");
    }
    return notes;
  }

  @Override
  public String toString() {
    return framework.name()
        + " dependencies="
        + dependencies
        + " leftOut="
        + leftOut
        + " mainClass="
        + mainClass
        + " quarkusApp="
        + quarkusApp;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrameworkLayout that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }
}
