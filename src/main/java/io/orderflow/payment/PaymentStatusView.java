package io.orderflow.payment;

import java.util.Optional;

import io.orderflow.order.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment status the order view shows. */
@Component
class PaymentStatusView implements PaymentStatusSource {

	/**
	 * Shown for a cancelled order whose authorization the cancellation is about to void
	 * (a retried step).
	 */
	static final String VOID_PENDING = "VOID_PENDING";

	private final PaymentRepository payments;

	private final Orders orders;

	PaymentStatusView(PaymentRepository payments, Orders orders) {
		this.payments = payments;
		this.orders = orders;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> paymentStatus(String orderNumber) {
		return payments.status(orderNumber)
			.map(status -> status == PaymentStatus.AUTHORIZED
					&& orders.get(orderNumber).status() == OrderStatus.CANCELLED ? VOID_PENDING : status.name());
	}

}
