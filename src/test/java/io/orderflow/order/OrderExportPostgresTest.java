package io.orderflow.order;

import io.orderflow.OnPostgres;

/** The CSV export on a real PostgreSQL server, as in production. */
class OrderExportPostgresTest extends OrderExportScenarios implements OnPostgres {

}
