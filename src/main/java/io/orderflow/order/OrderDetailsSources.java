package io.orderflow.order;

import java.util.List;
import java.util.Optional;

/**
 * What other capabilities contribute to the order view. They implement these; the order
 * package never depends on them.
 */
public final class OrderDetailsSources {

	private OrderDetailsSources() {
	}

	public interface PaymentStatusSource {

		Optional<String> paymentStatus(Order order);

	}

	public interface ShipmentSource {

		List<ShipmentSummary> shipments(String orderNumber);

	}

}
