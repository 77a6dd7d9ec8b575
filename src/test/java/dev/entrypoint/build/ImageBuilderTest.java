package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import dev.entrypoint.testing.JavaSources;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real images with jib-core into tarballs; no engine needed. */
class ImageBuilderTest {

  private static final List<String> JAVA_COMMAND =
      List.of("java", "-cp", "@/app/jib-classpath-file", "demo.Main");

  @TempDir Path dir;
  private Path classes;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void compileApplication() throws IOException {
    classes = JavaSources.compile(dir.resolve("app"), JavaSources.printingMain());
    Files.writeString(classes.resolve("app.properties"), "greeting=hi\n");
  }

  @Test
  void writesALoadableTarballWithItsDigestIdAndConfig() throws Exception {
    BuiltImage image = build(request("out", ContainerSettings.builder()));

    Path out = dir.resolve("out");
    assertThat(entries(out.resolve("image.tar")))
        .contains("oci-layout", "index.json", "manifest.json");
    assertThat(Files.readString(out.resolve("image.digest")).strip())
        .isEqualTo(image.digest())
        .startsWith("sha256:");
    assertThat(Files.readString(out.resolve("image.id")).strip()).isEqualTo(image.imageId());
    assertThat(Files.readString(out.resolve("image.json"))).contains("\"Entrypoint\":[\"java\"");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "image.tar",
              "image.digest",
              "image.id",
              "image.json",
              "image.inputs",
              "image.source");
    }
  }

  @Test
  void pushingToARegistryOfflineNamesTheFix() {
    ImageBuildRequest.Builder offlinePush =
        request("out", ContainerSettings.builder())
            .target(ImageTarget.of("registry", "localhost:5555/demo:1.0", List.of()))
            .offline(true);

    assertThatThrownBy(() -> build(offlinePush))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("Maven runs offline (-o)")
        .hasMessageContaining("-Dentrypoint.target=tar");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void argumentsContractPutsTheJavaCommandInTheEntrypoint() throws Exception {
    BuiltImage image = build(request("out", ContainerSettings.builder()));

    assertThat(image.launch().entrypoint()).isEqualTo(JAVA_COMMAND);
    assertThat(image.launch().cmd()).isNull();
  }

  @Test
  void commandContractPutsTheJavaCommandInTheCmd() throws Exception {
    BuiltImage image =
        build(request("out", ContainerSettings.builder().launch(LaunchContract.COMMAND)));

    assertThat(image.launch().entrypoint()).isNull();
    assertThat(image.launch().cmd()).isEqualTo(JAVA_COMMAND);
  }

  @Test
  void shellFormIsStoredAsBinShDashCWithTheLineWhole() throws Exception {
    BuiltImage image =
        build(
            request(
                "out", ContainerSettings.builder().entrypointShell("exec java -jar 'a b.jar'")));

    assertThat(image.launch().entrypoint())
        .containsExactly("/bin/sh", "-c", "exec java -jar 'a b.jar'");
  }

  @Test
  void twoCleanBuildsGiveTheSameDigest() throws Exception {
    BuiltImage first = build(request("first", ContainerSettings.builder()));
    BuiltImage second = build(request("second", ContainerSettings.builder()));

    assertThat(second.digest()).isEqualTo(first.digest());
    assertThat(Files.mismatch(dir.resolve("first/image.tar"), dir.resolve("second/image.tar")))
        .isEqualTo(-1);
  }

  @Test
  void aSecondBuildOfUnchangedInputsReusesTheImageUntouched() throws Exception {
    BuiltImage first = build(request("out", ContainerSettings.builder()));
    Path tar = dir.resolve("out/image.tar");
    FileTime written = Files.getLastModifiedTime(tar);

    BuiltImage second = build(request("out", ContainerSettings.builder()));

    assertThat(second.reused()).isTrue();
    assertThat(second.digest()).isEqualTo(first.digest());
    assertThat(second.launch()).isEqualTo(first.launch());
    assertThat(second.layerCount()).isEqualTo(first.layerCount());
    assertThat(Files.getLastModifiedTime(tar)).isEqualTo(written);
  }

  @Test
  void aChangedClassOrSettingRebuilds() throws Exception {
    BuiltImage first = build(request("out", ContainerSettings.builder()));
    Path mainClass = classes.resolve("demo/Main.class");
    Files.setLastModifiedTime(
        mainClass, FileTime.fromMillis(Files.getLastModifiedTime(mainClass).toMillis() + 5000));

    assertThat(build(request("out", ContainerSettings.builder())).reused()).isFalse();
    assertThat(build(request("out", ContainerSettings.builder().user("1000"))).reused()).isFalse();
    assertThat(build(request("out", ContainerSettings.builder().user("1000"))).reused()).isTrue();
    assertThat(first.reused()).isFalse();
  }

  @Test
  void aDeletedTarballIsBuiltAgain() throws Exception {
    build(request("out", ContainerSettings.builder()));
    Files.delete(dir.resolve("out/image.tar"));

    BuiltImage again = build(request("out", ContainerSettings.builder()));

    assertThat(again.reused()).isFalse();
    assertThat(dir.resolve("out/image.tar")).isRegularFile();
  }

  @Test
  void layersAreDependenciesResourcesClassesAndTheJvmArgFilesUnderTheAppRoot() throws Exception {
    Path jar = Files.writeString(dir.resolve("lib-1.0.jar"), "not really a jar");
    build(withReleasedJars(jar));

    List<List<String>> layers = layerFiles(dir.resolve("out/image.tar"));
    assertThat(layers).hasSize(4);
    assertThat(layers.get(0)).contains("app/libs/lib-1.0.jar");
    assertThat(layers.get(1)).contains("app/resources/app.properties", "app/resources/demo/");
    assertThat(layers.get(2)).contains("app/classes/demo/Main.class");
    assertThat(layers.get(3))
        .containsExactly("app/", "app/jib-classpath-file", "app/jib-main-class-file");
  }

  @Test
  void theJvmArgFilesHoldTheClasspathInMavensOrderAndTheMainClassAsJibWritesThem()
      throws Exception {
    Path zebra = Files.writeString(dir.resolve("zebra-1.0.jar"), "z");
    Path alpha = Files.writeString(dir.resolve("alpha-1.0.jar"), "a");
    build(withReleasedJars(zebra, alpha));

    Map<String, String> files = fileContents(dir.resolve("out/image.tar"));
    assertThat(files.get("app/jib-classpath-file"))
        .isEqualTo("/app/resources:/app/classes:/app/libs/zebra-1.0.jar:/app/libs/alpha-1.0.jar");
    assertThat(files.get("app/jib-main-class-file")).isEqualTo("demo.Main");
    Map<String, Integer> modes = fileModes(dir.resolve("out/image.tar"));
    assertThat(modes.get("app/jib-classpath-file") & 0777).isEqualTo(0644);
  }

  @Test
  void jibsExtraDirectoriesGoAboveTheExtraDirectoryWithJibsModesUnlessAPermissionSetsOne()
      throws Exception {
    Path image = Files.createDirectories(dir.resolve("image/opt"));
    Path script = Files.writeString(image.resolve("tool.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Path jib = Files.createDirectories(dir.resolve("jib/bin"));
    Files.writeString(jib.resolve("run.sh"), "#!/bin/sh\n");
    Path notes = Files.writeString(dir.resolve("jib/notes.txt"), "n");
    Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rwxrwxrwx"));

    build(
        request("out", ContainerSettings.builder())
            .extraFiles(dir.resolve("image"))
            .extraDirectories(
                List.of(new ExtraDirectory(dir.resolve("jib"), "/srv", List.of(), List.of())))
            .extraFilePermissions(ExtraFilePermissions.of(Map.of("/srv/bin/*.sh", "755"))));

    List<List<String>> layers = layerFiles(dir.resolve("out/image.tar"));
    assertThat(layers.get(layers.size() - 2)).contains("opt/tool.sh");
    assertThat(layers.get(layers.size() - 1)).contains("srv/bin/run.sh", "srv/notes.txt");
    Map<String, Integer> modes = fileModes(dir.resolve("out/image.tar"));
    assertThat(modes.get("opt/tool.sh") & 0777).isEqualTo(0750);
    assertThat(modes.get("srv/bin/run.sh") & 0777).isEqualTo(0755);
    assertThat(modes.get("srv/notes.txt") & 0777).isEqualTo(0644);
    assertThat(modes.get("srv/bin/") & 0777).isEqualTo(0755);
  }

  @Test
  void aModuleThatIsNotPackagedYetIsRefusedWithTheWayOut() throws IOException {
    Path classesOfSibling = Files.createDirectories(dir.resolve("sibling/target/classes"));
    ImageBuildRequest request =
        request("out", ContainerSettings.builder())
            .application(
                new JavaApplication(
                    classes,
                    List.of(new Dependency(classesOfSibling, Dependency.Kind.PROJECT)),
                    null,
                    List.of(),
                    17,
                    "/app"))
            .build();

    assertThatThrownBy(() -> build(request))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("is a directory")
        .hasMessageContaining("mvn package");
  }

  @Test
  void extraFilesKeepTheirExecutableBit() throws Exception {
    Path extra = Files.createDirectories(dir.resolve("image/usr/local/bin"));
    Path script = Files.writeString(extra.resolve("start.sh"), "#!/bin/sh\nexec \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

    build(request("out", ContainerSettings.builder()).extraFiles(dir.resolve("image")).build());

    Map<String, Integer> modes = fileModes(dir.resolve("out/image.tar"));
    assertThat(modes.get("usr/local/bin/start.sh") & 0777).isEqualTo(0755);
  }

  @Test
  void settingAnEntrypointDropsTheBaseImageCmdAndSaysSo() throws Exception {
    build(
        ImageBuildRequest.builder()
            .base(BaseImage.parse("scratch", dir))
            .target(ImageTarget.of("tar", "base:1", List.of()))
            .container(ContainerSettings.builder().cmd(List.of("base-command")).build())
            .outputDir(dir.resolve("base"))
            .cacheDir(dir.resolve("cache"))
            .applicationCacheDir(dir.resolve("app-cache"))
            .build());

    BuiltImage image =
        build(
            request("out", ContainerSettings.builder())
                .base(BaseImage.parse("tar://base/image.tar", dir))
                .build());

    assertThat(image.launch().entrypoint()).isEqualTo(JAVA_COMMAND);
    assertThat(image.launch().cmd()).isNull();
    assertThat(log.text()).contains("The base image's CMD [\"base-command\"] is dropped");
  }

  @Test
  void dockerFormatWritesADockerSaveTarball() throws Exception {
    build(request("out", ContainerSettings.builder().format(ManifestFormat.DOCKER)));

    assertThat(entries(dir.resolve("out/image.tar")))
        .contains("manifest.json")
        .doesNotContain("index.json");
  }

  @Test
  void aFailedBuildLeavesThePreviousOutputsAlone() throws Exception {
    BuiltImage first = build(request("out", ContainerSettings.builder()));
    byte[] before = Files.readAllBytes(dir.resolve("out/image.tar"));

    assertThatThrownBy(
            () ->
                build(
                    request("out", ContainerSettings.builder())
                        .base(BaseImage.parse("tar://missing.tar", dir))
                        .build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("tar://")
        .hasMessageContaining("no such file");

    assertThat(Files.readAllBytes(dir.resolve("out/image.tar"))).isEqualTo(before);
    assertThat(Files.readString(dir.resolve("out/image.digest")).strip()).isEqualTo(first.digest());
  }

  @Test
  void anUnreadableBaseTarballNamesTheElement() throws Exception {
    Files.writeString(dir.resolve("broken.tar"), "this is not a tarball");

    assertThatThrownBy(
            () ->
                build(
                    request("out", ContainerSettings.builder())
                        .base(BaseImage.parse("tar://broken.tar", dir))
                        .build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("<from><image>: tar://")
        .hasMessageContaining("cannot be read as an image");
  }

  @Test
  void aBuildThatFailsInJibLeavesNoTemporaryFiles() throws Exception {
    Path base = dir.resolve("incomplete.tar");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(base))) {
      addEntry(
          tar,
          "manifest.json",
          "[{\"Config\":\"config.json\",\"RepoTags\":[\"x:1\"],\"Layers\":[\"missing.tar\"]}]");
      addEntry(
          tar,
          "config.json",
          "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
              + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:"
              + "0".repeat(64)
              + "\"]}}");
    }

    assertThatThrownBy(
            () ->
                build(
                    request("out", ContainerSettings.builder())
                        .base(BaseImage.parse("tar://incomplete.tar", dir))
                        .build()))
        .isInstanceOf(ImageBuildException.class);

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files).isEmpty();
    }
  }

  private static void addEntry(TarArchiveOutputStream tar, String name, String content)
      throws IOException {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  private ImageBuildRequest.Builder request(String outputDir, ContainerSettings.Builder container) {
    return ImageBuildRequest.builder()
        .base(BaseImage.parse("scratch", dir))
        .application(new JavaApplication(classes, List.of(), null, List.of(), 17, "/app"))
        .container(container.build())
        .target(ImageTarget.of("tar", "demo:1.0", List.of()))
        .outputDir(dir.resolve(outputDir))
        .cacheDir(dir.resolve("cache"))
        .applicationCacheDir(dir.resolve(outputDir + "-cache"));
  }

  /** The request for the test's classes with {@code jars} as released dependencies, in order. */
  private ImageBuildRequest.Builder withReleasedJars(Path... jars) {
    List<Dependency> dependencies =
        java.util.Arrays.stream(jars)
            .map(jar -> new Dependency(jar, Dependency.Kind.RELEASE))
            .toList();
    return request("out", ContainerSettings.builder())
        .application(new JavaApplication(classes, dependencies, null, List.of(), 17, "/app"));
  }

  private BuiltImage build(ImageBuildRequest.Builder request) throws Exception {
    return build(request.build());
  }

  private BuiltImage build(ImageBuildRequest request) throws Exception {
    return new ImageBuilder(log).build(request);
  }

  private static List<String> entries(Path tar) throws IOException {
    try (TarFile file = new TarFile(tar)) {
      return file.getEntries().stream().map(TarArchiveEntry::getName).toList();
    }
  }

  private static List<List<String>> layerFiles(Path tar) throws IOException {
    List<List<String>> layers = new ArrayList<>();
    try (ImageArchive archive = ImageArchive.open(tar)) {
      for (int i = 0; i < archive.layerCount(); i++) {
        List<String> names = new ArrayList<>();
        try (InputStream layer = archive.openLayer(i);
            TarArchiveInputStream in = new TarArchiveInputStream(layer)) {
          for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            names.add(e.getName());
          }
        }
        layers.add(names);
      }
    }
    return layers;
  }

  private static Map<String, String> fileContents(Path tar) throws IOException {
    Map<String, String> contents = new HashMap<>();
    try (ImageArchive archive = ImageArchive.open(tar)) {
      for (int i = 0; i < archive.layerCount(); i++) {
        try (InputStream layer = archive.openLayer(i);
            TarArchiveInputStream in = new TarArchiveInputStream(layer)) {
          for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            contents.put(
                e.getName(),
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
          }
        }
      }
    }
    return contents;
  }

  private static Map<String, Integer> fileModes(Path tar) throws IOException {
    Map<String, Integer> modes = new HashMap<>();
    try (ImageArchive archive = ImageArchive.open(tar)) {
      for (int i = 0; i < archive.layerCount(); i++) {
        try (InputStream layer = archive.openLayer(i);
            TarArchiveInputStream in = new TarArchiveInputStream(layer)) {
          for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            modes.put(e.getName(), e.getMode());
          }
        }
      }
    }
    return modes;
  }
}
