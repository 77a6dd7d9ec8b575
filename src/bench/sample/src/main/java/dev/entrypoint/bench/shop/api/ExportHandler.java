package dev.entrypoint.bench.shop.api;

import dev.entrypoint.bench.shop.http.Exchange;
import dev.entrypoint.bench.shop.http.Route;
import dev.entrypoint.bench.shop.service.CatalogExport;

/** {@code GET /export}: the catalog as a .tar.gz. */
public final class ExportHandler implements Route {

  private final CatalogExport export;

  public ExportHandler(CatalogExport export) {
    this.export = export;
  }

  @Override
  public Object handle(Exchange exchange) throws Exception {
    return export.tarGz();
  }
}
