package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.Credential;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.testing.TestImages;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads one image, built with {@code docker build}, from Docker, from Podman, from the test
 * registry on localhost:5555 and from a {@code docker save} tarball, and compares its config and
 * files with what the Dockerfile put in: a script, busybox's symlinks, a file deleted in a later
 * layer (a whiteout) and a directory emptied and refilled (an opaque directory).
 */
class ImageReaderEngineIT {

  private static final String IMAGE = "ep-image-it:1";
  private static final String REGISTRY = "localhost:5555";
  private static final String PUSHED = REGISTRY + "/ep-image/it:1";
  private static final String USER = "entrypoint-it";
  private static final String PASSWORD = "it-s3cret-pw";
  private static final String DOCKERFILE =
      String.join(
          "\n",
          "FROM " + TestImages.BUSYBOX,
          "RUN mkdir -p /usr/local/bin /opt/data && printf '#!/bin/sh\\nexec \"$@\"\\n' > /usr/local/bin/start.sh"
              + " && chmod 755 /usr/local/bin/start.sh && echo old > /opt/data/old",
          "RUN rm /bin/cat && rm -rf /opt/data && mkdir /opt/data && echo new > /opt/data/new",
          "ENV APP_MODE=it",
          "USER 1000",
          "ENTRYPOINT [\"/usr/local/bin/start.sh\"]",
          "CMD []",
          "");

  @TempDir static Path work;
  @TempDir Path temporary;

  @BeforeAll
  static void buildCopyAndPushTheImage() throws Exception {
    TestImages.busyboxInDocker();
    Path context = Files.createDirectories(work.resolve("context"));
    Files.writeString(context.resolve("Dockerfile"), DOCKERFILE);
    succeed(
        Map.of("DOCKER_BUILDKIT", "0"),
        null,
        "docker",
        "build",
        "--quiet",
        "--tag",
        IMAGE,
        context.toString());
    TestImages.copyDockerImageToPodman(IMAGE);
    succeed(
        Map.of(), null, "docker", "save", "--output", work.resolve("image.tar").toString(), IMAGE);

    String dockerConfig = Files.createDirectories(work.resolve("docker-config")).toString();
    succeed(Map.of(), null, "docker", "tag", IMAGE, PUSHED);
    succeed(
        Map.of(),
        PASSWORD,
        "docker",
        "--config",
        dockerConfig,
        "login",
        "--username",
        USER,
        "--password-stdin",
        REGISTRY);
    succeed(Map.of(), null, "docker", "--config", dockerConfig, "push", PUSHED);
  }

  @AfterAll
  static void removeTheImages() throws Exception {
    deleteFromRegistry();
    TestImages.run(List.of("docker", "image", "rm", IMAGE, PUSHED));
    TestImages.run(List.of("podman", "image", "rm", "localhost/" + IMAGE));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docker://" + IMAGE, "podman://" + IMAGE, PUSHED, "tar://image.tar"})
  void readsTheConfigAndTheFilesThatWereBuilt(String value) throws Exception {
    try (ImageReader image = read(value, access())) {
      ImageConfig config = image.config();
      assertThat(config.launch())
          .isEqualTo(ImageLaunch.of(List.of("/usr/local/bin/start.sh"), List.of()));
      assertThat(config.envMap()).containsEntry("APP_MODE", "it");
      assertThat(config.user()).isEqualTo("1000");

      ImageFiles files = image.files();
      ImageFile start = files.resolve("/usr/local/bin/start.sh").orElseThrow();
      assertThat(start.isExecutable()).isTrue();
      assertThat(new String(start.head(), StandardCharsets.UTF_8))
          .isEqualTo("#!/bin/sh\nexec \"$@\"\n");
      assertThat(files.findExecutable("sh", LaunchResolver.DEFAULT_PATH)).hasValue("/bin/sh");
      assertThat(files.resolve("/bin/sh").map(ImageFile::path)).hasValue("/bin/busybox");
      assertThat(files.lookup("/bin/sh").map(ImageFile::type)).hasValue(ImageFile.Type.SYMLINK);
      assertThat(files.lookup("/bin/cat")).as("deleted in a later layer").isEmpty();
      assertThat(files.lookup("/bin/echo")).isPresent();
      assertThat(files.lookup("/opt/data/old")).as("in a directory emptied later").isEmpty();
      assertThat(files.lookup("/opt/data/new")).isPresent();
    }
    assertThat(temporary).as("temporary files").isEmptyDirectory();
  }

  @Test
  void dockerGivesItsConfigWithoutASave() throws Exception {
    try (ImageReader image = read("docker://" + IMAGE, access())) {
      assertThat(image.config().launch().cmd()).isEmpty();
      assertThat(temporary).isEmptyDirectory();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docker://ep-image-missing:1", "podman://ep-image-missing:1"})
  void anImageAnEngineDoesNotHaveIsTheUsersToFix(String value) {
    try (ImageReader image = read(value, access())) {
      assertThatThrownBy(image::files)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("has no image 'ep-image-missing:1'")
          .hasMessageContaining("image ls");
    }
    assertThat(temporary).isEmptyDirectory();
  }

  @Test
  void aMissingTagInTheRegistryNamesIt() {
    try (ImageReader image = read(REGISTRY + "/ep-image/it:404", access())) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "The registry localhost:5555 has no image ep-image/it:404: check the name and tag (or"
                  + " digest), or push the image first.");
    }
  }

  @Test
  void theRegistryRefusesAWrongPasswordAndNamesTheSettingsServer() {
    ImageAccess wrong =
        access()
            .withCredentials(
                RegistryCredentials.none()
                    .withServer(REGISTRY, Credential.from(USER, "not-the-password"), false));

    try (ImageReader image = read(PUSHED, wrong)) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(
              "refused the credentials of user 'entrypoint-it' from settings.xml"
                  + " <server><id>localhost:5555</id>");
    }
  }

  @Test
  void theRegistryWantsCredentials() {
    try (ImageReader image = read(PUSHED, access().withCredentials(RegistryCredentials.none()))) {
      assertThatThrownBy(image::config)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("wants credentials to read localhost:5555/ep-image/it:1");
    }
  }

  private ImageAccess access() {
    return ImageAccess.defaults()
        .withCredentials(
            RegistryCredentials.none().withServer(REGISTRY, Credential.from(USER, PASSWORD), false))
        .withInsecureRegistries(true)
        .withTemporaryDirectory(temporary);
  }

  private static ImageReader read(String value, ImageAccess access) {
    return ImageReader.open(
        ImageSource.parse(value, work, "-Dentrypoint.image"), access, BuildLog.silent());
  }

  /** Runs a command that must succeed, with {@code input} on its stdin when given. */
  private static void succeed(Map<String, String> environment, String input, String... command)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  /**
   * Deletes the pushed manifest through the registry API, so that the test registry keeps nothing.
   */
  private static void deleteFromRegistry() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    byte[] credentials = (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8);
    String auth = "Basic " + Base64.getEncoder().encodeToString(credentials);
    URI manifest = URI.create("http://" + REGISTRY + "/v2/ep-image/it/manifests/1");
    HttpResponse<Void> head =
        http.send(
            HttpRequest.newBuilder(manifest)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", auth)
                .header("Accept", "application/vnd.docker.distribution.manifest.v2+json")
                .build(),
            HttpResponse.BodyHandlers.discarding());
    String digest = head.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (digest != null) {
      http.send(
          HttpRequest.newBuilder(
                  URI.create("http://" + REGISTRY + "/v2/ep-image/it/manifests/" + digest))
              .DELETE()
              .header("Authorization", auth)
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }
}
