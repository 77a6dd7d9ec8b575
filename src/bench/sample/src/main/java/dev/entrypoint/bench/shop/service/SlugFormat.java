package dev.entrypoint.bench.shop.service;

import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/** URL slugs from product names: lower case ASCII words joined by dashes. */
public final class SlugFormat {

  private SlugFormat() {}

  public static String of(String name) {
    String ascii = StringUtils.stripAccents(name).toLowerCase(Locale.ROOT);
    String dashed = ascii.replaceAll("[^a-z0-9]+", "-");
    return StringUtils.strip(dashed, "-");
  }
}
