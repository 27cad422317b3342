package io.orderflow.security;

import io.orderflow.OnPostgres;

/**
 * Tasks from before an upgrade, on a real PostgreSQL server: the search for missing
 * grants is SQL of its own.
 */
class PreUpgradeTasksPostgresTest extends PreUpgradeTaskScenarios implements OnPostgres {

}
