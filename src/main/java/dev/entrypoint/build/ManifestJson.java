package dev.entrypoint.build;

import dev.entrypoint.jib.Descriptor;
import dev.entrypoint.launch.Argv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The manifests, the OCI index and Docker's {@code manifest.json} of a built image exactly as
 * jib-core and this plugin write them (field for field, compact), written without a JSON library,
 * so an {@link IncrementalBuild} loads none.
 */
final class ManifestJson {

  private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  private static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  private static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
  private static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
  private static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";
  private static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
  private static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";

  private ManifestJson() {}

  /** The OCI image manifest of a config and its layers, bottom first. */
  static byte[] oci(Descriptor config, List<Descriptor> layers) {
    return manifest(OCI_MANIFEST, OCI_CONFIG, OCI_LAYER, config, layers);
  }

  /** The Docker image manifest (schema 2) of a config and its layers, bottom first. */
  static byte[] docker(Descriptor config, List<Descriptor> layers) {
    return manifest(DOCKER_MANIFEST, DOCKER_CONFIG, DOCKER_LAYER, config, layers);
  }

  /** The {@code index.json} of an OCI layout tarball with one manifest, named {@code name}. */
  static byte[] ociIndex(Descriptor manifest, String name) {
    return bytes(
        "{\"schemaVersion\":2,\"mediaType\":\""
            + OCI_INDEX
            + "\",\"manifests\":[{"
            + fields(OCI_MANIFEST, manifest)
            + ",\"annotations\":{\"org.opencontainers.image.ref.name\":"
            + Argv.jsonString(name)
            + "}}]}");
  }

  /**
   * Docker's {@code manifest.json}: one image with the config file {@code config}, tagged {@code
   * tags}, of the layer files {@code layers}, bottom first.
   */
  static byte[] dockerSave(String config, List<String> tags, List<String> layers) {
    return bytes(
        "[{\"Config\":"
            + Argv.jsonString(config)
            + ",\"RepoTags\":"
            + array(tags)
            + ",\"Layers\":"
            + array(layers)
            + "}]");
  }

  private static byte[] manifest(
      String mediaType,
      String configType,
      String layerType,
      Descriptor config,
      List<Descriptor> layers) {
    StringBuilder json =
        new StringBuilder("{\"schemaVersion\":2,\"mediaType\":\"")
            .append(mediaType)
            .append("\",\"config\":{")
            .append(fields(configType, config))
            .append("},\"layers\":[");
    for (int i = 0; i < layers.size(); i++) {
      json.append(i == 0 ? "{" : ",{").append(fields(layerType, layers.get(i))).append('}');
    }
    return bytes(json.append("]}").toString());
  }

  private static String fields(String mediaType, Descriptor blob) {
    return "\"mediaType\":\""
        + mediaType
        + "\",\"digest\":\""
        + blob.digest()
        + "\",\"size\":"
        + blob.size();
  }

  private static String array(List<String> values) {
    return values.stream().map(Argv::jsonString).collect(Collectors.joining(",", "[", "]"));
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
