package io.orderflow.kpi;

import io.orderflow.OnPostgres;

/** The KPI facts of real orders on a real PostgreSQL server, as in production. */
class KpiFactPostgresTest extends KpiFactScenarios implements OnPostgres {

}
