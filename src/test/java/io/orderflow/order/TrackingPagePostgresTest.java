package io.orderflow.order;

import io.orderflow.OnPostgres;

/** The tracking page on a real PostgreSQL server, as in production. */
class TrackingPagePostgresTest extends TrackingPageScenarios implements OnPostgres {

}
