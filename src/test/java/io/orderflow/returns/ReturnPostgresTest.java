package io.orderflow.returns;

import io.orderflow.OnPostgres;

/** Returns on a real PostgreSQL server, as in production. */
class ReturnPostgresTest extends ReturnScenarios implements OnPostgres {

}
