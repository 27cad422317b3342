package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer (or customer service) chose another way to pay for an order: payment's new
 * payment details and its resolution of a declined payment.
 */
@Service
public class PaymentChanges {

	private final OrderRepository repository;

	private final Clock clock;

	PaymentChanges(OrderRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The method is the order's from now on; the token is replaced. */
	@Transactional
	public void changePayment(String orderNumber, PaymentMethod method, String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.updatePayment(orderNumber, method, method.isAuthorized() ? token : null, now);
		repository.appendEvent(orderNumber, now, OrderTimelineKind.PAYMENT_UPDATED, "Payment method now " + method);
	}

}
