package dev.entrypoint.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/** Layer blobs come gzip-compressed (usually), otherwise compressed, or plain: this reads them all as tar. */
final class LayerCompression {

  private LayerCompression() {}

  /** {@code raw} uncompressed, whatever compression its first bytes announce. */
  static InputStream uncompressed(InputStream raw) throws IOException {
    InputStream buffered = raw.markSupported() ? raw : new BufferedInputStream(raw);
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
          "a layer is compressed with " + compression + ", which cannot be read here: " + e.getMessage(), e);
    }
  }
}
