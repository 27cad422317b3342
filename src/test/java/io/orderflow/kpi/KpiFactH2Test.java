package io.orderflow.kpi;

/** The KPI facts of real orders on the embedded H2 database. */
class KpiFactH2Test extends KpiFactScenarios {

}
