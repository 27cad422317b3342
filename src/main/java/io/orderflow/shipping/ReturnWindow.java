package io.orderflow.shipping;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;

import io.orderflow.workflow.ProcessTimers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the order's return window closes, for the diagram's timer
 * ({@code ${returnWindow.closesAt(orderNumber)}}): {@code orderflow.timers.return-window}
 * after the delivery the carrier reported (the latest DELIVERED {@code occurredAt} of the
 * order's parcels), not after the moment Orderflow processed the report. Without a
 * reported delivery it counts from now.
 */
@Component("returnWindow")
public class ReturnWindow {

	private final ShipmentRepository shipments;

	private final ProcessTimers timers;

	private final Clock clock;

	ReturnWindow(ShipmentRepository shipments, ProcessTimers timers, Clock clock) {
		this.shipments = shipments;
		this.timers = timers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Date closesAt(String orderNumber) {
		return timers.returnWindow().after(Date.from(deliveredAt(orderNumber).toInstant()));
	}

	private OffsetDateTime deliveredAt(String orderNumber) {
		return shipments.ofOrder(orderNumber)
			.stream()
			.flatMap(shipment -> shipments.events(shipment.id()).stream())
			.filter(event -> event.type() == CarrierEventType.DELIVERED)
			.map(ShipmentRepository.CarrierEventRecord::occurredAt)
			.max(Comparator.naturalOrder())
			.orElseGet(() -> OffsetDateTime.now(clock));
	}

}
