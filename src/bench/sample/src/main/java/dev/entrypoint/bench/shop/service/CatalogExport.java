package dev.entrypoint.bench.shop.service;

import dev.entrypoint.bench.shop.domain.Category;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** The catalog as a .tar.gz: one JSON file per category. */
public final class CatalogExport {

  private final Catalog catalog;
  private final Json json;

  public CatalogExport(Catalog catalog, Json json) {
    this.catalog = catalog;
    this.json = json;
  }

  public byte[] tarGz() throws IOException, SQLException {
    Map<Category, List<Product>> byCategory =
        catalog.all().stream()
            .collect(
                Collectors.groupingBy(
                    Product::category, () -> new EnumMap<>(Category.class), Collectors.toList()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
      for (Map.Entry<Category, List<Product>> entry : byCategory.entrySet()) {
        byte[] content = json.write(entry.getValue());
        TarArchiveEntry file = new TarArchiveEntry(entry.getKey().name().toLowerCase() + ".json");
        file.setSize(content.length);
        tar.putArchiveEntry(file);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }
}
