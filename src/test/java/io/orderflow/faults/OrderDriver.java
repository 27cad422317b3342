package io.orderflow.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.AppNode;
import io.orderflow.drive.ClusterClient;
import io.orderflow.drive.WarehouseWork;

/**
 * Takes a batch of orders from placement to a terminal status as the outside world does:
 * the shop places them (with an {@code Idempotency-Key} each), the warehouse works its
 * tasks, the carrier reports each parcel delivered on the signed webhook and the bank
 * reports transfers. It polls the orders' statuses until every one is COMPLETED,
 * CANCELLED or REJECTED, or the deadline passes. A fault can be injected when half the
 * orders are placed.
 */
final class OrderDriver {

	static final Set<String> TERMINAL = Set.of("COMPLETED", "CANCELLED", "REJECTED");

	static final String CARRIER_SECRET = "dev-carrier-secret";

	static final String PAYMENT_SECRET = "dev-payment-secret";

	static final String SKU = "MUG-CER-350";

	private final ClusterClient cluster;

	private final ExecutorService workers;

	private final WarehouseWork warehouse;

	/** Shop's idempotency key → order number. */
	final Map<String, String> placed = new ConcurrentHashMap<>();

	private final Set<String> delivered = ConcurrentHashMap.newKeySet();

	private final Set<String> paid = ConcurrentHashMap.newKeySet();

	/**
	 * Deliveries reported while the order was not yet SHIPPED, and answers marked
	 * duplicate or replay.
	 */
	final AtomicInteger earlyDeliveries = new AtomicInteger();

	final AtomicInteger repeatsRecognised = new AtomicInteger();

	private boolean messy;

	/** Each order is cancelled within this long of its placement; null: none is. */
	private Duration cancelWithin;

	private final ScheduledExecutorService cancellations = Executors.newScheduledThreadPool(4);

	private final List<ScheduledFuture<?>> cancelRequests = new CopyOnWriteArrayList<>();

	/** Cancellations answered 200 (the others came too late: 409). */
	final AtomicInteger cancelled = new AtomicInteger();

	OrderDriver(ClusterClient cluster, ExecutorService workers) {
		this.cluster = cluster;
		this.workers = workers;
		this.warehouse = new WarehouseWork(cluster, workers);
	}

	/**
	 * Duplicate, reordered and early messages: every carrier and bank message twice, to
	 * both nodes at once, an IN_TRANSIT after the DELIVERED, and DELIVERED as soon as the
	 * parcel exists.
	 */
	OrderDriver messy() {
		this.messy = true;
		return this;
	}

	/**
	 * The shop cancels every order at a random moment within {@code window} of its
	 * placement, so many cancellations meet the payment's authorization under way.
	 */
	OrderDriver cancellingWithin(Duration window) {
		this.cancelWithin = window;
		return this;
	}

