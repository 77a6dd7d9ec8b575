package dev.entrypoint.policy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.CommandForm;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchDeclaration;
import dev.entrypoint.launch.LaunchSpec;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The image a pom declares, worked out before anything is built: the launch {@code <container>}
 * asks for (the Java command when it names none) applied to what is known of the base image, and
 * the rest of the config. The base is known for {@code jlink} and {@code scratch} (an empty config)
 * and for a {@code tar://} base (read from the tarball); a registry or daemon base is not.
 */
public final class DeclaredImage {

  /** What is known of a base image before the build. */
  private record KnownBase(ImageLaunch launch, String user, boolean healthcheck) {}

  private DeclaredImage() {}

  /**
   * The image {@code settings} declare on {@code base}; {@code javaCommand} is the project's {@code
   * java ... MainClass} command, or {@code null} when it has none. Findings point at {@code pom}.
   */
  public static ImageInput of(
      Location pom, ContainerSettings settings, BaseImage base, List<String> javaCommand) {
    Optional<KnownBase> known = known(base);
    ImageInput.Builder image =
        ImageInput.builder(ImageInput.Origin.DECLARED, pom)
            .contract(settings.launch())
            .env(settings.environment())
            .user(
                settings.user() != null ? settings.user() : known.map(KnownBase::user).orElse(""),
                settings.user() != null || known.isPresent())
            .workingDir(settings.workingDirectory())
            .exposedPorts(settings.ports())
            .healthcheck(known.map(KnownBase::healthcheck).orElse(null))
            .baseDescription("base image " + base);
    if (base.kind() == BaseImage.Kind.REGISTRY) {
      image.baseImage(base.reference());
    }
    LaunchDeclaration declaration = settings.declaration();
    LaunchSpec spec;
    try {
      spec = declaration.spec(javaCommand);
    } catch (ConfigurationException invalid) {
      return image.invalidLaunchSettings(invalid.getMessage()).build();
    }
    if (known.isPresent()) {
      ImageLaunch baseLaunch = known.get().launch();
      image.launch(spec.applyTo(baseLaunch), true);
      if (spec.dropsBaseCmd(baseLaunch)) {
        image.droppedBaseCmd(baseLaunch);
      }
    } else {
      image.launch(ImageLaunch.of(spec.entrypoint(), spec.cmd()), spec.entrypoint() != null);
    }
    boolean javaRuns = declaration.usesJavaCommand() && javaCommand != null;
    String inherited = "inherited from base image " + base;
    String entrypointSource =
        settings.entrypointShell() != null
            ? "<container><entrypointShell>"
            : spec.entrypoint() != null && settings.entrypoint() != null
                ? "<container><entrypoint>"
                : javaRuns && spec.contract() == LaunchContract.ARGUMENTS
                    ? "the Java command (the ENTRYPOINT of launch 'arguments')"
                    : "the ENTRYPOINT " + inherited;
    String cmdSource =
        settings.cmdShell() != null
            ? "<container><cmdShell>"
            : settings.cmd() != null && !spec.inheritsCmd()
                ? "<container><cmd>"
                : javaRuns && spec.contract() == LaunchContract.COMMAND
                    ? "the Java command (the CMD of launch 'command')"
                    : settings.args() != null ? "<container><args>" : "the CMD " + inherited;
    return image
        .sources(entrypointSource, cmdSource)
        .forms(
            settings.entrypointShell() != null
                ? CommandForm.SHELL
                : spec.entrypoint() != null ? CommandForm.EXEC : null,
            settings.cmdShell() != null
                ? CommandForm.SHELL
                : spec.cmd() != null ? CommandForm.EXEC : null)
        .build();
  }

  /**
   * The launch, user and health check of {@code base}, where they are known before the build: none
   * for {@code jlink} and {@code scratch}, the tarball's for {@code tar://}; empty otherwise, and
   * when the tarball cannot be read (the build reports that).
   */
  private static Optional<KnownBase> known(BaseImage base) {
    switch (base.kind()) {
      case JLINK, SCRATCH -> {
        return Optional.of(new KnownBase(ImageLaunch.none(), "", false));
      }
      case TAR -> {
        try (ImageArchive archive = ImageArchive.open(base.tarPath())) {
          ImageConfig config = archive.config();
          return Optional.of(
              new KnownBase(config.launch(), config.user(), config.hasHealthcheck()));
        } catch (IOException unreadable) {
          return Optional.empty();
        }
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
