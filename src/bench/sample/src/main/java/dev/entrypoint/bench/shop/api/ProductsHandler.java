package dev.entrypoint.bench.shop.api;

import dev.entrypoint.bench.shop.domain.Customer;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.http.Exchange;
import dev.entrypoint.bench.shop.http.HttpFailure;
import dev.entrypoint.bench.shop.http.Route;
import dev.entrypoint.bench.shop.service.Catalog;
import dev.entrypoint.bench.shop.service.PriceQuotes;
import java.util.List;
import java.util.Map;

/** {@code GET /products?tier=GOLD&limit=20}: products with the tier's prices. */
public final class ProductsHandler implements Route {

  private final Catalog catalog;
  private final PriceQuotes quotes;

  public ProductsHandler(Catalog catalog, PriceQuotes quotes) {
    this.catalog = catalog;
    this.quotes = quotes;
  }

  @Override
  public Object handle(Exchange exchange) throws Exception {
    Customer.Tier tier = tier(exchange.query("tier").orElse("REGULAR"));
    int limit = exchange.intQuery("limit", 20);
    List<Product> products = catalog.all();
    return products.stream()
        .limit(limit)
        .map(
            product ->
                Map.of(
                    "sku", product.sku().value(),
                    "name", product.name(),
                    "category", product.category().name(),
                    "price", quotes.quote(product.sku(), tier).toString(),
                    "inStock", product.inStock(1)))
        .toList();
  }

  private static Customer.Tier tier(String value) {
    try {
      return Customer.Tier.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw HttpFailure.badRequest("tier must be REGULAR, SILVER or GOLD");
    }
  }
}
