package dev.entrypoint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {

  private static InlineSuppressions of(String dockerfile) {
    return InlineSuppressions.of(DockerfileParser.withUnknownBaseImages().parse(dockerfile));
  }

  @Test
  void aCommentCoversEveryLineOfTheNextInstruction() {
    InlineSuppressions ignores =
        of(
            "FROM scratch\n# entrypoint:ignore=shell-form-cmd why\n\n"
                + "CMD run \\\n  --fast\nCMD other\n");

    assertThat(ignores.find("shell-form-cmd", 4)).isPresent();
    assertThat(ignores.find("shell-form-cmd", 5)).isPresent();
    assertThat(ignores.find("shell-form-cmd", 6)).isEmpty();
    assertThat(ignores.find("multiple-cmd", 4)).isEmpty();
  }

  @Test
  void oneCommentMayNameSeveralRules() {
    InlineSuppressions ignores =
        of("FROM scratch\n# entrypoint:ignore=shell-form-cmd,multiple-cmd two reasons\nCMD run\n");

    assertThat(ignores.find("shell-form-cmd", 3)).isPresent();
    assertThat(ignores.find("multiple-cmd", 3))
        .hasValueSatisfying(ignore -> assertThat(ignore.reason()).isEqualTo("two reasons"));
  }

  @Test
  void theSameTextAtTheEndOfAnInstructionCoversIt() {
    InlineSuppressions ignores =
        of("FROM scratch\nCMD run # entrypoint:ignore=shell-form-cmd the shell is wanted\n");

    assertThat(ignores.find("shell-form-cmd", 2))
        .hasValueSatisfying(ignore -> assertThat(ignore.reason()).isEqualTo("the shell is wanted"));
  }

  @Test
  void aCommentInsideContinuationLinesCoversThatInstruction() {
    InlineSuppressions ignores =
        of("FROM scratch\nCMD run \\\n" + "# entrypoint:ignore=shell-form-cmd kept\n  --fast\n");

    assertThat(ignores.find("shell-form-cmd", 2)).isPresent();
  }

  @Test
  void anIgnoreWithoutAReasonIgnoresNothingAndSaysSo() {
    InlineSuppressions ignores = of("FROM scratch\n# entrypoint:ignore=shell-form-cmd\nCMD run\n");

    assertThat(ignores.find("shell-form-cmd", 3)).isEmpty();
    assertThat(ignores.problems())
        .singleElement()
        .asString()
        .startsWith("line 2: entrypoint:ignore needs a rule id and a reason");
  }
}
