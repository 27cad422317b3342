package io.orderflow.order;

import io.orderflow.OnPostgres;

/** The order lifecycle on a real PostgreSQL server, as in production. */
class OrderLifecyclePostgresTest extends OrderLifecycleScenarios implements OnPostgres {

}
