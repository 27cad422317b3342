package io.orderflow.security;

import io.orderflow.OnPostgres;

/** API clients on a real PostgreSQL server, as in production. */
class ApiClientsPostgresTest extends ApiClientScenarios implements OnPostgres {

}
