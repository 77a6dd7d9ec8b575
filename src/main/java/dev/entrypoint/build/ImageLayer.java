package dev.entrypoint.build;

import dev.entrypoint.jib.Descriptor;
import java.util.Optional;

/** One layer of a built image: its compressed blob, and the digest of its tar, its diff ID. */
record ImageLayer(Descriptor blob, String diffId) {

  /** {@code digest size diffId}, as {@code image.inputs} records it. */
  String recorded() {
    return blob.digest() + " " + blob.size() + " " + diffId;
  }

  /** The layer a line of {@link #recorded()} describes; empty when it is damaged. */
  static Optional<ImageLayer> parse(String line) {
    String[] parts = line == null ? new String[0] : line.split(" ");
    if (parts.length != 3 || !parts[1].matches("\\d{1,15}")) {
      return Optional.empty();
    }
    return Optional.of(
        new ImageLayer(new Descriptor(parts[0], Long.parseLong(parts[1])), parts[2]));
  }
}
