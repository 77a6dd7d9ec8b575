package dev.entrypoint.bench.shop.store;

import dev.entrypoint.bench.shop.domain.Category;
import dev.entrypoint.bench.shop.domain.Money;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.domain.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Products in the {@code product} table. */
public final class ProductStore {

  private final Database database;

  public ProductStore(Database database) {
    this.database = database;
  }

  public void save(Product product) throws SQLException {
    try (Connection connection = database.connection();
        PreparedStatement merge =
            connection.prepareStatement(
                "MERGE INTO product (sku, name, slug, category, price_cents, stock) KEY (sku) VALUES (?, ?, ?, ?, ?, ?)")) {
      merge.setString(1, product.sku().value());
      merge.setString(2, product.name());
      merge.setString(3, product.slug());
      merge.setString(4, product.category().name());
      merge.setLong(5, product.price().cents());
      merge.setInt(6, product.stock());
      merge.executeUpdate();
    }
  }

  public Optional<Product> find(Sku sku) throws SQLException {
    try (Connection connection = database.connection();
        PreparedStatement select =
            connection.prepareStatement("SELECT * FROM product WHERE sku = ?")) {
      select.setString(1, sku.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(product(rows)) : Optional.empty();
      }
    }
  }

  public List<Product> all() throws SQLException {
    try (Connection connection = database.connection();
        PreparedStatement select =
            connection.prepareStatement("SELECT * FROM product ORDER BY sku");
        ResultSet rows = select.executeQuery()) {
      List<Product> products = new ArrayList<>();
      while (rows.next()) {
        products.add(product(rows));
      }
      return products;
    }
  }

  private static Product product(ResultSet row) throws SQLException {
    return new Product(
        new Sku(row.getString("sku")),
        row.getString("name"),
        row.getString("slug"),
        Category.valueOf(row.getString("category")),
        new Money(row.getLong("price_cents")),
        row.getInt("stock"));
  }
}
