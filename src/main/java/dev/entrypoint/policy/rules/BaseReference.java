package dev.entrypoint.policy.rules;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A base image reference as written in a FROM line or {@code <from><image>}, where the rules about
 * base images find it, read as a registry does.
 *
 * @param written the reference as written, ARGs expanded
 * @param shownAs how messages show where it is written: {@code FROM eclipse-temurin}
 * @param location where findings about it point
 */
record BaseReference(String written, String shownAs, Location location, ImageReference parsed) {

  /** The registry Docker Hub references resolve to, and the name people know it by. */
  private static final String DOCKER_HUB = "registry-1.docker.io";

  /** The external images the stages of {@code input} are built FROM. */
  static List<BaseReference> of(DockerfileInput input) {
    List<BaseReference> references = new ArrayList<>();
    for (Stage stage : input.dockerfile().stages()) {
      if (stage.base().isImage()) {
        String written = stage.base().name();
        parse(written, "FROM " + written, input.at(stage.from())).ifPresent(references::add);
      }
    }
    return references;
  }

  /** The registry base image a pom names, if it names one. */
  static Optional<BaseReference> of(ImageInput image) {
    return image
        .baseImage()
        .flatMap(
            written -> parse(written, "<from><image>" + written + "</image>", image.location()));
  }

  private static Optional<BaseReference> parse(String written, String shownAs, Location at) {
    if (written.isBlank() || written.contains("$") || written.startsWith("[")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BaseReference(written, shownAs, at, ImageReference.parse(written)));
    } catch (InvalidImageReferenceException invalid) {
      return Optional.empty();
    }
  }

  /** Whether the reference names neither a tag nor a digest. */
  boolean untagged() {
    String name = written.substring(written.lastIndexOf('/') + 1);
    return !name.contains(":") && !name.contains("@");
  }

  /** Whether the reference names the {@code latest} tag and no digest. */
  boolean latest() {
    return parsed.getDigest().isEmpty() && parsed.getTag().map("latest"::equals).orElse(false);
  }

  /** Whether the reference names a digest. */
  boolean pinned() {
    return parsed.getDigest().isPresent();
  }

  /** The registry, as people write it: {@code docker.io} for Docker Hub. */
  String registry() {
    return parsed.getRegistry().equals(DOCKER_HUB) ? "docker.io" : parsed.getRegistry();
  }

  /** The reference without tag or digest: {@code eclipse-temurin}. */
  String repository() {
    int at = written.indexOf('@');
    String name = at < 0 ? written : written.substring(0, at);
    int colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
  }
}
