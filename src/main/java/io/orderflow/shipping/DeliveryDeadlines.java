package io.orderflow.shipping;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;

import io.orderflow.order.ShippingMethod;
import io.orderflow.shipping.ShipmentRepository.Shipment;
import io.orderflow.workflow.ProcessTimers;
import org.springframework.stereotype.Component;

/**
 * When a shipment that has not arrived is due for an investigation: the end of its
 * promised delivery date plus the grace of its shipping method; without a promised date,
 * {@code orderflow.timers.delivery-sla} after it was created. A shipment the carrier
 * reports in trouble is due at once, and customer service's "wait" sets a date of its
 * own.
 */
@Component
public class DeliveryDeadlines {

	private final DeliveryGrace grace;

	private final Duration sla;

	private final Clock clock;

	DeliveryDeadlines(DeliveryGrace grace, ProcessTimers timers, Clock clock) {
		this.grace = grace;
		this.sla = duration(timers.deliverySla().iso());
		this.clock = clock;
	}

	public OffsetDateTime promised(Shipment shipment, ShippingMethod method) {
		if (shipment.expectedDeliveryDate() == null) {
			return shipment.createdAt().plus(sla);
		}
		return shipment.expectedDeliveryDate()
			.plusDays(1)
			.atStartOfDay(clock.getZone())
			.toOffsetDateTime()
			.plus(grace.forMethod(method));
	}

	/** When the shipment is to be investigated; a time in the past means now. */
	OffsetDateTime dueAt(Shipment shipment, ShippingMethod method) {
		if (shipment.investigateAfter() != null) {
			return shipment.investigateAfter();
		}
		if (shipment.status().isProblem()) {
			return now();
		}
		return promised(shipment, method);
	}

	boolean isDue(Shipment shipment, ShippingMethod method) {
		return !dueAt(shipment, method).isAfter(now());
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/**
	 * An ISO-8601 duration as the timers take it: {@code P10D}, {@code PT12H} or weeks.
	 */
	private static Duration duration(String iso) {
		try {
			return Duration.parse(iso);
		}
		catch (DateTimeParseException e) {
			return Duration.ofDays(Period.parse(iso).toTotalMonths() * 30 + Period.parse(iso).getDays());
		}
	}

}
