package io.orderflow.system;

import io.orderflow.OnPostgres;

/** Administration on a real PostgreSQL server, as in production. */
class AdministrationPostgresTest extends AdministrationScenarios implements OnPostgres {

}
