package io.orderflow.fraud;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

		engine.complete(review, Map.of("approved", true, "reviewNote", "Called the customer"));
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
				Map.of("approved", true));

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.order(orderNumber).toString()).contains("Approved by demo");
	}

	@Test
	void orderRejectedInReviewIsRejectedNeverChargedAndTheCustomerIsTold() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		engine.complete(engine.task(orderNumber, "reviewOrder"), Map.of("approved", false));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("REJECTED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("PENDING");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
		assertThat(books.customerMessages(orderNumber)).contains("ORDER_PLACED", "ORDER_REJECTED")
			.doesNotContain("ORDER_CONFIRMED")
			.doesNotHaveDuplicates();
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
