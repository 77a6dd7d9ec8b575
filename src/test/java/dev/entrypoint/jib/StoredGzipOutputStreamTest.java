package dev.entrypoint.jib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredGzipOutputStreamTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_534, 65_535, 65_536, 131_070, 200_000})
  void gzipReadsBackWhatWasWrittenInTheAnnouncedSize(int length) throws IOException {
    byte[] content = new byte[length];
    new Random(length).nextBytes(content);

    byte[] gzip = stored(content, 4096);

    assertThat(gzip).hasSize((int) StoredGzipOutputStream.size(length));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void theSameContentGivesTheSameBytesHoweverItIsWritten() throws IOException {
    byte[] content = new byte[150_000];
    new Random(7).nextBytes(content);

    assertThat(stored(content, 1)).isEqualTo(stored(content, 100_000));
  }

  @Test
  void blocksAreStoredNotCompressed() throws IOException {
    byte[] zeros = new byte[100_000];

    byte[] gzip = stored(zeros, zeros.length);

    // A first block that is stored and not the last one (BFINAL 0, BTYPE 00), 65,535 bytes long.
    assertThat(gzip[10]).isEqualTo((byte) 0);
    assertThat(gzip[11] & 0xff | (gzip[12] & 0xff) << 8).isEqualTo(65_535);
    assertThat(gzip.length).isGreaterThan(zeros.length);
  }

  @Test
  void moreOrFewerBytesThanAnnouncedAreRefused() throws IOException {
    StoredGzipOutputStream tooMany = new StoredGzipOutputStream(new ByteArrayOutputStream(), 2);
    assertThatThrownBy(() -> tooMany.write(new byte[3]))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than the 2 bytes announced");

    StoredGzipOutputStream tooFew = new StoredGzipOutputStream(new ByteArrayOutputStream(), 2);
    tooFew.write(1);
    assertThatThrownBy(tooFew::finish)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("1 bytes came of the 2 announced");
  }

  private static byte[] stored(byte[] content, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StoredGzipOutputStream gzip = new StoredGzipOutputStream(out, content.length)) {
      for (int offset = 0; offset < content.length; offset += chunk) {
        gzip.write(content, offset, Math.min(chunk, content.length - offset));
      }
    }
    return out.toByteArray();
  }
}
