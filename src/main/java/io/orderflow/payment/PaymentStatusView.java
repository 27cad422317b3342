package io.orderflow.payment;

import java.util.Optional;

import io.orderflow.order.OrderDetailsSources.PaymentStatusSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment status the order view shows. */
@Component
class PaymentStatusView implements PaymentStatusSource {

	private final PaymentRepository payments;

	PaymentStatusView(PaymentRepository payments) {
		this.payments = payments;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> paymentStatus(String orderNumber) {
		return payments.status(orderNumber).map(Enum::name);
	}

}
