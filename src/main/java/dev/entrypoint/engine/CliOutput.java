package dev.entrypoint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what Docker's and Podman's command lines print; their formats agree where this reads them.
 */
final class CliOutput {

  private static final String LOADED = "Loaded image";

  private CliOutput() {}

  /**
   * The image references {@code load} printed: {@code Loaded image: NAME:TAG} (Podman names a short
   * name {@code localhost/NAME:TAG}), {@code Loaded image ID: sha256:...} for an untagged image,
   * and older Podman's {@code Loaded image(s): A,B}.
   */
  static List<String> loadedImages(String stdout) {
    List<String> images = new ArrayList<>();
    for (String line : stdout.lines().map(String::strip).toList()) {
      int colon = line.indexOf(": ");
      if (line.startsWith(LOADED) && colon > 0) {
        for (String image : line.substring(colon + 2).split(",")) {
          if (!image.isBlank()) {
            images.add(image.strip());
          }
        }
      }
    }
    return images;
  }

  /**
   * The first object of an {@code inspect} array, as both engines print it without {@code
   * --format}.
   */
  static JsonNode firstInspected(String inspectOutput, String what) {
    try {
      JsonNode root = Json.read(inspectOutput);
      if (root == null || !root.isArray() || root.isEmpty()) {
        throw new EngineException(
            "inspecting " + what + " printed no object: " + inspectOutput.strip());
      }
      return root.get(0);
    } catch (JsonProcessingException e) {
      throw new EngineException(
          "inspecting " + what + " printed something that is not JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  /** A JSON array of strings the engine printed, or an empty list for an absent or null value. */
  static List<String> stringsOrEmpty(JsonNode node) {
    try {
      List<String> strings = Json.stringList(node);
      return strings == null ? List.of() : strings;
    } catch (IllegalArgumentException notAnArray) {
      throw new EngineException(notAnArray.getMessage(), notAnArray);
    }
  }

  /** A JSON object of strings the engine printed, such as labels; empty for null. */
  static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node != null) {
      node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
    }
    return map;
  }

  /** Reads a JSON file the engine wrote, such as a container's OCI {@code config.json}. */
  static JsonNode json(String content, String what) {
    try {
      return Json.read(content);
    } catch (JsonProcessingException e) {
      throw new EngineException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The host port in {@code port} output such as {@code 127.0.0.1:49153} or {@code [::]:49153}. */
  static int hostPort(String portOutput, String what) {
    String first =
        portOutput
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .findFirst()
            .orElse("");
    try {
      return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    } catch (NumberFormatException e) {
      throw new EngineException(
          "the engine did not say where " + what + " is published: '" + portOutput.strip() + "'",
          e);
    }
  }

  /**
   * An exit code printed alone on a line, as {@code wait} and {@code inspect --format} print it.
   */
  static int exitCode(String output) {
    try {
      return Integer.parseInt(output.strip());
    } catch (NumberFormatException e) {
      throw new EngineException(
          "expected an exit code but the engine printed '" + output.strip() + "'", e);
    }
  }
}
