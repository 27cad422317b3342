package io.orderflow.notification.web;

import java.util.List;

import io.orderflow.notification.CustomerMessage;
import io.orderflow.notification.CustomerMessageRepository;
import io.orderflow.order.Orders;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomerMessageController {

	private final Orders orders;

	private final CustomerMessageRepository messages;

	CustomerMessageController(Orders orders, CustomerMessageRepository messages) {
		this.orders = orders;
		this.messages = messages;
	}

	@GetMapping(path = "/api/orders/{orderNumber}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listOrderMessages", summary = "The mails the customer got or gets about the order",
			description = "One per event, oldest first, rendered (subject, text and HTML part) with its status: "
					+ "PENDING (being sent or retried), SENT, FAILED (after the last retry) or KEPT (no mail server "
					+ "configured).")
	List<CustomerMessage> messages(@PathVariable String orderNumber) {
		orders.get(orderNumber);
		return messages.ofOrder(orderNumber);
	}

}
