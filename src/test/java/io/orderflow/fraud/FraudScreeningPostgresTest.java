package io.orderflow.fraud;

import io.orderflow.OnPostgres;

/** Fraud screening on a real PostgreSQL server, as in production. */
class FraudScreeningPostgresTest extends FraudScreeningScenarios implements OnPostgres {

}
