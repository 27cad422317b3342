package io.orderflow.shipping;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.order.Order;
import io.orderflow.order.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.workflow.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of an order: buying the label, following the carrier's events, and confirming delivery.
 *
 * <p>
 * A carrier's DELIVERED event may arrive before the order's delivery process waits for it. Both the event and the
 * process's delivery check lock the order's shipment rows first, so whichever runs second sees what the first did:
 * the event finds the waiting process, or the check finds the delivered shipment. No event is lost.
 */
@Service
class Shipments implements ShipmentSource {

	private final JdbcClient jdbc;

	private final Orders orders;

	private final CarrierServices carrierServices;

	private final CarrierGateway carrier;

	private final RuntimeService runtime;

	private final Clock clock;

	Shipments(JdbcClient jdbc, Orders orders, CarrierServices carrierServices, CarrierGateway carrier,
			RuntimeService runtime, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.carrierServices = carrierServices;
		this.carrier = carrier;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * Buys the label for the next shipment of the order from a warehouse and records it. Returns the shipment's key
	 * ({@code <order>-<warehouse>-<n>}), which is also the label's idempotency key: a retried step gets the same label.
	 */
	@Transactional
	public String ship(String orderNumber, String warehouse, int parcelWeightGrams) {
		int earlier = jdbc.sql("select count(*) from shipment where order_number = ? and warehouse_code = ?")
			.params(orderNumber, warehouse)
			.query(Integer.class)
			.single();
		String shipmentKey = orderNumber + "-" + warehouse + "-" + (earlier + 1);
		Order order = orders.get(orderNumber);
		CarrierServices.CarrierService service = carrierServices.forMethod(order.shippingMethod());
		String trackingNumber = carrier.createLabel(shipmentKey, service, order.shippingAddress(), parcelWeightGrams);
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("insert into shipment (order_number, shipment_key, warehouse_code, carrier, service, tracking_number,"
				+ " status, parcel_weight_grams, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'LABEL_CREATED', ?, ?, ?)")
			.params(orderNumber, shipmentKey, warehouse, service.carrier(), service.service(), trackingNumber,
					parcelWeightGrams, now, now)
			.update();
		orders.record(orderNumber, "SHIPMENT_CREATED", "Shipment " + shipmentKey + " from " + warehouse + " with "
				+ service.carrier() + " " + service.service() + ", tracking number " + trackingNumber);
		return shipmentKey;
	}

	/** Records a carrier event; a DELIVERED event moves on the order's delivery process if it is waiting. */
	@Transactional
	public ShipmentStatus recordCarrierEvent(String trackingNumber, ShipmentStatus event, OffsetDateTime occurredAt) {
		String orderNumber = jdbc.sql("select order_number from shipment where tracking_number = ?")
			.param(trackingNumber)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new UnknownShipmentException(trackingNumber));
		lockShipments(orderNumber);
		ShipmentStatus current = statusOf(trackingNumber);
		orders.record(orderNumber, "CARRIER_" + event.name(),
				"Carrier reports " + trackingNumber + " " + event.name().toLowerCase().replace('_', ' ') + " at "
						+ occurredAt);
		if (current == ShipmentStatus.DELIVERED) {
			// A late or repeated event does not move a delivered parcel back in transit.
			return current;
		}
		jdbc.sql("update shipment set status = ?, updated_at = ? where tracking_number = ?")
			.params(event.name(), OffsetDateTime.now(clock), trackingNumber)
			.update();
		if (event == ShipmentStatus.DELIVERED && allDelivered(orderNumber)) {
			runtime.createMessageCorrelation(Messages.SHIPMENT_DELIVERED)
				.processInstanceBusinessKey(orderNumber)
				.correlateAllWithResult();
		}
		return event;
	}

	/** Whether every shipment of the order is delivered, holding the shipments' locks until the caller commits. */
	@Transactional
	public boolean checkDelivered(String orderNumber) {
		lockShipments(orderNumber);
		return allDelivered(orderNumber);
	}

	/** The order has arrived: confirmed by the carrier, or by customer service after an investigation. */
	@Transactional
	public void confirmDelivered(String orderNumber) {
		jdbc.sql("update shipment set status = 'DELIVERED', updated_at = ? where order_number = ? and status <> 'DELIVERED'")
			.params(OffsetDateTime.now(clock), orderNumber)
			.update();
		orders.changeStatus(orderNumber, OrderStatus.DELIVERED, "Order delivered");
	}

	@Override
	public List<ShipmentSummary> shipments(String orderNumber) {
		return jdbc.sql("select tracking_number, carrier, service, status from shipment where order_number = ? order by id")
			.param(orderNumber)
			.query(ShipmentSummary.class)
			.list();
	}

	private void lockShipments(String orderNumber) {
		jdbc.sql("select id from shipment where order_number = ? order by id for update")
			.param(orderNumber)
			.query(Long.class)
			.list();
	}

	private ShipmentStatus statusOf(String trackingNumber) {
		return ShipmentStatus.valueOf(jdbc.sql("select status from shipment where tracking_number = ?")
			.param(trackingNumber)
			.query(String.class)
			.single());
	}

	private boolean allDelivered(String orderNumber) {
		return jdbc.sql("select count(*) from shipment where order_number = ? and status <> 'DELIVERED'")
			.param(orderNumber)
			.query(Integer.class)
			.single() == 0 && !shipments(orderNumber).isEmpty();
	}

}
