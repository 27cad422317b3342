package io.orderflow.security;

import io.orderflow.OnPostgres;

/** Staff scopes on a real PostgreSQL server, as in production. */
class StaffScopesPostgresTest extends StaffScopeScenarios implements OnPostgres {

}
