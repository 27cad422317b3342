package io.orderflow.catalog;

import io.orderflow.OnPostgres;

/** The catalogue on a real PostgreSQL server, as in production. */
class CataloguePostgresTest extends CatalogueScenarios implements OnPostgres {

}
