package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.image.HostPlatform;
import dev.entrypoint.project.BaseImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The base image when {@code <from><image>} is not set: {@code jlink} (offline, the smallest) where
 * it can serve, which is on a Linux build host whose architecture is every target platform's;
 * otherwise a registry JRE image for the project's Java release, {@code
 * eclipse-temurin:<release>-jre}, which is published for linux/amd64 and linux/arm64 among others.
 *
 * @param base the base image chosen
 * @param reason why, for the log
 */
public record DefaultBase(BaseImage base, String reason) {

  /**
   * The default base on this build host for {@code targets}, for the Java release the newest class
   * in {@code classesDir} needs (the running JDK's when there is none yet).
   */
  public static DefaultBase forProject(TargetPlatforms targets, Path classesDir, Path projectDir)
      throws IOException {
    int release =
        ClassFileVersions.newest(classesDir)
            .map(ClassFileVersions.NeededRelease::release)
            .orElse(Runtime.version().feature());
    return choose(
        System.getProperty("os.name", ""),
        new Platform(HostPlatform.architecture(), HostPlatform.OS),
        targets,
        release,
        projectDir);
  }

  /**
   * The default base for a build host running {@code hostOs} (the JVM's {@code os.name}) on {@code
   * hostPlatform}, building for {@code targets}, whose classes need Java {@code release}.
   */
  public static DefaultBase choose(
      String hostOs, Platform hostPlatform, TargetPlatforms targets, int release, Path projectDir) {
    String registryJre = "eclipse-temurin:" + release + "-jre";
    if (!hostOs.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return new DefaultBase(
          BaseImage.parse(registryJre, projectDir),
          "the default base is "
              + registryJre
              + " because this build host runs "
              + hostOs
              + ", and a jlink base takes its runtime and libraries from a Linux host;"
              + " set <from><image> to choose another");
    }
    if (!targets.allAre(hostPlatform)) {
      return new DefaultBase(
          BaseImage.parse(registryJre, projectDir),
          "the default base is "
              + registryJre
              + " because the image is for "
              + targets
              + " and a jlink base holds this host's runtime, for "
              + TargetPlatforms.name(hostPlatform)
              + " only; set <from><image> to choose another");
    }
    return new DefaultBase(
        BaseImage.parse("jlink", projectDir),
        "the default base is jlink, a runtime linked from this JDK for "
            + TargetPlatforms.name(hostPlatform)
            + ", built offline; set <from><image> to choose another");
  }
}
