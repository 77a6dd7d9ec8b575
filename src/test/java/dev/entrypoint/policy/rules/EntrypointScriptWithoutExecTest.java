package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntrypointScriptWithoutExecTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointScriptWithoutExec());
  private static final List<String> CMD = List.of("java", "-jar", "app.jar");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#!/bin/sh\nset -e\n./migrate\n",
        "#!/bin/sh\n\"$@\"\n",
        "#!/bin/sh\n# exec \"$@\" would be right\nexec java -jar app.jar\n",
        "#!/usr/bin/env bash\nexec java -jar app.jar\n",
        "#!/usr/bin/env -S bash -e\nexec java -jar app.jar\n",
        "#!/bin/busybox sh\n./migrate\n"
      })
  void mustTrigger(String text) {
    assertThat(
            CHECK.image(
                running(List.of("/docker-entrypoint.sh"), CMD),
                busybox().file("/docker-entrypoint.sh", 0755, text)))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#!/bin/sh\nset -e\n./migrate\nexec \"$@\"\n",
        "#!/bin/sh\nexec \"${@}\"\n",
        "#!/bin/sh\n"
            + "if [ \"$1\" = serve ]; then\n"
            + "  exec java -jar app.jar \"$@\"\n"
            + "fi\n"
            + "exec \"$@\"\n",
        "#!/bin/sh\ntrap 'kill -TERM $child' TERM\n\"$@\" &\nchild=$!\nwait $child\n",
        "#!/usr/bin/env python3\nimport os\n"
      })
  void mustNotTrigger(String text) {
    assertThat(
            CHECK.image(
                running(List.of("/docker-entrypoint.sh"), CMD),
                busybox().file("/docker-entrypoint.sh", 0755, text)))
        .isEmpty();
  }

  @Test
  void withoutACmdThereAreNoArgumentsToPassOn() {
    assertThat(
            CHECK.image(
                running(List.of("/docker-entrypoint.sh"), null),
                busybox().file("/docker-entrypoint.sh", 0755, script("#!/bin/sh", "./migrate"))))
        .isEmpty();
  }

  @Test
  void aScriptThatIsTheCmdIsNotAnEntrypoint() {
    assertThat(
            CHECK.image(
                running(null, List.of("/run.sh", "x")),
                busybox().file("/run.sh", 0755, script("#!/bin/sh", "./migrate"))))
        .isEmpty();
  }

  @Test
  void saysTheCmdIsIgnoredAndHowToPassItOn() {
    assertThat(
            CHECK.image(
                running(List.of("/docker-entrypoint.sh"), CMD),
                busybox().file("/docker-entrypoint.sh", 0755, script("#!/bin/sh", "./migrate"))))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .isEqualTo(
            "The image's ENTRYPOINT starts /docker-entrypoint.sh, a shell script, and the image has"
                + " CMD [\"java\", \"-jar\", \"app.jar\"], but the script never runs exec \"$@\":"
                + " the CMD and 'docker run' arguments never run. End the script with exec \"$@\","
                + " so that the command replaces the shell.");
  }

  @Test
  void aScriptThatRunsItsArgumentsAsAChildLosesSignals() {
    assertThat(
            CHECK.image(
                running(List.of("/docker-entrypoint.sh"), CMD),
                busybox().file("/docker-entrypoint.sh", 0755, script("#!/bin/sh", "\"$@\""))))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("it starts its arguments as a child, so the shell stays PID 1");
  }
}
