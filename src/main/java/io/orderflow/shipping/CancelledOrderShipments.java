package io.orderflow.shipping;

import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cancellation wins over a parcel not yet handed over: in the transaction that cancels
 * the order (synchronously, not after commit), its shipments still waiting at the
 * warehouse are cancelled and their labels discarded. The cancellation sub-process has
 * already ended the hand-over task and released the stock.
 */
@Component
class CancelledOrderShipments {

	private final Shipments shipments;

	CancelledOrderShipments(Shipments shipments) {
		this.shipments = shipments;
	}

	@EventListener
	void on(OrderChanged changed) {
		if (changed.status() == OrderStatus.CANCELLED) {
			shipments.cancelNotHandedOver(changed.orderNumber());
		}
	}

}
