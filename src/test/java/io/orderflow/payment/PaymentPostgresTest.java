package io.orderflow.payment;

import io.orderflow.OnPostgres;

/** Payment on a real PostgreSQL server, as in production. */
class PaymentPostgresTest extends PaymentScenarios implements OnPostgres {

}
