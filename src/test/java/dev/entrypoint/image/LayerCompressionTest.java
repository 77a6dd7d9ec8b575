package dev.entrypoint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LayerCompressionTest {

  /** A stream that remembers whether it was closed. */
  private static final class TrackedStream extends ByteArrayInputStream {
    boolean closed;

    TrackedStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void gzipAndPlainLayersReadTheSame() throws IOException {
    byte[] tar = "a tar stream".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(tar);
    }

    try (InputStream plain = LayerCompression.uncompressed(new ByteArrayInputStream(tar));
        InputStream unzipped =
            LayerCompression.uncompressed(new ByteArrayInputStream(gzipped.toByteArray()))) {
      assertThat(plain.readAllBytes()).isEqualTo(tar);
      assertThat(unzipped.readAllBytes()).isEqualTo(tar);
    }
  }

  @Test
  void aLayerWhoseDecompressionCannotStartIsClosed() {
    TrackedStream raw =
        new TrackedStream(new byte[] {0x1f, (byte) 0x8b, 0x7f, 0, 0, 0, 0, 0, 0, 0});

    assertThatThrownBy(() -> LayerCompression.uncompressed(raw)).isInstanceOf(IOException.class);
    assertThat(raw.closed).isTrue();
  }
}
