package dev.entrypoint.bench.shop.api;

import dev.entrypoint.bench.shop.domain.Sku;
import dev.entrypoint.bench.shop.http.Exchange;
import dev.entrypoint.bench.shop.http.HttpFailure;
import dev.entrypoint.bench.shop.http.Route;
import dev.entrypoint.bench.shop.service.SearchIndex;

/** {@code GET /search?q=light+kettle}: the SKUs whose names hold every word. */
public final class SearchHandler implements Route {

  private final SearchIndex index;

  public SearchHandler(SearchIndex index) {
    this.index = index;
  }

  @Override
  public Object handle(Exchange exchange) {
    String query = exchange.query("q").orElseThrow(() -> HttpFailure.badRequest("q is required"));
    return index.search(query).stream().map(Sku::value).sorted().toList();
  }
}
