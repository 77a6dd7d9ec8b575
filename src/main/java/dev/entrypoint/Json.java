package dev.entrypoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON the plugin reads and writes, through one Jackson mapper: reading is strict (nothing may
 * follow the value), reports are written indented, and a list that is not set stays {@code null}
 * rather than becoming {@code []}.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}

  /**
   * The one JSON value {@code text} holds.
   *
   * @throws JsonProcessingException when it is not JSON, or more follows the value
   */
  public static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /**
   * The one JSON value {@code bytes} hold, such as an image config blob.
   *
   * @throws IOException when they are not JSON, or more follows the value
   */
  public static JsonNode read(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  /** A new empty JSON object to fill. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty JSON array to fill. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * {@code values} as a JSON array of strings, or {@code null} (JSON {@code null}) when not set.
   */
  public static ArrayNode stringArray(List<String> values) {
    if (values == null) {
      return null;
    }
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * A JSON array of strings as a list, or {@code null} for a missing or {@code null} value.
   *
   * @throws IllegalArgumentException when {@code node} is something else, such as a string
   */
  public static List<String> stringList(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected a JSON array of strings but got " + node);
    }
    List<String> strings = new ArrayList<>();
    node.forEach(element -> strings.add(element.asText()));
    return strings;
  }

  /** {@code node} as text on one line, without spaces, as Docker writes its own JSON files. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serializes", e);
    }
  }

  /** {@code node} as indented text that ends with a newline, as report files are written. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serializes", e);
    }
  }
}
