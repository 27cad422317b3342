package io.orderflow.webhooks;

/** Outbound webhooks on the embedded H2 database. */
class WebhookH2Test extends WebhookScenarios {

}
