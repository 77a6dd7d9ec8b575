package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.Credential;
import dev.entrypoint.Json;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.RegistryCredentials;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.testing.RecordingLog;
import dev.entrypoint.testing.TestImages;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes to the real test registry on localhost:5555: through a fault proxy that answers 503, drops
 * connections and answers late, and as an OCI image index over a multi-platform base that Podman
 * assembled from Debian's amd64 and arm64 busybox.
 */
class RegistryPushEngineIT {

  private static final int REGISTRY_PORT = 5555;
  private static final String REGISTRY = "localhost:" + REGISTRY_PORT;
  private static final String USER = "entrypoint-it";
  private static final String PASSWORD = "it-s3cret-pw";
  private static final Path ARM64_BUSYBOX =
      Path.of("/var/lib/entrypoint-it/busybox-arm64/bin/busybox");

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @Test
  void passingFaultsAreRetriedAndTheDigestIsTheOneTheRegistryHolds() throws Exception {
    String repository = "ep-registries/flaky-" + UUID.randomUUID().toString().substring(0, 8);
    try (FaultProxy proxy = FaultProxy.before(REGISTRY_PORT)) {
      proxy
          .fault(
              line -> line.startsWith("POST ") && line.contains("/blobs/uploads"),
              FaultProxy.Fault.UNAVAILABLE,
              1)
          .fault(
              line -> line.startsWith("PUT ") && line.contains("/blobs/uploads"),
              FaultProxy.Fault.DROP,
              1)
          .fault(
              line -> line.startsWith("HEAD ") && line.contains("/blobs/"),
              FaultProxy.Fault.SLOW,
              2)
          .fault(
              line -> line.startsWith("PUT ") && line.contains("/manifests/"),
              FaultProxy.Fault.UNAVAILABLE,
              1);

      BuiltImage image =
          new ImageBuilder(log).build(request(proxy.host() + "/" + repository + ":1"));

      assertThat(proxy.faults())
          .anyMatch(f -> f.startsWith("UNAVAILABLE POST"))
          .anyMatch(f -> f.startsWith("DROP PUT"))
          .anyMatch(f -> f.startsWith("UNAVAILABLE PUT") && f.contains("/manifests/"));
      assertThat(log.lines()).anyMatch(line -> line.contains("trying again in"));
      assertThat(image.digest()).isEqualTo(heldDigest(repository, "1"));
      assertThat(Files.readString(dir.resolve("out/image.digest")).strip())
          .isEqualTo(image.digest());
    }
  }

  @Test
  void aRegistryThatKeepsFailingLeavesNoTagAndAClearError() throws Exception {
    String repository = "ep-registries/broken-" + UUID.randomUUID().toString().substring(0, 8);
    try (FaultProxy proxy = FaultProxy.before(REGISTRY_PORT)) {
      proxy.fault(line -> line.contains("/manifests/"), FaultProxy.Fault.UNAVAILABLE, -1);

      assertThatThrownBy(
              () -> new ImageBuilder(log).build(request(proxy.host() + "/" + repository + ":1")))
          .isInstanceOf(ImageBuildException.class)
          .hasMessageContaining("503");

      assertThat(log.lines())
          .filteredOn(line -> line.contains("trying again in"))
          .hasSize(PushRetry.ATTEMPTS - 1);
      assertThat(status("HEAD", "/v2/" + repository + "/manifests/1", null)).isEqualTo(404);
      assertThat(Files.exists(dir.resolve("out/image.digest"))).isFalse();
    }
  }

  @Test
  void anImageIndexOverAMultiPlatformBaseServesEachPlatform() throws Exception {
    String prefix = "ep-registries-" + UUID.randomUUID().toString().substring(0, 8);
    String base = REGISTRY + "/ep-registries/base:" + prefix;
    String pushed = REGISTRY + "/ep-registries/multi:" + prefix;
    Path authFile = dir.resolve("auth.json");
    List<String> local = new ArrayList<>();
    try {
      podmanLogin(authFile);
      String amd64Layer = importBusybox(Path.of("/bin/busybox"), "amd64", prefix, local);
      String arm64Layer = importBusybox(ARM64_BUSYBOX, "arm64", prefix, local);
      ok("podman", "manifest", "create", prefix + "-list");
      local.add(prefix + "-list");
      ok(
          "podman",
          "manifest",
          "add",
          prefix + "-list",
          "containers-storage:localhost/" + prefix + "-amd64:latest");
      ok(
          "podman",
          "manifest",
          "add",
          prefix + "-list",
          "containers-storage:localhost/" + prefix + "-arm64:latest");
      ok(
          "podman",
          "manifest",
          "push",
          "--all",
          "--authfile",
          authFile.toString(),
          "--tls-verify=false",
          prefix + "-list",
          "docker://" + base);

      BuiltImage image =
          new ImageBuilder(log)
              .build(
                  ImageBuildRequest.builder()
                      .base(BaseImage.parse(base, dir))
                      .container(
                          ContainerSettings.builder()
                              .launch(LaunchContract.COMMAND)
                              .cmd(List.of("/bin/busybox", "echo", "answered"))
                              .build())
                      .platforms(TargetPlatforms.parse(List.of("linux/amd64", "linux/arm64")))
                      .target(ImageTarget.of("registry", pushed, List.of()))
                      .outputDir(dir.resolve("out"))
                      .cacheDir(dir.resolve("cache"))
                      .applicationCacheDir(dir.resolve("out-cache"))
                      .access(access(REGISTRY))
                      .build());

      String index =
          ok(
              "skopeo",
              "inspect",
              "--raw",
              "--tls-verify=false",
              "--authfile",
              authFile.toString(),
              "docker://" + pushed);
      assertThat(Json.read(index).path("mediaType").asText())
          .isEqualTo("application/vnd.oci.image.index.v1+json");
      assertThat(Json.read(index).path("manifests").findValuesAsText("architecture"))
          .containsExactly("amd64", "arm64");
      assertThat(image.digest()).isEqualTo(heldDigest("ep-registries/multi", prefix));

      ok(
          "podman",
          "pull",
          "--arch",
          "arm64",
          "--authfile",
          authFile.toString(),
          "--tls-verify=false",
          pushed);
      local.add(pushed);
      assertThat(ok("podman", "image", "inspect", "--format", "{{.Architecture}}", pushed).strip())
          .isEqualTo("arm64");
      assertThat(ok("podman", "image", "inspect", "--format", "{{json .RootFS.Layers}}", pushed))
          .contains(arm64Layer)
          .doesNotContain(amd64Layer);

      ok("podman", "rmi", "--force", pushed);
      ok(
          "podman",
          "pull",
          "--arch",
          "amd64",
          "--authfile",
          authFile.toString(),
          "--tls-verify=false",
          pushed);
      assertThat(ok("podman", "run", "--rm", pushed).strip()).isEqualTo("answered");
    } finally {
      for (String name : local) {
        TestImages.run(List.of("podman", "manifest", "rm", name));
        TestImages.run(List.of("podman", "rmi", "--force", name));
      }
    }
  }

