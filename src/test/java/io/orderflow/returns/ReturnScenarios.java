package io.orderflow.returns;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static io.orderflow.OrderflowApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewReturn;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Returns as the customer, the warehouse and customer service meet them: requested over
 * the API for delivered items, judged by the return policy or customer service, received,
 * inspected, restocked and refunded.
 */
abstract class ReturnScenarios extends HttpScenarios {

	@Test
	void damagedItemsComeBackOnALabelAreInspectedRestockedAndRefundedWithTheirTax() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 3)));
		assertThat(books.onHand(sku, "BER")).isEqualTo(2);
		NewReturn twoBroken = NewReturn.of("DAMAGED", line(sku, 2)).saying("Two arrived broken");
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> requested = api.requestReturn(orderNumber, twoBroken, key);
		ResponseEntity<String> retried = api.requestReturn(orderNumber, twoBroken, key);
		engine.runJobs();

		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
		String returnNumber = json(requested).get("returnNumber").asText();
		assertThat(json(retried).get("returnNumber").asText()).isEqualTo(returnNumber);
		assertThat(returnsOf(orderNumber)).isEqualTo(1);
		JsonNode approved = api.returnDetails(returnNumber);
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("labelTrackingNumber").asText()).startsWith("DHL");
		// 2 × 10.00 plus their share of the order's tax (6.64 on 34.95 of goods and
		// shipping); shipping stays paid
		assertThat(approved.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");

		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		Task inspection = engine.task(returnNumber, "inspectReturn");
		assertThat(engine.candidateGroups(inspection)).containsExactly("warehouse");
		assertThat(engine.localVariable(inspection, "returnReason")).isEqualTo("Arrived damaged: Two arrived broken");
		assertThat(engine.localVariable(inspection, "customer")).isNull();
		assertThat(engine.localVariable(inspection, "refundDue")).isNull();
		assertThat(
				api.as("wendy").completeTask(inspection.getId(), Map.of("itemCondition", "RESELLABLE")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		engine.runJobs();

		JsonNode refunded = api.returnDetails(returnNumber);
		assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
		assertThat(refunded.get("itemCondition").asText()).isEqualTo("RESELLABLE");
		assertThat(refunded.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(jdbc
			.sql("select count(*) from payment_gateway_ledger" + " where idempotency_key = ? and operation = 'REFUND'")
			.param(returnNumber + ":refund")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(books.onHand(sku, "BER")).isEqualTo(4);
		books.assertJournalMatchesLevels(sku);
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("RETURN_APPROVED", "RETURN_RECEIVED",
				"ORDER_REFUNDED");
		assertThat(timelineTypes(api.order(orderNumber))).containsSubsequence("RETURN_REQUESTED", "RETURN_APPROVED",
				"RETURN_RECEIVED", "RETURN_INSPECTED", "RETURN_RESTOCKED", "PAYMENT_REFUNDED", "RETURN_REFUNDED");
	}

	/**
	 * The return says APPROVED only once it can take its parcel: until its label is
	 * bought and the process waits, it is REQUESTED and a receipt is refused for now.
	 */
	@Test
	void aReturnThatSaysApprovedTakesItsReceiptAtOnce() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 1)));
		String returnNumber = json(api.requestReturn(orderNumber, NewReturn.of("DAMAGED", line(sku, 1))))
			.get("returnNumber")
			.asText();

		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REQUESTED");
		ResponseEntity<String> early = api.receiveReturn(returnNumber);
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json(early).get("retryable").asBoolean()).isTrue();

		engine.runJobs();
		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("APPROVED");
		ResponseEntity<String> received = api.receiveReturn(returnNumber);
		assertThat(received.getStatusCode()).as(received.getBody()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(json(received).get("status").asText()).isEqualTo("RECEIVED");
	}

	/**
	 * A receipt refused for now is not the key's answer: the retry with the same
	 * {@code Idempotency-Key} runs again and is taken. A final refusal (the parcel was
	 * taken in already) is kept and replayed.
	 */
	@Test
	void aReceiptRefusedForNowIsTakenWhenRetriedWithTheSameKey() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 1)));
		String returnNumber = json(api.requestReturn(orderNumber, NewReturn.of("DAMAGED", line(sku, 1))))
			.get("returnNumber")
			.asText();
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> tooEarly = api.receiveReturn(returnNumber, key);
		engine.runJobs();
		ResponseEntity<String> retried = api.receiveReturn(returnNumber, key);

		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(retried.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("RECEIVED");

		String secondKey = UUID.randomUUID().toString();
		ResponseEntity<String> twice = api.receiveReturn(returnNumber, secondKey);
		ResponseEntity<String> twiceAgain = api.receiveReturn(returnNumber, secondKey);
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json(twice).get("retryable").asBoolean()).isFalse();
		assertThat(twiceAgain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(twiceAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void returnOfMoreThanWasShippedOrOfAnotherProductIsRefusedAndStoresNothing() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 2)));

		ResponseEntity<String> tooMany = api.requestReturn(orderNumber, NewReturn.of("DAMAGED", line(sku, 3)));
		ResponseEntity<String> otherProduct = api.requestReturn(orderNumber,
				NewReturn.of("DAMAGED", line("MUG-CER-350", 1)));
		ResponseEntity<String> unknownReason = api.requestReturn(orderNumber, NewReturn.of("BORED", line(sku, 1)));

		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMany.getBody()).contains("lines[0].quantity", "only 2");
		assertThat(otherProduct.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(otherProduct.getBody()).contains("lines[0].sku");
		assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(returnsOf(orderNumber)).isZero();
	}

	@Test
	void onlyDeliveredOrdersTakeReturnsAndNoItemComesBackTwice() {
		String sku = newProduct("10.00", 5, 0);
		String inFulfillment = api.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();
		NewReturn wrongItem = NewReturn.of("WRONG_ITEM", line(sku, 1));

		assertThat(api.requestReturn(inFulfillment, wrongItem).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		String orderNumber = delivered(NewOrder.of(line(sku, 1)));
		assertThat(api.requestReturn(orderNumber, wrongItem).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> again = api.requestReturn(orderNumber, wrongItem);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).contains("only 0");
	}

	@Test
	void valuableChangeOfMindGoesToCustomerServiceWhoMayRefuseIt() {
		String sku = newProduct("250.00", 2, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 1)));

		ResponseEntity<String> requested = api.requestReturn(orderNumber, NewReturn.of("CHANGED_MIND", line(sku, 1)));
		String returnNumber = json(requested).get("returnNumber").asText();
		Task review = engine.task(returnNumber, "reviewReturn");

		assertThat(engine.candidateGroups(review)).containsExactly("customer-service");
		assertThat(api.as("wendy").completeTask(review.getId(), Map.of("reviewDecision", "APPROVE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine.localVariable(review, "returnReason")).isEqualTo("Changed their mind");
		assertThat(engine.localVariable(review, "returnLines").toString()).contains("@ 250.00 EUR + tax");
		assertThat(engine.localVariable(review, "refundDue").toString()).matches("\\d+\\.\\d{2} EUR incl\\. tax.*");
		assertThat(engine.localVariable(review, "deliveredOn").toString()).endsWith("(0 days ago)");
		ResponseEntity<String> noReason = api.as("carla")
			.completeTask(review.getId(), Map.of("reviewDecision", "REJECT"));
		assertThat(refusal(noReason)).startsWith("Rejecting needs a reason");
		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REQUESTED");
		assertThat(api.as("carla")
			.completeTask(review.getId(), Map.of("reviewDecision", "REJECT", "rejectionReason", "Worn"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REJECTED");
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("RETURN_REJECTED");
		assertThat(api.order(orderNumber).toString()).contains("Rejected by carla: Worn",
				"Return " + returnNumber + ": Worn");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	int returnsOf(String orderNumber) {
		return jdbc.sql("select count(*) from return_request where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single();
	}

}
