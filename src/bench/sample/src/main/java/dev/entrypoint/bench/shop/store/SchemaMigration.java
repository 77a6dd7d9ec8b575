package dev.entrypoint.bench.shop.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.commons.lang3.StringUtils;

/** Creates the tables from {@code schema.sql} on the classpath. */
public final class SchemaMigration {

  private final Database database;

  public SchemaMigration(Database database) {
    this.database = database;
  }

  public void migrate() throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      for (String sql : StringUtils.split(script(), ';')) {
        if (StringUtils.isNotBlank(sql)) {
          statement.execute(sql.strip());
        }
      }
    }
  }

  private static String script() {
    try (InputStream in = SchemaMigration.class.getResourceAsStream("/schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("schema.sql is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
