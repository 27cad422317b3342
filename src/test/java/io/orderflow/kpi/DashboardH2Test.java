package io.orderflow.kpi;

/** The managers' dashboard on the embedded H2 database. */
class DashboardH2Test extends DashboardScenarios {

}
