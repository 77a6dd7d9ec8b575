package dev.entrypoint.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Layer blobs come gzip-compressed (usually), otherwise compressed, or plain: this reads them all
 * as tar.
 */
final class LayerCompression {

  private LayerCompression() {}

  /**
   * {@code raw} uncompressed, whatever compression its first bytes announce. Closing the result
   * closes {@code raw}; when this throws, {@code raw} is closed already.
   */
  static InputStream uncompressed(InputStream raw) throws IOException {
    try {
      return decompressing(raw.markSupported() ? raw : new BufferedInputStream(raw));
    } catch (IOException | RuntimeException e) {
      try {
        raw.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The compression the file's first bytes announce ({@code gz}, {@code zstd} ...), if any. */
  static Optional<String> of(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return Optional.of(CompressorStreamFactory.detect(in));
    } catch (CompressorException notCompressed) {
      return Optional.empty();
    }
  }

  private static InputStream decompressing(InputStream buffered) throws IOException {
    String compression;
    try {
      compression = CompressorStreamFactory.detect(buffered);
    } catch (CompressorException notCompressed) {
      return buffered;
    }
    try {
      return new CompressorStreamFactory().createCompressorInputStream(compression, buffered);
    } catch (CompressorException e) {
      throw new IOException(
          "a layer is compressed with "
              + compression
              + ", which cannot be read here: "
              + e.getMessage(),
          e);
    }
  }
}