	/**
	 * Places the orders and drives them until all are terminal; the fault runs when half
	 * are placed.
	 */
	Set<String> run(String scenario, int count, Duration timeout, Runnable fault) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		// Cancelling: more at once, so the jobs lag and cancellations meet authorizations
		// under way.
		ExecutorService shop = Executors.newFixedThreadPool(cancelWithin == null ? 4 : 8);
		ExecutorService faults = Executors.newSingleThreadExecutor();
		try {
			List<Future<?>> placements = new ArrayList<>();
			AtomicInteger placedCount = new AtomicInteger();
			Future<?>[] injected = new Future<?>[1];
			for (int i = 0; i < count; i++) {
				int n = i;
				placements.add(shop.submit(() -> {
					place(scenario, n);
					if (placedCount.incrementAndGet() == count / 2 && fault != null) {
						injected[0] = faults.submit(fault);
					}
				}));
			}
			while (true) {
				boolean allPlaced = placements.stream().allMatch(Future::isDone);
				// Cancelling: the warehouse waits until every cancellation is
				// sent, so they meet the payment, not the hand-over.
				if (cancelWithin == null || allPlaced && cancelRequests.stream().allMatch(Future::isDone)) {
					warehouse.completeOpenTasks();
				}
				payTransfers();
				deliver();
				if (allPlaced && terminal().containsAll(placed.values())) {
					break;
				}
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError(scenario + ": not every order terminal within " + timeout + "; placed "
							+ placed.size() + " of " + count + ", terminal " + terminal().size());
				}
				ClusterClient.pause(300);
			}
			for (Future<?> placement : placements) {
				placement.get();
			}
			for (ScheduledFuture<?> cancel : cancelRequests) {
				cancel.get();
			}
			if (injected[0] != null) {
				injected[0].get(Math.max(1, Duration.between(Instant.now(), deadline).toSeconds()), TimeUnit.SECONDS);
			}
			return new HashSet<>(placed.values());
		}
		catch (ExecutionException e) {
			throw new AssertionError(scenario + ": " + e.getCause(), e.getCause());
		}
		finally {
			shop.shutdownNow();
			faults.shutdownNow();
			cancellations.shutdownNow();
		}
	}

	private void place(String scenario, int n) {
		String key = scenario + "-" + n;
		// Cancelling: every other card answers late (tok_slow), so
		// cancellations also meet authorizations under way.
		String token = cancelWithin != null && n % 2 == 0 ? "tok_slow" : "tok_visa";
		String payment = messy && n % 2 == 1 ? "{\"method\":\"BANK_TRANSFER\"}"
				: "{\"method\":\"CARD\",\"token\":\"" + token + "\"}";
		String body = """
				{"channel":"WEB","customer":{"id":"F-%1$s","name":"Fault %1$s","email":"f-%1$s@example.com"},
				 "shippingAddress":{"name":"Fault %1$s","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[{"sku":"%2$s","quantity":%3$d}],"shippingMethod":"STANDARD","payment":%4$s}"""
			.formatted(key, SKU, 1 + n % 3, payment);
		ClusterClient.Response response = cluster.post("/api/orders", ClusterClient.SHOP, body, key);
		if (response.status() != 201) {
			throw new AssertionError("Order " + key + " answered " + response.status() + ": " + response.body());
		}
		String location = response.header("Location");
		String orderNumber = location.substring(location.lastIndexOf('/') + 1);
		placed.put(key, orderNumber);
		if (cancelWithin != null) {
			cancelRequests.add(cancellations.schedule(() -> cancel(orderNumber),
					ThreadLocalRandom.current().nextLong(cancelWithin.toMillis() + 1), TimeUnit.MILLISECONDS));
		}
	}

	private void cancel(String orderNumber) {
		ClusterClient.Response response = cluster.post("/api/orders/" + orderNumber + "/cancel", ClusterClient.SHOP,
				"{\"reason\":\"Changed my mind\"}", null);
		if (response.ok()) {
			cancelled.incrementAndGet();
		}
		else if (response.status() != 409) {
			throw new AssertionError(
					"Cancelling " + orderNumber + " answered " + response.status() + ": " + response.body());
		}
	}

	/** Orders of this batch in a terminal status, as the shop's API lists them. */
	Set<String> terminal() {
		Set<String> terminal = new HashSet<>();
		TERMINAL.forEach(status -> terminal.addAll(ordersIn(status)));
		terminal.retainAll(placed.values());
		return terminal;
	}

	private Set<String> ordersIn(String status) {
		Set<String> orders = new HashSet<>();
		for (int page = 0;; page++) {
			JsonNode answer = cluster.get("/api/orders?status=" + status + "&size=100&page=" + page, ClusterClient.SHOP)
				.json();
			answer.get("content").forEach(order -> orders.add(order.get("orderNumber").asText()));
			if (page + 1 >= answer.get("totalPages").asInt()) {
				return orders;
			}
		}
	}

	/**
	 * The carrier reports every parcel of a shipped order delivered (messy: also before
	 * it is SHIPPED).
	 */
	private void deliver() throws Exception {
		Set<String> orders = new HashSet<>(ordersIn("SHIPPED"));
		if (messy) {
			orders.addAll(ordersIn("IN_FULFILLMENT"));
		}
		orders.retainAll(placed.values());
		List<Callable<Void>> reports = new ArrayList<>();
		for (String order : orders) {
			if (delivered.contains(order)) {
				continue;
			}
			reports.add(() -> {
				JsonNode details = cluster.get("/api/orders/" + order, ClusterClient.SHOP).json();
				JsonNode shipments = details.path("shipments");
				if (shipments.isEmpty()) {
					return null;
				}
				boolean early = !"SHIPPED".equals(details.get("status").asText());
				for (JsonNode shipment : shipments) {
					reportDelivered(shipment.get("trackingNumber").asText(), early);
				}
				delivered.add(order);
				return null;
			});
		}
		all(reports);
	}

	private void reportDelivered(String trackingNumber, boolean early) throws Exception {
		Instant occurred = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
		String body = carrierEvent(trackingNumber, "DELIVERED", occurred);
		if (!messy) {
			require(cluster.webhook("/api/carrier-events", CARRIER_SECRET, body));
			return;
		}
		if (early) {
			earlyDeliveries.incrementAndGet();
		}
		bothNodesAtOnce("/api/carrier-events", CARRIER_SECRET, body);
		// the same report again later, and an older IN_TRANSIT after it: neither may
		// change anything
		require(cluster.webhook("/api/carrier-events", CARRIER_SECRET, body));
		require(cluster.webhook("/api/carrier-events", CARRIER_SECRET,
				carrierEvent(trackingNumber, "IN_TRANSIT", occurred.minusSeconds(60))));
	}

	/**
	 * The bank reports each transfer twice, to both nodes at the same moment, then once
	 * more.
	 */
	private void payTransfers() throws Exception {
		if (!messy) {
			return;
		}
		Set<String> waiting = ordersIn("AWAITING_PAYMENT");
		waiting.retainAll(placed.values());
		List<Callable<Void>> reports = new ArrayList<>();
		for (String order : waiting) {
			if (!paid.add(order)) {
				continue;
			}
			reports.add(() -> {
				JsonNode details = cluster.get("/api/orders/" + order, ClusterClient.SHOP).json();
				String body = "{\"eventId\":\"bank-%s\",\"orderNumber\":\"%s\",\"amount\":%s,\"occurredAt\":\"%s\"}"
					.formatted(order, order, details.get("totals").get("grandTotal").decimalValue().toPlainString(),
							Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS));
				bothNodesAtOnce("/api/payment-events", PAYMENT_SECRET, body);
				require(cluster.webhook("/api/payment-events", PAYMENT_SECRET, body));
				return null;
			});
		}
		all(reports);
	}

	private void bothNodesAtOnce(String path, String secret, String body) throws Exception {
		List<Callable<ClusterClient.Response>> copies = new ArrayList<>();
		for (AppNode node : cluster.nodes()) {
			copies.add(() -> {
				if (!node.isAlive()) {
					return cluster.webhook(path, secret, body);
				}
				try {
					ClusterClient.Response response = cluster.sendTo(node, "POST", path, body,
							ClusterClient.signed(secret, body));
					if (response.status() >= 500 && response.status() != 503) {
						cluster.apiServerErrors.incrementAndGet();
						System.out.println("FAULTS 5xx from " + node.name() + " POST " + path + ": " + response.status()
								+ " " + response.body());
					}
					return response.status() >= 500 ? cluster.webhook(path, secret, body) : response;
				}
				catch (java.io.IOException e) {
					return cluster.webhook(path, secret, body);
				}
			});
		}
		List<Future<ClusterClient.Response>> answers;
		ExecutorService pair = Executors.newFixedThreadPool(copies.size());
		try {
			answers = pair.invokeAll(copies);
		}
		finally {
			pair.shutdown();
		}
		for (Future<ClusterClient.Response> answer : answers) {
			require(answer.get());
		}
	}

	private ClusterClient.Response require(ClusterClient.Response response) {
		if (!response.ok()) {
			throw new AssertionError("Webhook answered " + response.status() + ": " + response.body());
		}
		if (response.body().contains("\"duplicate\":true") || response.body().contains("\"replay\":true")
				|| response.body().contains("DUPLICATE")) {
			repeatsRecognised.incrementAndGet();
		}
		return response;
	}

	private void all(List<Callable<Void>> tasks) throws Exception {
		for (Future<?> result : workers.invokeAll(tasks)) {
			try {
				result.get();
			}
			catch (ExecutionException e) {
				throw e.getCause() instanceof Exception cause ? cause : e;
			}
		}
	}

	private static String carrierEvent(String trackingNumber, String type, Instant occurred) {
		return "{\"trackingNumber\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"%s\"}".formatted(trackingNumber, type,
				occurred);
	}

}
