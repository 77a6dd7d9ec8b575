package dev.entrypoint.bench.shop.service;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import dev.entrypoint.bench.shop.domain.Product;
import dev.entrypoint.bench.shop.domain.Sku;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds products by the words of their names. */
public final class SearchIndex {

  private final ImmutableSetMultimap<String, Sku> byWord;

  private SearchIndex(ImmutableSetMultimap<String, Sku> byWord) {
    this.byWord = byWord;
  }

  public static SearchIndex of(List<Product> products) {
    ImmutableSetMultimap.Builder<String, Sku> index = ImmutableSetMultimap.builder();
    for (Product product : products) {
      for (String word : product.slug().split("-")) {
        index.put(word, product.sku());
      }
    }
    return new SearchIndex(index.build());
  }

  /** The products whose names hold every word of the query. */
  public Set<Sku> search(String query) {
    Set<Sku> found = null;
    for (String word : SlugFormat.of(query).split("-")) {
      Set<Sku> matches = byWord.get(word);
      found =
          found == null
              ? new HashSet<>(matches)
              : Sets.intersection(found, matches).immutableCopy();
    }
    return found == null ? Set.of() : found;
  }
}
