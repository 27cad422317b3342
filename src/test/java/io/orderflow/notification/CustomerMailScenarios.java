package io.orderflow.notification;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewReturn;
import io.orderflow.TestMailServer;
import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer hears about the order by mail, sent to a real SMTP server (GreenMail) and
 * read back: one mail per event, with the tracking number and link, and listed with its
 * status at {@code GET /api/orders/{n}/messages}. A mail server that is down holds up no
 * order; the mail goes out when it is back.
 */
abstract class CustomerMailScenarios extends HttpScenarios {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void orderFromPlacementToRefundMailsConfirmationShippedDeliveredAndRefund() throws Exception {
		String sku = newProduct("12.00", 5, 0);
		NewOrder order = NewOrder.of(line(sku, 2));
		String email = order.customer().email();
		String orderNumber = delivered(order);
		refunded(orderNumber, sku);
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();

		List<String> subjects = List.of("Thank you for your order " + orderNumber,
				"Your order " + orderNumber + " is confirmed", "Your order " + orderNumber + " has shipped",
				"Your order " + orderNumber + " was delivered", "We received your return", "Your return",
				"Your refund of");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestMailServer.mailsTo(email)).hasSize(7));
		MimeMessage[] mails = TestMailServer.mailsTo(email);
		List<String> received = Arrays.stream(mails).map(CustomerMailScenarios::subject).toList();
		for (String subject : subjects) {
			assertThat(received).anyMatch(actual -> actual.startsWith(subject));
		}
		MimeMessage shipped = Arrays.stream(mails)
			.filter(mail -> subject(mail).endsWith("has shipped"))
			.findFirst()
			.orElseThrow();
		String body = GreenMailUtil.getBody(shipped);
		assertThat(body).contains(trackingNumber, "DHL", "http://localhost:8080/orders/" + orderNumber + "?t=",
				"https://www.dhl.com/de-en/home/tracking/tracking-parcel.html?tracking-id=" + trackingNumber,
				"Orderflow Demo Store", "24.00 EUR");
		assertThat(shipped.getContentType()).startsWith("multipart/mixed");
		assertThat(Arrays.stream(mails)
			.filter(mail -> subject(mail).startsWith("Your refund of"))
			.findFirst()
			.map(GreenMailUtil::getBody)
			.orElseThrow()).contains("EUR");

		JsonNode messages = json(api.rest().getForEntity("/api/orders/" + orderNumber + "/messages", String.class));
		assertThat(messages.findValuesAsText("eventType")).containsExactlyInAnyOrder("ORDER_PLACED", "ORDER_CONFIRMED",
				"SHIPMENT_SHIPPED", "ORDER_DELIVERED", "RETURN_APPROVED", "RETURN_RECEIVED", "ORDER_REFUNDED");
		// A mail reaches the server before its send is recorded.
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(messages(orderNumber).findValuesAsText("status")).containsOnly("SENT"));
		assertThat(messages.findValuesAsText("recipient")).containsOnly(email);
		assertThat(timelineTypes(api.order(orderNumber)).stream().filter("CUSTOMER_NOTIFIED"::equals)).hasSize(7);
	}

	@Test
	void aCancellationOnRequestTellsTheCustomerTheReasonGiven() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("12.00", 5, 0), 1)));
		engine.runJobs();

		assertThat(api.cancel(orderNumber, "Ordered the wrong size").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("ORDER_CANCELLED");
		assertThat(message(orderNumber, "ORDER_CANCELLED").get("textBody").asText()).contains("Ordered the wrong size");
	}

	@Test
	void aCancellationStaffAskForTellsTheCustomerTheTextOfTheirCodeNotTheirReason() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("12.00", 5, 0), 1)));
		engine.runJobs();

		assertThat(api.cancel(orderNumber, "Customer keeps ordering and returning, blocked", "OTHER", null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("ORDER_CANCELLED");
		JsonNode mail = message(orderNumber, "ORDER_CANCELLED");
		assertThat(mail.get("textBody").asText())
			.contains("We cancelled your order " + orderNumber + ": it does not meet our conditions of sale.")
			.doesNotContain("blocked");
		assertThat(mail.get("htmlBody").asText()).contains("it does not meet our conditions of sale")
			.doesNotContain("blocked");
		assertThat(api.order(orderNumber).toString()).contains("Customer keeps ordering and returning, blocked");
	}

	@Test
	void aCancellationByTimerTellsTheCustomerWhy() {
		String orderNumber = api
			.placed(NewOrder.of(line(newProduct("12.00", 5, 0), 1)).paidWith("CARD", "tok_insufficientFunds"));
		engine.runJobs();

		engine.execute(engine.jobAt(orderNumber, "retryWindowOver"));
		engine.runJobs();

		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("PAYMENT_PROBLEM", "ORDER_CANCELLED");
		assertThat(message(orderNumber, "ORDER_CANCELLED").get("textBody").asText())
			.contains("the payment was declined and not replaced in time");
	}

	@Test
	void aMailServerThatIsDownHoldsUpNoOrderAndTheMailGoesOutOnceItIsBack() {
		NewOrder order = NewOrder.of(line(newProduct("12.00", 5, 0), 1));
		allMailsSent();
		TestMailServer.stop();
		try {
			String orderNumber = api.placed(order);
			engine.runJobs();

			assertThat(api.status(orderNumber)).isIn("CONFIRMED", "IN_FULFILLMENT");
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(messages(orderNumber).findValuesAsText("attempts")).isNotEmpty()
					.allMatch(attempts -> Integer.parseInt(attempts) >= 1));
			assertThat(messages(orderNumber).findValuesAsText("status")).containsOnly("PENDING");
		}
		finally {
			TestMailServer.start();
		}
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(2));
		assertThat(Arrays.stream(TestMailServer.mailsTo(order.customer().email())).map(CustomerMailScenarios::subject))
			.anyMatch(subject -> subject.startsWith("Thank you for your order"))
			.anyMatch(subject -> subject.endsWith("is confirmed"));
	}

	@Test
	void aRejectedOrderIsMailedTheCustomerTextOfItsCodeAndARefusedReturnTheReasonStaffGave() {
		NewOrder held = NewOrder.of(line(newProduct("1299.00", 5, 0), 1));
		String heldNumber = api.placed(held);
		engine.complete(engine.task(heldNumber, "reviewOrder"), Map.of("reviewDecision", "REJECT", "customerReason",
				"ADDRESS_NOT_VERIFIED", "rejectionReason", "Billing address unknown to the card issuer"));
		engine.runJobs();

		String sku = newProduct("250.00", 2, 0);
		NewOrder kept = NewOrder.of(line(sku, 1));
		String keptNumber = delivered(kept);
		String returnNumber = json(api.requestReturn(keptNumber, NewReturn.of("CHANGED_MIND", line(sku, 1))))
			.get("returnNumber")
			.asText();
		engine.complete(engine.task(returnNumber, "reviewReturn"),
				Map.of("reviewDecision", "REJECT", "rejectionReason", "The shoes have been worn outside"));
		engine.runJobs();

		assertThat(mailBody(held, "We could not accept your order"))
			.contains("we cannot accept your order " + heldNumber
					+ ": we could not verify the delivery or billing address.", "You have not been charged")
			.doesNotContain("card issuer");
		assertThat(mailBody(kept, "We cannot take back")).contains("we cannot accept your return " + returnNumber
				+ " for order " + keptNumber + ": The shoes have been worn outside.");
	}

	private static String mailBody(NewOrder order, String subjectStart) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					Arrays.stream(TestMailServer.mailsTo(order.customer().email())).map(CustomerMailScenarios::subject))
				.anyMatch(subject -> subject.startsWith(subjectStart)));
		return Arrays.stream(TestMailServer.mailsTo(order.customer().email()))
			.filter(mail -> subject(mail).startsWith(subjectStart))
			.map(GreenMailUtil::getBody)
			.findFirst()
			.orElseThrow()
			// quoted-printable soft line breaks
			.replace("=\r\n", "");
	}

	@Test
	void aMailStillFailingAfterTheLastRetryIsListedFailedOnTheTimelineAndCounted() {
		NewOrder order = NewOrder.of(line(newProduct("12.00", 5, 0), 1));
		allMailsSent();
		double before = failedMails();
		double attemptsBefore = counter("orderflow.customer.messages.attempts.failed");
		TestMailServer.stop();
		String orderNumber;
		try {
			orderNumber = api.placed(order);
			// The test profile gives up after 5 attempts within about 3 seconds.
			await().atMost(PATIENCE)
				.untilAsserted(
						() -> assertThat(messages(orderNumber).findValuesAsText("status")).containsExactly("FAILED"));
		}
		finally {
			TestMailServer.start();
		}
		JsonNode failed = messages(orderNumber).get(0);
		assertThat(failed.get("attempts").asInt()).isEqualTo(5);
		assertThat(failed.get("lastError").asText()).isNotBlank();
		assertThat(timelineTypes(api.order(orderNumber))).contains("CUSTOMER_MESSAGE_FAILED");
		assertThat(failedMails()).isEqualTo(before + 1);
		assertThat(counter("orderflow.customer.messages.attempts.failed")).isGreaterThanOrEqualTo(attemptsBefore + 5);
		assertThat(TestMailServer.mailsTo(order.customer().email())).isEmpty();
	}

	@Test
	void anEventHandedOverTwiceIsMailedOnce() {
		NewOrder order = NewOrder.of(line(newProduct("12.00", 5, 0), 1));
		String orderNumber = api.placed(order);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(1));
		OrderChanged again = new OrderChanged(UUID.randomUUID(), OrderEventType.ORDER_UNDER_REVIEW, orderNumber,
				OffsetDateTime.now(), OrderStatus.UNDER_REVIEW, "test", null, null, null);

		// As when a listener is retried: the same event (same id) arrives twice.
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		transactions.executeWithoutResult(status -> events.publishEvent(again));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(2));
		await().during(Duration.ofSeconds(1))
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(2));
		assertThat(messages(orderNumber).findValuesAsText("eventType")).containsExactlyInAnyOrder("ORDER_PLACED",
				"ORDER_UNDER_REVIEW");
	}

	@Test
	void anEventWhoseHandlingFailedIsHandledAgainWhileTheAppRuns() {
		NewOrder order = NewOrder.of(line(newProduct("13.00", 5, 0), 1));
		String orderNumber = api.placed(order);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(1));

		// As after a listener that failed before it wrote anything: the event unfinished,
		// no message.
		jdbc.sql("delete from customer_message where order_number = ?").param(orderNumber).update();
		assertThat(jdbc.sql("update event_publication set completion_date = null where serialized_event like ?")
			.param("%\"orderNumber\":\"" + orderNumber + "\"%")
			.update()).isPositive();

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(messages(orderNumber).findValuesAsText("eventType"))
				.containsExactly("ORDER_PLACED"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSize(2));
	}

	@Test
	void messagesOfAnUnknownOrderAre404AndWarehouseStaffMayNotReadThem() {
		assertThat(api.rest().getForEntity("/api/orders/OF-999999/messages", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.as("carla").rest().getForEntity("/api/orders/OF-999999/messages", String.class).getStatusCode())
			.as("customer service reads an order's mails")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.as("wendy").rest().getForEntity("/api/orders/OF-999999/messages", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity("/api/orders/OF-999999/messages", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	// ---- helpers

	/**
	 * Earlier tests' mails that are due are out, so only this test's mails meet the
	 * stopped server. The database is shared by every test class: a mail left by one
	 * whose application has stopped may wait out a claim or a retry of minutes, and does
	 * not count. On a loaded machine the earlier tests' mails can take longer than
	 * PATIENCE.
	 */
	private void allMailsSent() {
		await().atMost(Duration.ofMinutes(1))
			.until(() -> jdbc
				.sql("select count(*) from customer_message where status = 'PENDING' and claimed_by is null"
						+ " and next_attempt_at <= current_timestamp")
				.query(Integer.class)
				.single() == 0);
	}

	private JsonNode message(String orderNumber, String eventType) {
		for (JsonNode message : messages(orderNumber)) {
			if (message.get("eventType").asText().equals(eventType)) {
				return message;
			}
		}
		throw new AssertionError("No " + eventType + " message for " + orderNumber);
	}

	private JsonNode messages(String orderNumber) {
		ResponseEntity<String> response = api.rest()
			.getForEntity("/api/orders/" + orderNumber + "/messages", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json(response);
	}

	private double failedMails() {
		return counter("orderflow.customer.messages.failed");
	}

	private double counter(String name) {
		ResponseEntity<String> response = api.rest().getForEntity("/actuator/metrics/" + name, String.class);
		return response.getStatusCode() == HttpStatus.NOT_FOUND ? 0
				: json(response).at("/measurements/0/value").asDouble();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
