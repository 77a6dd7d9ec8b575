package dev.entrypoint.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrypoint.Json;
import dev.entrypoint.launch.ImageLaunch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An image's config (the OCI / Docker image config JSON): what a container of it starts with.
 * Values not set read as {@code null} or empty, never as a default the engine would substitute.
 */
public final class ImageConfig {

  private final JsonNode root;
  private final JsonNode config;
  private final ImageLaunch launch;
  private final List<String> env;
  private final List<String> diffIds;

  private ImageConfig(JsonNode root) {
    this.root = root;
    JsonNode inner = root.path("config");
    this.config = inner.isObject() ? inner : root.path("Config");
    this.launch =
        ImageLaunch.of(
            Json.stringList(config.get("Entrypoint")), Json.stringList(config.get("Cmd")));
    this.env = orEmpty(Json.stringList(config.get("Env")));
    this.diffIds = orEmpty(Json.stringList(root.path("rootfs").get("diff_ids")));
  }

  /**
   * Parses an image config blob.
   *
   * @throws IOException when it is not JSON, or its ENTRYPOINT, CMD, ENV or layer list is not an
   *     array of strings
   */
  public static ImageConfig parse(byte[] json) throws IOException {
    JsonNode root = Json.read(json);
    if (root == null || !root.isObject()) {
      throw new IOException("the image config is not a JSON object");
    }
    try {
      return new ImageConfig(root);
    } catch (IllegalArgumentException malformed) {
      throw new IOException("the image config is malformed: " + malformed.getMessage(), malformed);
    }
  }

  /**
   * Reads a {@code docker inspect}-style {@code .Config} object (the part under "config").
   *
   * @throws IllegalArgumentException when its ENTRYPOINT, CMD or ENV is not an array of strings
   */
  public static ImageConfig ofContainerConfig(JsonNode containerConfig) {
    return new ImageConfig(Json.object().set("config", containerConfig));
  }

  /** ENTRYPOINT and CMD as stored, with null, [] and [""] kept apart. */
  public ImageLaunch launch() {
    return launch;
  }

  /** The {@code NAME=value} environment, in stored order. */
  public List<String> env() {
    return env;
  }

  /** The environment as a map; later entries win, as in the engines. */
  public Map<String, String> envMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : env()) {
      int equals = entry.indexOf('=');
      map.put(
          equals < 0 ? entry : entry.substring(0, equals),
          equals < 0 ? "" : entry.substring(equals + 1));
    }
    return map;
  }

  /** The USER, or an empty string when not set (root). */
  public String user() {
    return config.path("User").asText("");
  }

  /** The WORKDIR, or an empty string when not set. */
  public String workingDir() {
    return config.path("WorkingDir").asText("");
  }

  /** Exposed ports such as {@code 8080/tcp}. */
  public List<String> exposedPorts() {
    return fieldNames(config.get("ExposedPorts"));
  }

  /** Whether a HEALTHCHECK is set (and not {@code NONE}). */
  public boolean hasHealthcheck() {
    JsonNode test = config.path("Healthcheck").path("Test");
    return test.isArray() && !test.isEmpty() && !"NONE".equals(test.get(0).asText());
  }

  /** The layers' uncompressed digests ({@code rootfs.diff_ids}). */
  public List<String> diffIds() {
    return diffIds;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
