package io.orderflow.shipping;

import io.orderflow.OnPostgres;

/** Shipping on a real PostgreSQL server, as in production. */
class ShippingPostgresTest extends ShippingScenarios implements OnPostgres {

}
