package io.orderflow.order;

import io.orderflow.OnPostgres;

/** Cancellation on a real PostgreSQL server, as in production. */
class OrderCancellationPostgresTest extends OrderCancellationScenarios implements OnPostgres {

}
