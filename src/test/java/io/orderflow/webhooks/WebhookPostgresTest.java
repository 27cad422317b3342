package io.orderflow.webhooks;

import io.orderflow.OnPostgres;

/** Outbound webhooks on a real PostgreSQL server, as in production. */
class WebhookPostgresTest extends WebhookScenarios implements OnPostgres {

}
