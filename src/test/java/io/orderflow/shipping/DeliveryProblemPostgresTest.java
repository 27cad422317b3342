package io.orderflow.shipping;

import io.orderflow.OnPostgres;

/** Delivery problems on a real PostgreSQL server, as in production. */
class DeliveryProblemPostgresTest extends DeliveryProblemScenarios implements OnPostgres {

}
