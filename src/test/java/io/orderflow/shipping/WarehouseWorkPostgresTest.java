package io.orderflow.shipping;

import io.orderflow.OnPostgres;

/** Warehouse work and labels on a real PostgreSQL server, as in production. */
class WarehouseWorkPostgresTest extends WarehouseWorkScenarios implements OnPostgres {

}
