package io.orderflow.payment;

import io.orderflow.OnPostgres;

/**
 * Cancelling around the authorization on a real PostgreSQL server, where two
 * reconciliations at once skip each other's locked payments.
 */
class CancelDuringAuthorizationPostgresTest extends CancelDuringAuthorizationScenarios implements OnPostgres {

}
