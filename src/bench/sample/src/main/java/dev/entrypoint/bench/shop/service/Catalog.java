package dev.entrypoint.bench.shop.service;

import com.google.common.collect.ImmutableList;
import dev.entrypoint.bench.shop.domain.Category;
import dev.entrypoint.bench.shop.domain.Money;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.domain.Sku;
import dev.entrypoint.bench.shop.store.ProductStore;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The products on sale. */
public final class Catalog {

  private static final List<String> ADJECTIVES =
      List.of("Sturdy", "Light", "Classic", "Compact", "Deluxe", "Crème");
  private static final List<String> NOUNS =
      List.of("Shovel", "Kettle", "Lantern", "Notebook", "Hammer", "Tent");

  private final ProductStore store;

  public Catalog(ProductStore store) {
    this.store = store;
  }

  /** Fills the catalog with {@code count} products, the same ones on every start. */
  public void seed(int count) throws SQLException {
    Random random = new Random(42);
    Category[] categories = Category.values();
    for (int i = 1; i <= count; i++) {
      Category category = categories[i % categories.length];
      String name =
          ADJECTIVES.get(random.nextInt(ADJECTIVES.size()))
              + " "
              + NOUNS.get(random.nextInt(NOUNS.size()))
              + " "
              + i;
      store.save(
          new Product(
              Sku.of(category, i),
              name,
              SlugFormat.of(name),
              category,
              new Money(199 + random.nextInt(20_000)),
              random.nextInt(50)));
    }
  }

  public List<Product> all() throws SQLException {
    return ImmutableList.copyOf(store.all());
  }

  public Optional<Product> find(Sku sku) throws SQLException {
    return store.find(sku);
  }
}
