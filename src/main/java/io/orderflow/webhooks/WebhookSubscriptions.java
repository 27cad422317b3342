package io.orderflow.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.orderflow.web.ConflictException;
import io.orderflow.web.NotFoundException;
import io.orderflow.webhooks.WebhookDelivery.DeliveryStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, listing and removing subscriptions; their deliveries and resends. */
@Service
public class WebhookSubscriptions {

	private final WebhookSubscriptionRepository subscriptions;

	private final WebhookDeliveryRepository deliveries;

	private final TargetUrlPolicy policy;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
			TargetUrlPolicy policy, WebhookProperties properties, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
	}

	/** The new subscription with its secret, which is shown this once. */
	@Transactional
	public WebhookSubscription register(NewWebhookSubscription request) {
		policy.check(request.targetUrl());
		WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(), request.targetUrl(),
				request.eventTypes().stream().distinct().toList(), WebhookSignature.newSecret(),
				OffsetDateTime.now(clock));
		subscriptions.insert(subscription);
		return subscription;
	}

	@Transactional(readOnly = true)
	public List<WebhookSubscription> list() {
		return subscriptions.active().stream().map(WebhookSubscription::withoutSecret).toList();
	}

	@Transactional(readOnly = true)
	public WebhookSubscription get(String id) {
		return find(id).withoutSecret();
	}

	/** No more deliveries; those still pending fail when they come up. */
	@Transactional
	public void delete(String id) {
		if (!subscriptions.delete(id, OffsetDateTime.now(clock))) {
			throw unknown(id);
		}
	}

	public List<WebhookDelivery> deliveries(String id) {
		find(id);
		return deliveries.ofSubscription(id);
	}

	@Transactional
	public void resend(String id, long deliveryId) {
		find(id);
		DeliveryStatus status = deliveries.status(id, deliveryId)
			.orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + " of subscription " + id));
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!deliveries.resend(id, deliveryId, now, now.plus(properties.retryFor()))) {
			throw new ConflictException("Delivery " + deliveryId + " is " + status + "; only a FAILED one is re-sent");
		}
	}

	private WebhookSubscription find(String id) {
		return subscriptions.find(id).orElseThrow(() -> unknown(id));
	}

	private static NotFoundException unknown(String id) {
		return new NotFoundException("No webhook subscription " + id);
	}

}
