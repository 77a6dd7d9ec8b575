package dev.entrypoint.bench.shop.domain;

import java.util.Objects;

/** A product on sale: SKU, name, category, list price and stock. */
public record Product(
    Sku sku, String name, String slug, Category category, Money price, int stock) {

  public Product {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(price, "price");
    if (stock < 0) {
      throw new IllegalArgumentException("negative stock for " + sku);
    }
  }

  public boolean inStock(int quantity) {
    return stock >= quantity;
  }

  public Product withStock(int newStock) {
    return new Product(sku, name, slug, category, price, newStock);
  }
}
