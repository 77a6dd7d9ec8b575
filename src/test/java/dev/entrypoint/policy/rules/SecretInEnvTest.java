package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.RuleCheck.builtImage;
import static dev.entrypoint.policy.rules.RuleCheck.declared;
import static dev.entrypoint.policy.rules.RuleCheck.launch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import dev.entrypoint.project.ContainerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretInEnvTest {

  private static final RuleCheck CHECK = RuleCheck.of(new SecretInEnv());
  private static final String AWS_KEY = "AKIA" + "ABCDEFGHIJKLMNOP";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENV DB_PASSWORD=hunter2",
        "FROM scratch\nENV API_TOKEN s3cr3t-t0ken",
        "FROM scratch\nENV github_token=abc",
        "FROM scratch\nENV AWS_SECRET_ACCESS_KEY=abc",
        "FROM scratch\nENV DATABASE_URL=postgres://app:hunter2@db/app",
        "FROM scratch\nENV SOMETHING=" + AWS_KEY,
        "FROM scratch\nARG NPM_TOKEN",
        "FROM scratch\nARG DB_PASSWORD=changeme"
      })
  void mustTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM scratch\nENV DB_PASSWORD_FILE=/run/secrets/db",
        "FROM scratch\nENV DB_PASSWORD=$DB_PASSWORD",
        "FROM scratch\nENV API_TOKEN=\"\"",
        "FROM scratch\nENV PUBLIC_KEY=ssh-ed25519",
        "FROM scratch\nENV MONKEY=banana",
        "FROM scratch\nENV KEYCLOAK_URL=https://auth.example.com",
        "FROM scratch\nENV DATABASE_URL=postgres://db/app",
        "FROM scratch\nARG VERSION=1.0"
      })
  void mustNotTrigger(String dockerfile) {
    assertThat(CHECK.dockerfile(dockerfile)).isEmpty();
  }

  @Test
  void neverRepeatsTheValue() {
    assertThat(CHECK.dockerfile("FROM scratch\nENV DB_PASSWORD=hunter2"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).hasToString("Dockerfile:2");
              assertThat(finding.message())
                  .startsWith(
                      "ENV DB_PASSWORD is named like a secret and has a value: ENV values are"
                          + " stored in the image config, where 'docker inspect' shows them")
                  .doesNotContain("hunter2");
            });
  }

  @Test
  void aValueShapedLikeAKnownCredentialSaysWhichKind() {
    assertThat(CHECK.dockerfile("FROM scratch\nENV X=" + AWS_KEY))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("ENV X holds a value shaped like an AWS access key")
        .doesNotContain(AWS_KEY);
  }

  @Test
  void thePomEnvironmentAndTheBuiltImagesAreChecked() {
    assertThat(
            CHECK.image(
                declared(
                    ContainerSettings.builder()
                        .environment(Map.of("SPRING_DATASOURCE_PASSWORD", "pw")),
                    "jlink")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("<container><environment><SPRING_DATASOURCE_PASSWORD> is named like a secret");
    assertThat(
            CHECK.image(
                builtImage(launch(List.of("run"), null))
                    .env(Map.of("PATH", "/bin", "API_KEY", "k"))
                    .build()))
        .hasSize(1);
  }
}
