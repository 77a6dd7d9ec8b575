package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void controlCharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
    assertThat(XmlText.of("a\u0001b\u001Bc\uD800d\uFFFEe"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
  }

  @Test
  void whitespaceAndCharactersBeyondTheBasicPlaneAreKept() {
    String text = "tab\tline\nreturn\r \u00e9 \uD83D\uDE00";

    assertThat(XmlText.of(text)).isEqualTo(text);
  }
}
