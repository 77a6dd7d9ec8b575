package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** A tar archive passed through, without some entries, in writes of any size. */
class FilteredTarStreamTest {

  private final Map<String, String> entries = new LinkedHashMap<>();

  FilteredTarStreamTest() {
    entries.put("base.tar.gz", "x".repeat(1500));
    entries.put("app.tar.gz", "y".repeat(700));
    entries.put("empty", "");
    entries.put("config.json", "{\"rootfs\":{}}");
    entries.put("a/" + "long-name-".repeat(12) + ".txt", "named in a PAX header");
  }

  @Test
  void theNamedEntriesAreLeftOutAndTheRestIsReadableAsBefore() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FilteredTarStream filter =
        new FilteredTarStream(out, Set.of("base.tar.gz")::contains, Set.of())) {
      writeInPieces(archive(), filter, 7);
    }

    Map<String, String> expected = new LinkedHashMap<>(entries);
    expected.remove("base.tar.gz");
    assertThat(read(out.toByteArray())).containsExactlyEntriesOf(expected);
  }

  @Test
  void nothingLeftOutGivesTheSameBytes() throws IOException {
    byte[] archive = archive();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FilteredTarStream filter = new FilteredTarStream(out, name -> false, Set.of())) {
      writeInPieces(archive, filter, 513);
    }

    assertThat(out.toByteArray()).isEqualTo(archive);
  }

  @Test
  void keptEntriesAreCopiedWhetherPassedOnOrLeftOut() throws IOException {
    FilteredTarStream filter =
        new FilteredTarStream(
            new ByteArrayOutputStream(), "config.json"::equals, Set.of("config.json", "empty"));
    writeInPieces(archive(), filter, 100);

    assertThat(filter.copies()).containsOnlyKeys("config.json", "empty");
    assertThat(new String(filter.copies().get("config.json"), StandardCharsets.UTF_8))
        .isEqualTo("{\"rootfs\":{}}");
    assertThat(filter.copies().get("empty")).isEmpty();
  }

  @Test
  void anEntryNamedInAnExtensionHeaderIsNeverLeftOut() throws IOException {
    String longName = "a/" + "long-name-".repeat(12) + ".txt";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FilteredTarStream filter = new FilteredTarStream(out, longName::equals, Set.of())) {
      writeInPieces(archive(), filter, 64);
    }

    assertThat(read(out.toByteArray())).containsKey(longName);
  }

  private byte[] archive() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
        tarEntry.setSize(content.length);
        tar.putArchiveEntry(tarEntry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void writeInPieces(byte[] bytes, FilteredTarStream filter, int piece)
      throws IOException {
    for (int offset = 0; offset < bytes.length; offset += piece) {
      filter.write(bytes, offset, Math.min(piece, bytes.length - offset));
    }
  }

  private static Map<String, String> read(byte[] archive) throws IOException {
    Map<String, String> read = new LinkedHashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        read.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return read;
  }
}
