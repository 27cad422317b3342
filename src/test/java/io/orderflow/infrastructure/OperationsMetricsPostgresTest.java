package io.orderflow.infrastructure;

import io.orderflow.OnPostgres;

/** Operations metrics on a real PostgreSQL server, as in production. */
class OperationsMetricsPostgresTest extends OperationsMetricsScenarios implements OnPostgres {

}
