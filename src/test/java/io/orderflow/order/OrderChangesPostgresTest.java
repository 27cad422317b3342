package io.orderflow.order;

import io.orderflow.OnPostgres;

/** The changed-since feed on a real PostgreSQL server, as in production. */
class OrderChangesPostgresTest extends OrderChangesScenarios implements OnPostgres {

}
