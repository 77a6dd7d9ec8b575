package dev.entrypoint.bench.shop.domain;

import java.util.regex.Pattern;

/** A stock keeping unit: three capital letters, a dash and five digits. */
public record Sku(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}-\\d{5}");

  public Sku {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a SKU: " + value);
    }
  }

  /** The SKU for a category and a running number. */
  public static Sku of(Category category, int number) {
    return new Sku(category.code() + "-" + String.format("%05d", number));
  }

  @Override
  public String toString() {
    return value;
  }
}
