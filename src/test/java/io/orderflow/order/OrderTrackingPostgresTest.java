package io.orderflow.order;

import io.orderflow.OnPostgres;

/** Tracking on a real PostgreSQL server, as in production. */
class OrderTrackingPostgresTest extends OrderTrackingScenarios implements OnPostgres {

}
