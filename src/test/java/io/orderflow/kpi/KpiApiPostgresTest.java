package io.orderflow.kpi;

import io.orderflow.OnPostgres;

/** The KPI API on a real PostgreSQL server, as in production. */
class KpiApiPostgresTest extends KpiApiScenarios implements OnPostgres {

}
