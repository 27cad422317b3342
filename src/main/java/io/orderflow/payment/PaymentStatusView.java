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
	 * (a retried step), or whose attempt it is about to settle.
	 */
	static final String VOID_PENDING = "VOID_PENDING";

	private final PaymentRepository payments;

	PaymentStatusView(PaymentRepository payments) {
		this.payments = payments;
	}

	/**
	 * An order that ended before its payment was opened (in fraud review, say) never held
	 * any money: {@code NOT_TAKEN}.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> paymentStatus(Order order) {
		Optional<PaymentStatus> status = payments.status(order.orderNumber());
		if (status.isEmpty()) {
			return order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REJECTED
					? Optional.of(PaymentStatus.NOT_TAKEN.name()) : Optional.empty();
		}
		return status.map(shown -> (shown == PaymentStatus.AUTHORIZED || shown == PaymentStatus.AUTHORIZING)
				&& order.status() == OrderStatus.CANCELLED ? VOID_PENDING : shown.name());
	}

}
