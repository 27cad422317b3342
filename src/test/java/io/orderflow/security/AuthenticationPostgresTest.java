package io.orderflow.security;

import io.orderflow.OnPostgres;

/** Authentication on a real PostgreSQL server, as in production. */
class AuthenticationPostgresTest extends AuthenticationScenarios implements OnPostgres {

}
