package io.orderflow.webhooks.web;

import java.net.URI;
import java.util.List;

import io.orderflow.webhooks.NewWebhookSubscription;
import io.orderflow.webhooks.WebhookDelivery;
import io.orderflow.webhooks.WebhookSubscription;
import io.orderflow.webhooks.WebhookSubscriptions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Outbound webhook subscriptions, for administrators. */
@RestController
@RequestMapping(path = "/api/webhook-subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookSubscriptionController {

	private final WebhookSubscriptions subscriptions;

	WebhookSubscriptionController(WebhookSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createWebhookSubscription", summary = "Subscribe a partner system to order events",
			description = "The answer holds the signing secret (whsec_...), shown only this once. Deliveries carry "
					+ "webhook-id, webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of "
					+ "\"<id>.<timestamp>.<body>\">). The target must be https and resolve to a public address.")
	ResponseEntity<WebhookSubscription> create(@Valid @RequestBody NewWebhookSubscription request) {
		WebhookSubscription created = subscriptions.register(request);
		return ResponseEntity.created(URI.create("/api/webhook-subscriptions/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(operationId = "listWebhookSubscriptions", summary = "The active subscriptions, without secrets")
	List<WebhookSubscription> list() {
		return subscriptions.list();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getWebhookSubscription", summary = "A subscription, without its secret")
	WebhookSubscription get(@PathVariable String id) {
		return subscriptions.get(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteWebhookSubscription", summary = "Stop sending to a subscription")
	void delete(@PathVariable String id) {
		subscriptions.delete(id);
	}

	@GetMapping("/{id}/deliveries")
	@Operation(operationId = "listWebhookDeliveries",
			summary = "The subscription's deliveries, newest first, with every attempt's status code")
	List<WebhookDelivery> deliveries(@PathVariable String id) {
		return subscriptions.deliveries(id);
	}

	@PostMapping("/{id}/deliveries/{deliveryId}/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "resendWebhookDelivery",
			summary = "Send a FAILED delivery again, with the same webhook-id; 409 unless it failed")
	void resend(@PathVariable String id, @PathVariable long deliveryId) {
		subscriptions.resend(id, deliveryId);
	}

}
