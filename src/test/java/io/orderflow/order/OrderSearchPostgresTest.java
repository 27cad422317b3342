package io.orderflow.order;

import io.orderflow.OnPostgres;

/** The order search on a real PostgreSQL server, as in production. */
class OrderSearchPostgresTest extends OrderSearchScenarios implements OnPostgres {

}
