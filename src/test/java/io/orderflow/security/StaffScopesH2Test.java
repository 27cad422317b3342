package io.orderflow.security;

/** Staff scopes on the embedded H2 database. */
class StaffScopesH2Test extends StaffScopeScenarios {

}
