package io.orderflow.payment;

import java.util.Optional;

import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
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

	PaymentStatusView(PaymentRepository payments) {
		this.payments = payments;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> paymentStatus(Order order) {
		return payments.status(order.orderNumber())
			.map(status -> status == PaymentStatus.AUTHORIZED && order.status() == OrderStatus.CANCELLED ? VOID_PENDING
					: status.name());
	}

}
