package dev.entrypoint.bench.shop.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** A pooled connection to the shop's H2 database, held in memory for the life of the process. */
public final class Database implements AutoCloseable {

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /** An in-memory database named {@code name}, kept until {@link #close()}. */
  public static Database inMemory(String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    config.setUsername("shop");
    config.setPassword("");
    config.setMaximumPoolSize(8);
    config.setPoolName("shop");
    return new Database(new HikariDataSource(config));
  }

  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** Whether a connection answers a trivial query. */
  public boolean healthy() {
    try (Connection connection = connection()) {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
