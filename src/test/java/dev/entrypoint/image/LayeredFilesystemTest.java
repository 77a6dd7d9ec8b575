package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.build.ImageBuildRequest;
import dev.entrypoint.build.ImageBuilder;
import dev.entrypoint.build.ImageTarget;
import dev.entrypoint.image.ImageFile.Type;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which beginnings of files are kept, a real image built by the plugin, and how fast layers are
 * read.
 */
class LayeredFilesystemTest {

  @TempDir Path dir;

  @Test
  void executablesKeepTheirFirstBytesOnly() {
    byte[] binary = new byte[LayeredFilesystem.HEAD_LIMIT * 2];
    new Random(1).nextBytes(binary);

    ImageFile file =
        LayerTar.apply(new LayerTar().file("usr/bin/tool", 0755, binary))
            .lookup("/usr/bin/tool")
            .get();

    assertThat(file.size()).isEqualTo(binary.length);
    assertThat(file.head()).isEqualTo(Arrays.copyOf(binary, LayeredFilesystem.HEAD_LIMIT));
  }

  @Test
  void scriptsKeepTheirBeginningEvenWhenNotExecutable() {
    LayeredFilesystem files =
        LayerTar.apply(new LayerTar().file("app/start.sh", 0644, "#!/bin/sh\r\nexec \"$@\"\r\n"));

    assertThat(text(files.lookup("/app/start.sh").get())).isEqualTo("#!/bin/sh\r\nexec \"$@\"\r\n");
  }

  @Test
  void filesUnderEtcKeepTheirBeginning() {
    LayeredFilesystem files =
        LayerTar.apply(new LayerTar().file("etc/passwd", 0644, "root:x:0:0::/root:/bin/sh\n"));

    assertThat(text(files.lookup("/etc/passwd").get())).startsWith("root:x:0:0");
  }

  @Test
  void otherFilesKeepOnlyTheirMetadata() {
    LayeredFilesystem files = LayerTar.apply(new LayerTar().file("app/data.txt", 0644, "data"));

    ImageFile file = files.lookup("/app/data.txt").get();
    assertThat(file.head()).isEmpty();
    assertThat(file.size()).isEqualTo(4);
    assertThat(file.type()).isEqualTo(Type.FILE);
  }

  @Test
  void readsAnImageTheBuildGoalWrote() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("app"), JavaSources.printingMain());
    Path bin = Files.createDirectories(dir.resolve("extra/usr/local/bin"));
    Path script = Files.writeString(bin.resolve("start.sh"), "#!/bin/sh\nexec \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    ImageBuildRequest request =
        ImageBuildRequest.builder()
            .base(BaseImage.parse("scratch", dir))
            .application(new JavaApplication(classes, List.of(), null, List.of(), 17, "/app"))
            .extraFiles(dir.resolve("extra"))
            .container(ContainerSettings.builder().build())
            .target(ImageTarget.of("tar", "demo:1.0", List.of()))
            .outputDir(dir.resolve("out"))
            .cacheDir(dir.resolve("cache"))
            .applicationCacheDir(dir.resolve("app-cache"))
            .build();
    new ImageBuilder(new RecordingLog()).build(request);

    LayeredFilesystem files;
    try (ImageArchive archive = ImageArchive.open(dir.resolve("out/image.tar"))) {
      files = LayeredFilesystem.of(archive);
    }

    assertThat(files.lookup("/app/classes/demo/Main.class").map(ImageFile::type))
        .hasValue(Type.FILE);
    assertThat(files.lookup("/app/classes").map(ImageFile::type)).hasValue(Type.DIRECTORY);
    ImageFile start = files.resolve("/usr/local/bin/start.sh").get();
    assertThat(start.isExecutable()).isTrue();
    assertThat(text(start)).isEqualTo("#!/bin/sh\nexec \"$@\"\n");
    assertThat(files.findExecutable("start.sh", "/usr/local/bin:/usr/bin"))
        .hasValue("/usr/local/bin/start.sh");
    assertThat(files.findExecutable("java", "/usr/local/bin:/usr/bin")).isEmpty();
  }

  @Test
  void readsFiftyMegabytesOfLayersIntoOneTree() throws Exception {
    byte[] content = new byte[10_000];
    LayerTar[] layers = new LayerTar[5];
    for (int layer = 0; layer < layers.length; layer++) {
      layers[layer] = new LayerTar();
      for (int file = 0; file < 1_000; file++) {
        String name = "opt/layer" + layer + "/dir" + (file % 50) + "/file" + file;
        layers[layer].file(name, file % 3 == 0 ? 0755 : 0644, content);
      }
    }
    byte[][] tars = Arrays.stream(layers).map(LayerTar::bytes).toArray(byte[][]::new);
    assertThat(Arrays.stream(tars).mapToLong(tar -> tar.length).sum()).isGreaterThan(50_000_000L);

    LayeredFilesystem files = read(tars);

    assertThat(files.size()).isEqualTo(1 + 1 + 5 * (1 + 50 + 1_000));
  }

  private static LayeredFilesystem read(byte[][] tars) throws Exception {
    LayeredFilesystem.Builder builder = LayeredFilesystem.builder();
    for (byte[] tar : tars) {
      builder.applyLayer(new ByteArrayInputStream(tar));
    }
    return builder.build();
  }

  private static String text(ImageFile file) {
    return new String(file.head(), StandardCharsets.UTF_8);
  }
}
