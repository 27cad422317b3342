package io.orderflow.order.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.orderflow.order.Attention;
import io.orderflow.order.Order;
import io.orderflow.order.ShipmentSummary;

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

	/**
	 * What about the order needs a person beyond the engine's incidents and overdue tasks
	 * (payment: an authorization the reconciliation had to void).
	 */
	public interface AttentionSource {

		List<Attention> attention(String orderNumber);

		/** The numbers of all orders for which {@link #attention} is not empty. */
		Set<String> ordersNeedingAttention();

	}

	public interface ShipmentSource {

		List<ShipmentSummary> shipments(String orderNumber);

		/**
		 * When the order is expected to be delivered in full: the latest date of its
		 * shipments, or an estimate for what is still to ship; empty for an order that
		 * will not be delivered.
		 */
		default Optional<LocalDate> expectedDeliveryDate(Order order) {
			return expectedDeliveryDate(order, shipments(order.orderNumber()));
		}

		/** The same, from the order's shipments already read. */
		Optional<LocalDate> expectedDeliveryDate(Order order, List<ShipmentSummary> shipments);

	}

}
