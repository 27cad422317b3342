package io.orderflow.infrastructure;

import io.orderflow.OnPostgres;

/** Administration on a real PostgreSQL server, as in production. */
class AdministrationPostgresTest extends AdministrationScenarios implements OnPostgres {

}
