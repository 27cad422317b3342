package io.orderflow.fraud;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static io.orderflow.OrderflowApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewOrder.Address;
import io.orderflow.NewOrder.Customer;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Fraud screening as analysts and customers meet it: risky orders wait for an analyst
 * before anything is charged, the analyst's decision is named on the timeline, and a
 * review nobody takes in time is offered to customer service.
 */
abstract class FraudScreeningScenarios extends HttpScenarios {

	@Test
	void highValueOrderWaitsForAFraudAnalystBeforeItIsCharged() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		assertThat(api.status(orderNumber)).isEqualTo("UNDER_REVIEW");
		Task review = engine.task(orderNumber, "reviewOrder");
		assertThat(engine.candidateGroups(review)).containsExactly("fraud-analysts");
		engine.runJobs();
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PENDING");

		engine.complete(review, Map.of("reviewDecision", "APPROVE", "reviewNote", "Called the customer"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(order.toString()).contains("Approved by", "Called the customer");
	}

	@Test
	void analystCompletingTheReviewOverTheEngineApiIsNamedOnTheTimeline() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		ResponseEntity<String> completed = api.completeTask(engine.task(orderNumber, "reviewOrder").getId(),
				Map.of("reviewDecision", "APPROVE"));

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.order(orderNumber).toString()).contains("Approved by demo");
	}

	@Test
	void orderRejectedInReviewIsRejectedNeverChargedAndTheCustomerIsTold() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		engine.complete(engine.task(orderNumber, "reviewOrder"), Map.of("reviewDecision", "REJECT", "customerReason",
				"ADDRESS_NOT_VERIFIED", "rejectionReason", "Billing address unknown to the bank"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("REJECTED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("NOT_TAKEN");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
		assertThat(books.customerMessages(orderNumber)).contains("ORDER_PLACED", "ORDER_REJECTED")
			.doesNotContain("ORDER_CONFIRMED")
			.doesNotHaveDuplicates();
	}

	/**
	 * The analyst's own words are for staff: the customer's mail says the store's text
	 * for the code the analyst chose, for each code.
	 */
	@Test
	void theRejectionMailSaysTheCustomerTextOfTheChosenCodeNeverTheAnalystsNote() {
		Map<String, String> customerTexts = Map.of("ADDRESS_NOT_VERIFIED",
				"we could not verify the delivery or billing address", "PAYMENT_NOT_VERIFIED",
				"we could not verify the payment details", "ORDER_LIMIT",
				"the order exceeds what we can accept from one customer at a time", "OTHER",
				"it does not meet our conditions of sale");
		customerTexts.forEach((code, customerText) -> {
			String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));
			String note = "Chargeback history with another shop, " + code;
			engine.complete(engine.task(orderNumber, "reviewOrder"),
					Map.of("reviewDecision", "REJECT", "customerReason", code, "rejectionReason", note));
			engine.runJobs();

			JsonNode mail = rejectionMail(orderNumber);
			assertThat(mail.get("textBody").asText()).contains(customerText).doesNotContain(note, "Chargeback");
			assertThat(mail.get("htmlBody").asText()).contains(customerText).doesNotContain(note, "Chargeback");
			assertThat(api.order(orderNumber).toString()).contains(note);
		});
	}

	private JsonNode rejectionMail(String orderNumber) {
		assertThat(books.customerMessages(orderNumber)).contains("ORDER_REJECTED");
		for (JsonNode message : json(
				api.rest().getForEntity("/api/orders/" + orderNumber + "/messages", String.class))) {
			if (message.get("eventType").asText().equals("ORDER_REJECTED")) {
				return message;
			}
		}
		throw new AssertionError("No rejection mail for " + orderNumber);
	}

	@Test
	void reviewCompletedWithoutADecisionOrRejectedWithoutAReasonIsRefusedAndTheTaskStays() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));
		String review = engine.task(orderNumber, "reviewOrder").getId();

		ResponseEntity<String> undecided = api.completeTask(review, Map.of("reviewNote", "looked at it"));
		ResponseEntity<String> unknown = api.completeTask(review, Map.of("reviewDecision", "MAYBE"));
		ResponseEntity<String> noReason = api.completeTask(review,
				Map.of("reviewDecision", "REJECT", "customerReason", "OTHER", "rejectionReason", "  "));
		ResponseEntity<String> nothingForTheCustomer = api.completeTask(review,
				Map.of("reviewDecision", "REJECT", "rejectionReason", "looked at it"));
		ResponseEntity<String> unknownCode = api.completeTask(review,
				Map.of("reviewDecision", "REJECT", "customerReason", "LOOKS_ODD", "rejectionReason", "looked at it"));

		assertThat(refusal(undecided)).isEqualTo("Choose a decision: set 'reviewDecision' to APPROVE or REJECT");
		assertThat(refusal(unknown))
			.isEqualTo("Choose a decision: set 'reviewDecision' to APPROVE or REJECT, not MAYBE");
		assertThat(refusal(noReason)).isEqualTo("Rejecting needs a reason: set 'rejectionReason'");
		assertThat(refusal(nothingForTheCustomer)).isEqualTo("Choose what the customer is told: set 'customerReason' "
				+ "to one of ADDRESS_NOT_VERIFIED, PAYMENT_NOT_VERIFIED, ORDER_LIMIT, OTHER");
		assertThat(refusal(unknownCode)).endsWith("OTHER, not LOOKS_ODD");
		assertThat(engine.openTasks(orderNumber, "reviewOrder")).hasSize(1);
		assertThat(api.status(orderNumber)).isEqualTo("UNDER_REVIEW");
		assertThat(api.order(orderNumber).toString()).doesNotContain("Rejected by", "looked at it");
	}

	/**
	 * A completion failing for another reason than the input is no refusal of the input:
	 * completing the review a second time finds the task gone (404, not the 500 the
	 * engine's own mapper gave).
	 */
	@Test
	void aCompletionFailingForAnotherReasonThanTheInputIsNoRefusedInput() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));
		String review = engine.task(orderNumber, "reviewOrder").getId();
		assertThat(api.completeTask(review, Map.of("reviewDecision", "APPROVE")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<String> again = api.completeTask(review, Map.of("reviewDecision", "APPROVE"));

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(json(again).get("type").asText()).isEqualTo("NotFoundException");
		assertThat(json(again).get("message").asText()).startsWith("Task " + review + " does not exist");
	}

	@Test
	void theAnalystsReasonForRejectingIsOnTheTimeline() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		assertThat(api
			.completeTask(engine.task(orderNumber, "reviewOrder").getId(), Map.of("reviewDecision", "REJECT",
					"customerReason", "PAYMENT_NOT_VERIFIED", "rejectionReason", "The card belongs to someone else"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("REJECTED");
		assertThat(api.order(orderNumber).toString()).contains(
				"Rejected by demo: The card belongs to someone else (customer told: PAYMENT_NOT_VERIFIED)",
				"Rejected in review: The card belongs to someone else");
	}

	@Test
	void reviewShowsBillingAddressPaymentMethodAndTheCustomersEarlierOrdersAndIsDueWithinTheSla() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		Customer regular = new Customer("C-REG-" + id, "Ada Lovelace", "regular." + id + "@example.com");
		String sku = newProduct("20.00", 20, 0);
		String first = api.placed(NewOrder.of(line(sku, 1)).by(regular));
		String second = api.placed(NewOrder.of(line(sku, 2)).by(regular));
		String held = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1))
			.by(regular)
			.billedTo(new Address("Ada Lovelace", "1 Rue X", "Paris", "75001", "FR"))
			.sentBy("EXPRESS"));

		Task review = engine.task(held, "reviewOrder");

		assertThat(engine.localVariable(review, "billTo")).isEqualTo("Ada Lovelace, 1 Rue X, 75001 Paris, FR");
		assertThat(engine.localVariable(review, "paymentBy")).isEqualTo("Card");
		assertThat((String) engine.localVariable(review, "customerHistory")).startsWith("2 earlier orders, ")
			.contains(" EUR in all: " + second + ", " + first);
		assertThat((String) engine.localVariable(review, "orderTotal")).matches("\\d+\\.\\d{2} EUR incl\\. .* tax");
		assertThat((String) engine.localVariable(review, "express")).startsWith("EXPRESS — due ");
		assertThat(review.getDueDate()).isAfter(new Date())
			.isBefore(Date.from(Instant.now().plus(Duration.ofHours(5))));
		assertThat(review.getPriority()).isEqualTo(80);
	}

	@Test
	void billingCountryOtherThanShippingCountryIsHeldForReviewWithItsReason() {
		NewOrder billedInParis = NewOrder.of(line(newProduct("12.50", 5, 0), 1))
			.billedTo(new Address("Ada Lovelace", "1 Rue X", "Paris", "75001", "FR"));

		String orderNumber = api.placed(billedInParis);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(order.at("/billingAddress/country").asText()).isEqualTo("FR");
		assertThat(order.toString()).contains("Billing and shipping country differ");
	}

	@Test
	void customerOrderingTenTimesInADayIsBlockedOnTheEleventh() {
		String cable = newProduct("14.90", 20, 0);
		String id = UUID.randomUUID().toString().substring(0, 8);
		Customer burst = new Customer("C-BURST-" + id, "Ada Lovelace", "burst." + id + "@example.com");
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			statuses.add(api.status(api.placed(NewOrder.of(line(cable, 1)).by(burst))));
		}

		assertThat(statuses.subList(0, 3)).containsOnly("PLACED");
		assertThat(statuses.subList(3, 10)).containsOnly("UNDER_REVIEW");
		assertThat(statuses.get(10)).isEqualTo("REJECTED");
	}

	@Test
	void reviewNobodyTookWithinItsSlaIsOfferedToCustomerServiceToo() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		engine.execute(engine.jobAt(orderNumber, "reviewOverdue"));

		assertThat(engine.candidateGroups(engine.task(orderNumber, "reviewOrder")))
			.containsExactlyInAnyOrder("fraud-analysts", "customer-service");
		assertThat(timelineTypes(api.order(orderNumber))).contains("REVIEW_ESCALATED");
	}

}