  /** A one-layer base of {@code busybox} as /bin/busybox and /bin/sh; the layer's diff id. */
  private String importBusybox(Path busybox, String arch, String prefix, List<String> local)
      throws Exception {
    Path root = Files.createDirectories(dir.resolve("rootfs-" + arch + "/bin"));
    Files.copy(busybox, root.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(
        root.resolve("busybox"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path tar = dir.resolve("rootfs-" + arch + ".tar");
    ok("tar", "-C", root.getParent().toString(), "-cf", tar.toString(), "bin");
    String name = prefix + "-" + arch;
    ok("podman", "import", "--arch", arch, "--os", "linux", tar.toString(), name);
    local.add(name);
    return ok("podman", "image", "inspect", "--format", "{{index .RootFS.Layers 0}}", name).strip();
  }

  private ImageBuildRequest request(String target) throws Exception {
    Path extra = Files.createDirectories(dir.resolve("extra/bin"));
    Files.writeString(extra.resolve("hello.txt"), "flaky registry " + target + "\n");
    return ImageBuildRequest.builder()
        .base(BaseImage.parse("scratch", dir))
        .extraFiles(dir.resolve("extra"))
        .container(
            ContainerSettings.builder()
                .launch(LaunchContract.COMMAND)
                .cmd(List.of("/bin/hello"))
                .build())
        .target(ImageTarget.of("registry", target, List.of()))
        .outputDir(dir.resolve("out"))
        .cacheDir(dir.resolve("cache"))
        .applicationCacheDir(dir.resolve("out-cache"))
        .access(access(target.substring(0, target.indexOf('/'))))
        .build();
  }

  /** Credentials for the registry at {@code host} (itself, or the proxy in front of it). */
  private static ImageAccess access(String host) {
    return ImageAccess.defaults()
        .withInsecureRegistries(true)
        .withCredentials(
            RegistryCredentials.none().withServer(host, Credential.from(USER, PASSWORD), false));
  }

  private void podmanLogin(Path authFile) throws Exception {
    Process login =
        new ProcessBuilder(
                "podman",
                "login",
                "--authfile",
                authFile.toString(),
                "--tls-verify=false",
                "-u",
                USER,
                "--password-stdin",
                REGISTRY)
            .redirectErrorStream(true)
            .start();
    login.getOutputStream().write(PASSWORD.getBytes(StandardCharsets.UTF_8));
    login.getOutputStream().close();
    String output = new String(login.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(login.waitFor()).as(output).isZero();
  }

  /** The manifest digest the registry holds for {@code repository:tag}, asked directly. */
  private static String heldDigest(String repository, String tag) throws Exception {
    HttpURLConnection connection = connect("HEAD", "/v2/" + repository + "/manifests/" + tag);
    connection.setRequestProperty(
        "Accept",
        "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json,"
            + " application/vnd.docker.distribution.manifest.v2+json");
    assertThat(connection.getResponseCode()).isEqualTo(200);
    return connection.getHeaderField("Docker-Content-Digest");
  }

  private static int status(String method, String path, String accept) throws Exception {
    HttpURLConnection connection = connect(method, path);
    if (accept != null) {
      connection.setRequestProperty("Accept", accept);
    }
    return connection.getResponseCode();
  }

  private static HttpURLConnection connect(String method, String path) throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create("http://" + REGISTRY + path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setRequestProperty(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return connection;
  }

  private static String ok(String... command) throws Exception {
    TestImages.Result result = TestImages.run(List.of(command));
    assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    return result.output();
  }
}
