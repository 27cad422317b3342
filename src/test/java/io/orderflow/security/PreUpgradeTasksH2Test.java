package io.orderflow.security;

/** Tasks from before an upgrade, on the embedded H2 database. */
class PreUpgradeTasksH2Test extends PreUpgradeTaskScenarios {

}
