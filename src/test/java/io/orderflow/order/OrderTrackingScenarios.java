package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The customer's own view of an order, for a shop's "where is my order" page: open to
 * whoever knows the order number and the e-mail address it was placed with, and showing
 * nothing a customer should not see.
 */
abstract class OrderTrackingScenarios extends HttpScenarios {

	@Test
	void customerTracksTheirOrderWithItsNumberAndTheirEmailAddressWithoutAnAccount() {
		OrderflowApi shop = api.as("shop");
		String pick = shop.placed(NewOrder.of(line(newProduct("24.50", 1, 0), 1)));
		engine.runJobs();
		String email = shop.order(pick).at("/customer/email").asText();

		ResponseEntity<String> tracked = api.track(pick, email.toUpperCase());
		assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode tracking = json(tracked);
		assertThat(tracking.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(tracking.at("/lines/0/quantity").asInt()).isEqualTo(1);
		assertThat(tracked.getBody()).doesNotContain("Main St", "tok_visa", email);

		ResponseEntity<String> otherEmail = api.track(pick, "mallory@example.com");
		ResponseEntity<String> unknownOrder = api.track("OF-999999", email);
		assertThat(otherEmail.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknownOrder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(json(otherEmail).get("detail").asText().replace(pick, "?"))
			.isEqualTo(json(unknownOrder).get("detail").asText().replace("OF-999999", "?"));
		assertThat(api.anonymous().getForEntity("/api/tracking/" + pick, String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.anonymous().getForEntity("/api/orders/" + pick, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
