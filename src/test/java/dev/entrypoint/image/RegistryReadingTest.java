package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.Credential;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry references, read from a registry on loopback that serves what each test put in. */
class RegistryReadingTest {

  private static final String PASSWORD = "s3cret-Pa55";

  @TempDir Path temporary;
  private FakeRegistry registry;
  private final List<RecordingLog> recordings = new ArrayList<>();

  @BeforeEach
  void pushAnImage() throws IOException {
    registry = FakeRegistry.start();
    registry.putImage(
        "team/app",
        "1.0",
        TarballReadingTest.CONFIG,
        new LayerTar().file("app/run", 0755, "#!/bin/sh\nexec java -jar /app/app.jar \"$@\"\n"),
        new LayerTar().symlink("usr/local/bin/run", "/app/run"));
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  @Test
  void readsTheConfigWithoutDownloadingALayer() throws Exception {
    try (ImageReader image = read(registry.host() + "/team/app:1.0", access())) {
      assertThat(image.config().launch().entrypoint()).containsExactly("/app/run");
    }

    assertThat(registry.requests()).filteredOn(request -> request.contains("/blobs/")).hasSize(1);
  }

  @Test
  void readsTheFilesLayerByLayerAndKeepsNoTemporaryFile() throws Exception {
    try (ImageReader image = read("registry://" + registry.host() + "/team/app:1.0", access())) {
      ImageFiles files = image.files();

      assertThat(files.resolve("/usr/local/bin/run").map(ImageFile::path)).hasValue("/app/run");
      assertThat(files.findExecutable("run", "/usr/local/bin")).hasValue("/usr/local/bin/run");
      assertThat(entries(temporary)).isEmpty();
    }
    assertThat(registry.requests()).filteredOn(request -> request.contains("/blobs/")).hasSize(2);
  }

  @Test
  void readsByDigest() throws Exception {
    String digest = registry.putImage("team/app", "2.0", "{\"config\":{\"Cmd\":[\"by-digest\"]}}");

    try (ImageReader image = read(registry.host() + "/team/app@" + digest, access())) {
      assertThat(image.config().launch().cmd()).containsExactly("by-digest");
    }
  }

  @Test
  void picksLinuxAmd64FromAManifestList() throws Exception {
    Map<String, String> platforms = new LinkedHashMap<>();
    platforms.put(
        "s390x", registry.putImage("team/multi", "s390x", "{\"config\":{\"Cmd\":[\"s390x\"]}}"));
    platforms.put(
        "amd64", registry.putImage("team/multi", "amd64", "{\"config\":{\"Cmd\":[\"amd64\"]}}"));
    registry.putManifestList("team/multi", "1.0", platforms);

    try (ImageReader image = read(registry.host() + "/team/multi:1.0", access())) {
      assertThat(image.config().launch().cmd()).containsExactly("amd64");
    }
  }

  @Test
  void aListWithoutThisPlatformSaysHowToReadOneOfItsImages() {
    registry.putManifestList(
        "team/multi",
        "1.0",
        Map.of("ppc64le", registry.putImage("team/multi", "ppc64le", "{\"config\":{}}")));

    try (ImageReader image = read(registry.host() + "/team/multi:1.0", access())) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("lists images for other platforms only")
          .hasMessageContaining("linux/amd64")
          .hasMessageContaining(registry.host() + "/team/multi@sha256:");
    }
  }

  @Test
  void readsWithTheCredentialsOfItsHostOverLoopbackHttp() throws Exception {
    registry.requireBasicAuth("reader", PASSWORD);

    try (ImageReader image =
        read(registry.host() + "/team/app:1.0", access().withCredentials(credentials(PASSWORD)))) {
      assertThat(image.files().lookup("/app/run")).isPresent();
    }
    assertThat(recordings).allSatisfy(log -> assertThat(log.text()).doesNotContain(PASSWORD));
  }

  @Test
  void missingCredentialsNameTheSettingsServerToAdd() {
    registry.requireBasicAuth("reader", PASSWORD);

    try (ImageReader image = read(registry.host() + "/team/app:1.0", access())) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("wants credentials to read " + registry.host() + "/team/app:1.0")
          .hasMessageContaining("docker login " + registry.host())
          .hasMessageContaining("add <server><id>" + registry.host() + "</id>");
    }
  }

  @Test
  void refusedCredentialsNameTheSettingsServerToCheck() {
    registry.requireBasicAuth("reader", PASSWORD);

    try (ImageReader image =
        read(registry.host() + "/team/app:1.0", access().withCredentials(credentials("wrong")))) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(
              "refused the credentials of user 'reader' from settings.xml <server><id>"
                  + registry.host()
                  + "</id>")
          .hasMessageNotContaining("wrong");
    }
  }

  @Test
  void aMissingTagNamesTheImage() {
    try (ImageReader image = read(registry.host() + "/team/app:9.9", access())) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("The registry " + registry.host() + " has no image team/app:9.9");
    }
  }

  @Test
  void anUnreachableRegistryIsAReadFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    try (ImageReader image = read("localhost:" + closedPort + "/team/app:1.0", access())) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ImageReadException.class)
          .hasMessageStartingWith("Could not reach the registry localhost:" + closedPort);
    }
  }

  private ImageAccess access() {
    return ImageAccess.defaults().withInsecureRegistries(true).withTemporaryDirectory(temporary);
  }

  private RegistryCredentials credentials(String password) {
    return RegistryCredentials.none()
        .withServer(registry.host(), Credential.from("reader", password), false);
  }

  private ImageReader read(String value, ImageAccess access) {
    RecordingLog log = new RecordingLog();
    recordings.add(log);
    return ImageReader.open(ImageSource.parse(value, temporary, "-Dentrypoint.image"), access, log);
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
