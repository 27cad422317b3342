package io.orderflow.security;

/** Access boundaries on the embedded H2 database. */
class AccessBoundariesH2Test extends AccessBoundaryScenarios {

}
