package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.RegistryCredentials.Use;
import dev.entrypoint.testing.RecordingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order credentials are looked up in, and that only their source reaches the log. */
class RegistryCredentialsTest {

  private static final String REGISTRY = "registry.example:5000";
  private static final String IMAGE = REGISTRY + "/team/app:1.0";

  @TempDir Path home;
  private final RecordingLog log = new RecordingLog();

  @Test
  void theAuthGivenInThePomWinsOverEveryOtherSource() throws IOException {
    dockerConfig(home.resolve(".docker"), auths("from-docker", "docker-pw"));

    RegistryCredentials chain =
        user(Map.of())
            .withServer(REGISTRY, Credential.from("from-settings", "settings-pw"), false)
            .withAuth(Use.PUSH, IMAGE, "from-pom", "pom-pw", "<to><auth> in the pom");

    assertThat(find(chain, Use.PUSH))
        .hasValueSatisfying(
            found -> {
              assertThat(found.credential()).isEqualTo(Credential.from("from-pom", "pom-pw"));
              assertThat(found.source()).isEqualTo("<to><auth> in the pom");
            });
  }

  @Test
  void aSettingsServerWinsOverDockerConfig() throws IOException {
    dockerConfig(home.resolve(".docker"), auths("from-docker", "docker-pw"));

    RegistryCredentials chain =
        user(Map.of()).withServer(REGISTRY, Credential.from("from-settings", "settings-pw"), true);

    assertThat(find(chain, Use.PULL).map(RegistryCredential::source))
        .hasValue(
            "settings.xml <server><id>"
                + REGISTRY
                + "</id> (password decrypted with settings-security.xml)");
  }

  @Test
  void dockerConfigAuthsAnswerWhenNothingElseDoes() throws IOException {
    Path config = dockerConfig(home.resolve(".docker"), auths("from-docker", "docker-pw"));

    Optional<RegistryCredential> found = find(user(Map.of()), Use.PUSH);

    assertThat(found.map(RegistryCredential::credential))
        .hasValue(Credential.from("from-docker", "docker-pw"));
    assertThat(found.map(RegistryCredential::source))
        .hasValue("Docker config " + config + " (auths)");
    assertThat(found.map(RegistryCredential::fix).orElseThrow())
        .contains("docker login " + REGISTRY);
  }

  @Test
  void dockerConfigEnvironmentVariableMovesTheDockerConfig() throws IOException {
    dockerConfig(home.resolve(".docker"), auths("home-user", "home-pw"));
    Path moved = dockerConfig(home.resolve("elsewhere"), auths("moved-user", "moved-pw"));

    Optional<RegistryCredential> found =
        find(user(Map.of("DOCKER_CONFIG", moved.getParent().toString())), Use.PUSH);

    assertThat(found.map(c -> c.credential().getUsername())).hasValue("moved-user");
  }

  @Test
  void podmanAuthFileAnswersAfterDockerConfig() throws IOException {
    dockerConfig(home.resolve(".docker"), "{\"auths\":{\"other.example\":{\"auth\":\"eDp5\"}}}");
    Path podman = dockerConfig(home.resolve("podman"), auths("from-podman", "podman-pw"));

    Optional<RegistryCredential> found =
        find(user(Map.of("REGISTRY_AUTH_FILE", podman.toString())), Use.PULL);

    assertThat(found.map(RegistryCredential::source))
        .hasValue("Podman auth file " + podman + " (auths)");
    assertThat(found.map(RegistryCredential::fix).orElseThrow())
        .contains("podman login " + REGISTRY);
  }

  @Test
  void podmanRuntimeAuthFileIsUnderXdgRuntimeDir() throws IOException {
    Path runtime = home.resolve("run");
    dockerConfig(runtime.resolve("containers"), auths("runtime-user", "runtime-pw"));
    Files.move(runtime.resolve("containers/config.json"), runtime.resolve("containers/auth.json"));

    Optional<RegistryCredential> found =
        find(user(Map.of("XDG_RUNTIME_DIR", runtime.toString())), Use.PULL);

    assertThat(found.map(c -> c.credential().getUsername())).hasValue("runtime-user");
  }

