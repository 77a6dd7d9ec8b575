package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShebangInterpreterMissingTest {

  private static final RuleCheck CHECK = RuleCheck.of(new ShebangInterpreterMissing());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#!/bin/bash\nexec run\n",
        "#!/usr/bin/env bash\nexec run\n",
        "#!/usr/bin/env -S python3 -u\nprint()\n",
        "#! /usr/local/bin/node\n",
        "#!/bin/bash\r\nexec run\r\n"
      })
  void mustTrigger(String script) {
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null), busybox().file("/app/run", 0755, script)))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#!/bin/sh\nexec run\n",
        "#!/usr/bin/env sh\nexec run\n",
        "#!/bin/sh -e\nexec run\n",
        "\u007fELF binary",
        "#!\n"
      })
  void mustNotTrigger(String script) {
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null), busybox().file("/app/run", 0755, script)))
        .isEmpty();
  }

  @Test
  void namesTheScriptTheInterpreterAndTheMisleadingError() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null),
                busybox().file("/app/run", 0755, "#!/bin/bash\nexec run\n")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .isEqualTo(
            "The image's ENTRYPOINT starts /app/run, a script that starts with #!/bin/bash, and"
                + " the image has no /bin/bash: 'docker run' fails with 'exec /app/run: no such"
                + " file or directory', which names the script, not the interpreter. Install the"
                + " interpreter in the image, or change the first line to one it has, such as"
                + " #!/bin/sh.");
  }

  @Test
  void envLooksTheInterpreterUpOnThePath() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null),
                busybox().file("/app/run", 0755, "#!/usr/bin/env bash\n")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("no directory of the image's PATH (/usr/local/bin:/usr/bin:/bin) holds bash");
  }
}
