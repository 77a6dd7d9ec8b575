package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void shortPrintableTextIsShownAsItIs() {
    assertThat(Excerpt.of("unknown instruction: FROBNICATE"))
        .isEqualTo("unknown instruction: FROBNICATE");
  }

  @Test
  void controlBytesAreShownAsEscapesNeverRaw() {
    assertThat(Excerpt.of("\u0000\u0001\u001f\t\n\u007f\uFFFDok"))
        .isEqualTo("\\x00\\x01\\x1f\\t\\n\\x7f\\ufffdok");
  }

  @Test
  void aLongTextIsShortenedInTheMiddleWithAMarkerThatCountsWhatWasLeftOut() {
    String expression = "${" + "A".repeat(61_000) + ":?}";

    String shown = Excerpt.of(expression);

    assertThat(shown)
        .hasSizeLessThan(400)
        .startsWith("${AAAA")
        .endsWith("AAA:?}")
        .contains(" [... 60,745 characters left out ...] ");
  }
}
