package dev.entrypoint.bench.shop.store;

import dev.entrypoint.bench.shop.domain.Order;
import dev.entrypoint.bench.shop.domain.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/** Orders and their lines, written in one transaction. */
public final class OrderStore {

  private final Database database;

  public OrderStore(Database database) {
    this.database = database;
  }

  /** Stores a new order and returns its id. */
  public long insert(Order order) throws SQLException {
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try {
        long id = insertOrder(connection, order);
        try (PreparedStatement line =
            connection.prepareStatement(
                "INSERT INTO order_line (order_id, sku, quantity, unit_price_cents) VALUES (?, ?, ?, ?)")) {
          for (OrderLine orderLine : order.lines()) {
            line.setLong(1, id);
            line.setString(2, orderLine.sku().value());
            line.setInt(3, orderLine.quantity());
            line.setLong(4, orderLine.unitPrice().cents());
            line.addBatch();
          }
          line.executeBatch();
        }
        connection.commit();
        return id;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static long insertOrder(Connection connection, Order order) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO shop_order (customer_id, status, placed_at) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, order.customerId());
      insert.setString(2, order.status().name());
      insert.setTimestamp(3, Timestamp.from(order.placedAt()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
