package dev.entrypoint.bench.shop.service;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.entrypoint.bench.shop.domain.Customer;
import dev.entrypoint.bench.shop.domain.Money;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.domain.Sku;
import dev.entrypoint.bench.shop.http.HttpFailure;
import dev.entrypoint.bench.shop.store.ProductStore;
import java.time.Duration;

/** What a customer pays for a product, cached for a minute. */
public final class PriceQuotes {

  private record Key(Sku sku, Customer.Tier tier) {}

  private final ProductStore store;
  private final LoadingCache<Key, Money> quotes;

  public PriceQuotes(ProductStore store, int size) {
    this.store = store;
    this.quotes =
        Caffeine.newBuilder()
            .maximumSize(size)
            .expireAfterWrite(Duration.ofMinutes(1))
            .recordStats()
            .build(this::quote);
  }

  public Money quote(Sku sku, Customer.Tier tier) {
    return quotes.get(new Key(sku, tier));
  }

  public double hitRate() {
    return quotes.stats().hitRate();
  }

  private Money quote(Key key) throws Exception {
    Product product =
        store.find(key.sku()).orElseThrow(() -> HttpFailure.notFound("product " + key.sku()));
    return product.price().discounted(key.tier().discount());
  }
}
