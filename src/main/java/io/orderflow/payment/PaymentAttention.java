package io.orderflow.payment;

import java.util.List;
import java.util.Set;

import io.orderflow.order.Attention;
import io.orderflow.order.spi.OrderDetailsSources.AttentionSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An authorization that the order kept after it ended, found and voided by
 * {@link AuthorizationReconciliation}: the money is released, but the cancellation should
 * have done it, so someone looks into why.
 */
@Component
class PaymentAttention implements AttentionSource {

	private final PaymentRepository payments;

	PaymentAttention(PaymentRepository payments) {
		this.payments = payments;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attention> attention(String orderNumber) {
		return payments.orphanVoidedAt(orderNumber)
			.map(at -> List.of(new Attention(Attention.Kind.ORPHANED_AUTHORIZATION_VOIDED,
					AuthorizationReconciliation.WHERE,
					"The order had ended with its payment authorization still held; the reconciliation voided it", at)))
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> ordersNeedingAttention() {
		return payments.ordersWithOrphanVoided();
	}

}
