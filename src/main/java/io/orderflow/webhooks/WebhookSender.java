package io.orderflow.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.webhooks.WebhookDelivery.DeliveryStatus;
import io.orderflow.webhooks.WebhookDeliveryRepository.Outgoing;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, signed (Standard Webhooks), on a pool of its own with at most
 * {@code concurrency} requests in flight and bounded timeouts: a slow or dead receiver
 * holds up its own deliveries only, never an order. A 2xx is DELIVERED; anything else is
 * retried with exponential backoff and jitter until the retry period is over, then
 * FAILED. The target is checked against {@link TargetUrlPolicy} before each attempt.
 * Deliveries are claimed on a scheduler of their own ({@code webhookScheduler}), so a
 * slow mail server never delays them, and sent outside any transaction.
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final WebhookDeliveryRepository deliveries;

	private final WebhookSubscriptionRepository subscriptions;

	private final TargetUrlPolicy policy;

	private final WebhookProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http;

	private final ThreadPoolExecutor pool;

	private final Semaphore inFlight;

	private final Counter failedAttempts;

	private final Counter givenUp;

	WebhookSender(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
			TargetUrlPolicy policy, WebhookProperties properties, TransactionTemplate transactions, Clock clock,
			MeterRegistry meters) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.policy = policy;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.pool = new ThreadPoolExecutor(properties.concurrency(), properties.concurrency(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.concurrency()), runnable -> {
					Thread thread = new Thread(runnable, "webhook-sender");
					thread.setDaemon(true);
					return thread;
				});
		this.inFlight = new Semaphore(properties.concurrency());
		this.failedAttempts = Counter.builder("orderflow.webhooks.attempts.failed")
			.description("Webhook requests a receiver did not answer with 2xx (each is retried until given up)")
			.register(meters);
		this.givenUp = Counter.builder("orderflow.webhooks.deliveries.failed")
			.description("Webhook deliveries given up after their retry period")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${orderflow.webhooks.send-interval}", scheduler = "webhookScheduler")
	void sendDue() {
		int free = inFlight.availablePermits();
		if (free == 0) {
			return;
		}
		OffsetDateTime now = now();
		// Leased for longer than an attempt takes: the next round leaves them be.
		OffsetDateTime lease = now.plus(properties.connectTimeout()).plus(properties.requestTimeout()).plusSeconds(5);
		List<Outgoing> due = transactions.execute(status -> deliveries.claimDue(now, lease, free));
		for (Outgoing delivery : due) {
			inFlight.acquireUninterruptibly();
			pool.execute(() -> {
				try {
					attempt(delivery);
				}
				catch (RuntimeException ex) {
					log.warn("Webhook delivery {} could not be recorded", delivery.id(), ex);
				}
				finally {
					inFlight.release();
				}
			});
		}
	}

	void attempt(Outgoing delivery) {
		WebhookSubscription subscription = subscriptions.find(delivery.subscriptionId()).orElse(null);
		Integer statusCode = null;
		String error = null;
		if (subscription == null) {
			error = "subscription deleted";
		}
		else {
			try {
				statusCode = post(policy.check(subscription.targetUrl()), subscription.secret(), delivery);
			}
			catch (InvalidRequestException ex) {
				error = "target refused: " + ex.getMessage();
			}
			catch (Exception ex) {
				error = String.valueOf(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
			}
		}
		record(delivery, statusCode, error, subscription == null);
	}

	private int post(URI target, String secret, Outgoing delivery) throws Exception {
		long timestamp = now().toEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(properties.requestTimeout())
			.header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.header("webhook-id", delivery.webhookId())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					WebhookSignature.sign(secret, delivery.webhookId(), timestamp, delivery.body()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private void record(Outgoing delivery, Integer statusCode, String error, boolean giveUp) {
		OffsetDateTime now = now();
		int attempts = delivery.attempts() + 1;
		String problem = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		transactions.executeWithoutResult(status -> {
			if (statusCode != null && statusCode >= 200 && statusCode < 300) {
				deliveries.recordAttempt(delivery.id(), now, statusCode, null, DeliveryStatus.DELIVERED, attempts,
						null);
				return;
			}
			failedAttempts.increment();
			OffsetDateTime next = now.plus(jittered(properties.backoffAfter(attempts)));
			if (giveUp || next.isAfter(delivery.retryUntil())) {
				deliveries.recordAttempt(delivery.id(), now, statusCode, problem, DeliveryStatus.FAILED, attempts,
						null);
				givenUp.increment();
				log.warn("Webhook delivery {} failed for good after {} attempts", delivery.id(), attempts);
			}
			else {
				deliveries.recordAttempt(delivery.id(), now, statusCode, problem, DeliveryStatus.PENDING, attempts,
						next);
			}
		});
	}

	private static Duration jittered(Duration wait) {
		return wait.plusMillis((long) (wait.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

}
