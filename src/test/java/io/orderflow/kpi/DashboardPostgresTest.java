package io.orderflow.kpi;

import io.orderflow.OnPostgres;

/** The managers' dashboard on a real PostgreSQL server, as in production. */
class DashboardPostgresTest extends DashboardScenarios implements OnPostgres {

}
