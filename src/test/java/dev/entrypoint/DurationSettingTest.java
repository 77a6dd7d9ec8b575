package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationSettingTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "10s, PT10S",
    "10, PT10S",
    "2m, PT2M",
    "2 min, PT2M",
    "1h, PT1H",
    "PT1M30S, PT1M30S",
    "' 7S ', PT7S"
  })
  void readsNumbersWithUnitsAndIsoDurations(String text, Duration duration) {
    assertThat(DurationSetting.parse(text, "<timeout>")).isEqualTo(duration);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0s", "-5s", "soon", "5 days"})
  void refusesWhatIsNotAPositiveDuration(String text) {
    assertThatThrownBy(() -> DurationSetting.parse(text, "<stopsWithin>"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<stopsWithin> is '" + text + "', which is not a duration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999", "9999999999999999h", "PT9300000000000000S"})
  void refusesADurationTooLongToCount(String text) {
    assertThatThrownBy(() -> DurationSetting.parse(text, "<timeout>"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "<timeout> is '" + text + "', which is longer than a duration can be here");
  }
}
