package dev.entrypoint.policy.rules;

import static dev.entrypoint.policy.rules.ImageFileRulesFixture.busybox;
import static dev.entrypoint.policy.rules.ImageFileRulesFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntrypointScriptCrlfTest {

  private static final RuleCheck CHECK = RuleCheck.of(new EntrypointScriptCrlf());

  @Test
  void aScriptWithCrlfLineEndingsTriggers() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run.sh"), null),
                busybox().file("/app/run.sh", 0755, "#!/bin/sh\r\nexec java -jar app.jar\r\n")))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.message())
                    .isEqualTo(
                        "The image's ENTRYPOINT starts /app/run.sh, a script with Windows (CRLF)"
                            + " line endings: the kernel reads its first line as '#!/bin/sh\\r"
                            + "' and finds no such interpreter, so 'docker run' fails with 'exec"
                            + " /app/run.sh: no such file or directory', and a shell would see a"
                            + " stray \\r"
                            + " at the end of every command. Save it with LF line endings"
                            + " (dos2unix, or '*.sh text eol=lf' in .gitattributes)."));
  }

  @Test
  void aCmdScriptIsCheckedToo() {
    assertThat(
            CHECK.image(
                running(null, List.of("/app/run.sh")),
                busybox().file("/app/run.sh", 0755, "#!/bin/sh\r\nrun\r\n")))
        .hasSize(1);
  }

  @Test
  void lfScriptsAndBinariesDoNotTrigger() {
    assertThat(
            CHECK.image(
                running(List.of("/app/run.sh"), null),
                busybox().file("/app/run.sh", 0755, "#!/bin/sh\nexec run\n")))
        .isEmpty();
    assertThat(
            CHECK.image(
                running(List.of("/app/run"), null),
                busybox().file("/app/run", 0755, "\u007fELF\r\n")))
        .isEmpty();
  }
}
