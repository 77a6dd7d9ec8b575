package dev.entrypoint.bench.shop;

import java.util.Map;
import org.apache.commons.lang3.math.NumberUtils;

/**
 * The server's settings, from {@code --port N} style arguments, then the environment, then
 * defaults.
 */
public record ServerSettings(
    int port, int threads, String databaseName, int seedProducts, int quoteCacheSize) {

  /** Reads the settings; arguments win over environment variables. */
  public static ServerSettings from(String[] args, Map<String, String> env) {
    int port = NumberUtils.toInt(env.get("SHOP_PORT"), 8080);
    int threads = NumberUtils.toInt(env.get("SHOP_THREADS"), 8);
    String database = env.getOrDefault("SHOP_DATABASE", "shop");
    int seed = NumberUtils.toInt(env.get("SHOP_SEED_PRODUCTS"), 200);
    int cache = NumberUtils.toInt(env.get("SHOP_QUOTE_CACHE"), 10_000);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--database" -> database = args[i + 1];
        case "--seed" -> seed = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new ServerSettings(port, threads, database, seed, cache);
  }
}
