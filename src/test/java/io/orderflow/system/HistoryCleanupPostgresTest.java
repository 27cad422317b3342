package io.orderflow.system;

import io.orderflow.OnPostgres;

/** History cleanup on a real PostgreSQL server, as in production. */
class HistoryCleanupPostgresTest extends HistoryCleanupScenarios implements OnPostgres {

}
