package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void aListThatIsNotSetStaysNullAndAnEmptyOneStaysEmpty() {
    ObjectNode node = Json.object();
    node.set("unset", Json.stringArray(null));
    node.set("empty", Json.stringArray(List.of()));
    node.set("words", Json.stringArray(Arrays.asList("a", "")));

    assertThat(node.toString()).isEqualTo("{\"unset\":null,\"empty\":[],\"words\":[\"a\",\"\"]}");
  }

  @Test
  void readingAStringArrayKeepsNullAndEmptyApart() throws JsonProcessingException {
    assertThat(Json.stringList(Json.read("{\"a\":null}").get("a"))).isNull();
    assertThat(Json.stringList(Json.read("{}").get("a"))).isNull();
    assertThat(Json.stringList(Json.read("[]"))).isEmpty();
    assertThat(Json.stringList(Json.read("[\"\"]"))).containsExactly("");
  }

  @Test
  void aValueThatIsNoArrayIsNoStringList() {
    assertThatThrownBy(() -> Json.stringList(Json.read("\"/bin/app\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a JSON array of strings but got \"/bin/app\"");
  }

  @Test
  void readingIsStrictAboutWhatFollowsTheValue() {
    assertThatThrownBy(() -> Json.read("[\"a\"] x")).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void prettyTextIsIndentedAndEndsWithANewline() {
    ObjectNode node = Json.object().put("a", 1);

    assertThat(Json.pretty(node)).isEqualTo("{\n  \"a\" : 1\n}\n");
  }
}