  @Test
  void readingTheBaseTriesFromsAuthFirstThenTosForTheSameRegistry() {
    RegistryCredentials chain =
        RegistryCredentials.none()
            .withAuth(Use.PUSH, IMAGE, "pusher", "push-pw", "<to><auth> in the pom")
            .withAuth(
                Use.PULL, REGISTRY + "/base:1", "reader", "read-pw", "<from><auth> in the pom");

    assertThat(find(chain, Use.PULL).map(c -> c.credential().getUsername())).hasValue("reader");
    assertThat(find(chain, Use.PUSH).map(c -> c.credential().getUsername())).hasValue("pusher");
    assertThat(
            find(
                    RegistryCredentials.none()
                        .withAuth(Use.PUSH, IMAGE, "pusher", "push-pw", "<to><auth> in the pom"),
                    Use.PULL)
                .map(c -> c.credential().getUsername()))
        .hasValue("pusher");
  }

  @Test
  void anAuthGivenForAnotherRegistryIsNotSent() {
    RegistryCredentials chain =
        RegistryCredentials.none()
            .withAuth(Use.PUSH, "other.example/app:1", "pusher", "pw", "<to><auth> in the pom");

    assertThat(find(chain, Use.PUSH)).isEmpty();
  }

  @Test
  void anAuthForABaseThatIsNoRegistryImageIsIgnored() {
    RegistryCredentials chain =
        RegistryCredentials.none().withAuth(Use.PULL, "jlink", "user", "pw", "<from><auth>");

    assertThat(chain).isEqualTo(RegistryCredentials.none());
  }

  @Test
  void aUserNameWithoutAPasswordIsRefusedNamingTheElement() {
    assertThatThrownBy(
            () ->
                RegistryCredentials.none()
                    .withAuth(Use.PUSH, IMAGE, "pusher", " ", "<to><auth> in the pom"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<to><auth> in the pom has a user name but no password");
  }

  @Test
  void aMissingCredentialHelperIsAWarningAndTheAuthsEntryStillAnswers() throws IOException {
    dockerConfig(
        home.resolve(".docker"),
        "{\"credHelpers\":{\""
            + REGISTRY
            + "\":\"entrypoint-test-none\"},"
            + auths("from-docker", "docker-pw").substring(1));

    Optional<RegistryCredential> found = find(user(Map.of()), Use.PUSH);

    assertThat(found.map(c -> c.credential().getUsername())).hasValue("from-docker");
    assertThat(log.lines())
        .anySatisfy(line -> assertThat(line).startsWith("WARN").contains("entrypoint-test-none"));
  }

  @Test
  void theLogNamesTheSourceOnceAndNeverTheSecret() throws IOException {
    Path config = dockerConfig(home.resolve(".docker"), auths("from-docker", "docker-pw"));
    RegistryCredentials chain = user(Map.of());

    find(chain, Use.PUSH);
    find(chain, Use.PUSH);

    assertThat(log.lines())
        .filteredOn(line -> line.startsWith("INFO"))
        .containsExactly(
            "INFO Registry "
                + REGISTRY
                + ": credentials of user 'from-docker' from Docker config "
                + config
                + " (auths)");
    assertThat(log.text())
        .doesNotContain("docker-pw")
        .doesNotContain(base64("from-docker:docker-pw"));
    assertThat(chain.toString()).doesNotContain("docker-pw");
  }

  @Test
  void noSourceMeansNoCredentials() {
    assertThat(find(user(Map.of()), Use.PUSH)).isEmpty();
    assertThat(log.text()).contains("no credentials in <from>/<to><auth>, settings.xml <servers>");
  }

  private RegistryCredentials user(Map<String, String> environment) {
    return RegistryCredentials.ofUser(environment, home);
  }

  private Optional<RegistryCredential> find(RegistryCredentials chain, Use use) {
    try {
      return chain.find(ImageReference.parse(IMAGE), use, log);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Path dockerConfig(Path directory, String json) throws IOException {
    Files.createDirectories(directory);
    return Files.writeString(directory.resolve("config.json"), json);
  }

  private static String auths(String user, String password) {
    return "{\"auths\":{\""
        + REGISTRY
        + "\":{\"auth\":\""
        + base64(user + ":" + password)
        + "\"}}}";
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
