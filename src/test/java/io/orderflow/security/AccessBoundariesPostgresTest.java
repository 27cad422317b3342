package io.orderflow.security;

import io.orderflow.OnPostgres;

/**
 * Access boundaries on a real PostgreSQL server: the engine's authorization checks are
 * SQL of its own per database.
 */
class AccessBoundariesPostgresTest extends AccessBoundaryScenarios implements OnPostgres {

}
