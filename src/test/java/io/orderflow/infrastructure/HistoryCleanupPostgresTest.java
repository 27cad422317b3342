package io.orderflow.infrastructure;

import io.orderflow.OnPostgres;

/** History cleanup on a real PostgreSQL server, as in production. */
class HistoryCleanupPostgresTest extends HistoryCleanupScenarios implements OnPostgres {

}
