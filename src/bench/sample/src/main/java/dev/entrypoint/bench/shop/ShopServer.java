package dev.entrypoint.bench.shop;

import com.sun.net.httpserver.HttpServer;
import dev.entrypoint.bench.shop.api.ExportHandler;
import dev.entrypoint.bench.shop.api.HealthHandler;
import dev.entrypoint.bench.shop.api.OrdersHandler;
import dev.entrypoint.bench.shop.api.ProductsHandler;
import dev.entrypoint.bench.shop.api.SearchHandler;
import dev.entrypoint.bench.shop.health.Metrics;
import dev.entrypoint.bench.shop.http.RequestLogFilter;
import dev.entrypoint.bench.shop.http.Router;
import dev.entrypoint.bench.shop.json.Json;
import dev.entrypoint.bench.shop.service.Catalog;
import dev.entrypoint.bench.shop.service.CatalogExport;
import dev.entrypoint.bench.shop.service.Checkout;
import dev.entrypoint.bench.shop.service.PriceQuotes;
import dev.entrypoint.bench.shop.service.SearchIndex;
import dev.entrypoint.bench.shop.store.Database;
import dev.entrypoint.bench.shop.store.OrderStore;
import dev.entrypoint.bench.shop.store.ProductStore;
import dev.entrypoint.bench.shop.store.SchemaMigration;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the shop: an in-memory database, the services, and the HTTP routes. With {@code --version}
 * it prints its name and revision and exits; an unknown option ends it with exit code 1.
 */
public final class ShopServer {

  private static final Logger LOG = LoggerFactory.getLogger(ShopServer.class);

  private ShopServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--version")) {
      System.out.println("bench-shop " + new Metrics().revision());
      return;
    }
    ServerSettings settings = ServerSettings.from(args, System.getenv());
    Database database = Database.inMemory(settings.databaseName());
    new SchemaMigration(database).migrate();

    ProductStore products = new ProductStore(database);
    OrderStore orders = new OrderStore(database);
    Catalog catalog = new Catalog(products);
    catalog.seed(settings.seedProducts());
    SearchIndex search = SearchIndex.of(catalog.all());
    PriceQuotes quotes = new PriceQuotes(products, settings.quoteCacheSize());
    Checkout checkout = new Checkout(orders, quotes);
    Metrics metrics = new Metrics();
    Json json = new Json();

    Router router =
        new Router(json, metrics)
            .get("/health", new HealthHandler(database, metrics))
            .get("/products", new ProductsHandler(catalog, quotes))
            .get("/search", new SearchHandler(search))
            .post("/orders", new OrdersHandler(checkout, json))
            .get("/export", new ExportHandler(new CatalogExport(catalog, json)));

    HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    server.createContext("/", router).getFilters().add(new RequestLogFilter(metrics));
    server.setExecutor(Executors.newFixedThreadPool(settings.threads()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop(1);
                  database.close();
                }));
    server.start();
    LOG.info("Shop listening on port {} with {} products", settings.port(), catalog.all().size());
  }
}
