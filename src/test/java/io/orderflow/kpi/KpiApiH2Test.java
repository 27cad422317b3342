package io.orderflow.kpi;

/** The KPI API on the embedded H2 database. */
class KpiApiH2Test extends KpiApiScenarios {

}
