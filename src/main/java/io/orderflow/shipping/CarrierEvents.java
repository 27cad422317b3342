package io.orderflow.shipping;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.orderflow.order.Timeline;
import io.orderflow.shipping.ShipmentRepository.CarrierEventRecord;
import io.orderflow.shipping.ShipmentRepository.Shipment;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what carriers report and moves the order's delivery process on.
 *
 * <p>
 * Every event is stored; the shipment's status is that of the event that happened last
 * (by {@code occurredAt}, not by arrival), so a late IN_TRANSIT does not undo an
 * OUT_FOR_DELIVERY. A settled shipment (delivered, reshipped, refunded) no longer moves.
 * The same event twice is stored once. A DELIVERED without the signature the shipment
 * requires counts as a delivery attempt. An event dated before the parcel's label was
 * created, or in the future (each beyond the allowed clock skew), is refused and not
 * stored: it cannot be about this parcel, and its date would start the return window.
 *
 * <p>
 * A DELIVERED event may arrive before the order's delivery process waits for it. Both the
 * event and the process's delivery check lock the order's shipment rows first, so
 * whichever runs second sees what the first did: the event finds the waiting process, or
 * the check finds the delivered shipment. The same holds for trouble reports.
 */
@Service
public class CarrierEvents {

	private final ShipmentRepository shipments;

	private final Timeline timeline;

	private final DeliveryDeadlines deadlines;

	private final MessageCorrelations correlations;

	private final Duration clockSkew;

	private final ApplicationEventPublisher events;

	CarrierEvents(ShipmentRepository shipments, Timeline timeline, DeliveryDeadlines deadlines,
			MessageCorrelations correlations, @Value("${orderflow.carrier.event-clock-skew}") Duration clockSkew,
			ApplicationEventPublisher events) {
		this.events = events;
		this.shipments = shipments;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.correlations = correlations;
		this.clockSkew = clockSkew;
	}

	@Transactional
	public Outcome record(String trackingNumber, CarrierEventType reported, OffsetDateTime reportedAt, String signedBy,
			String detail) {
		// Databases keep microseconds; a repeat must compare equal to what was stored.
		OffsetDateTime occurredAt = reportedAt.truncatedTo(ChronoUnit.MICROS);
		OffsetDateTime now = deadlines.now();
		if (occurredAt.isAfter(now.plus(clockSkew))) {
			throw new InvalidRequestException("occurredAt",
					"must not lie in the future; it is " + occurredAt + " and our clock says " + now);
		}
		String orderNumber = shipments.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new UnknownShipmentException(trackingNumber))
			.orderNumber();
		shipments.lockAllOf(orderNumber);
		Shipment shipment = shipments.findByTrackingNumber(trackingNumber).orElseThrow();
		if (occurredAt.isBefore(shipment.createdAt().minus(clockSkew))) {
			throw new InvalidRequestException("occurredAt", "must not lie before the parcel's label was created; it is "
					+ occurredAt + " and the label was created at " + shipment.createdAt());
		}
		boolean unsigned = reported == CarrierEventType.DELIVERED && shipment.signatureRequired()
				&& (signedBy == null || signedBy.isBlank());
		CarrierEventType type = unsigned ? CarrierEventType.DELIVERY_ATTEMPTED : reported;
		String note = unsigned ? join("reported delivered without the signature it requires", detail) : detail;
		if (shipments.events(shipment.id())
			.stream()
			.anyMatch(event -> event.type() == type && event.occurredAt().isEqual(occurredAt))) {
			return new Outcome(shipment.status(), true);
		}
		shipments.insertEvent(shipment.id(), type, occurredAt, now, signedBy, note);
		timeline.record(orderNumber, type.timelineType(),
				"Carrier reports " + trackingNumber + " " + type.name().toLowerCase().replace('_', ' ') + " at "
						+ occurredAt + (signedBy == null ? "" : ", signed by " + signedBy)
						+ (note == null ? "" : " (" + note + ")"));
		if (shipment.status().isSettled()) {
			return new Outcome(shipment.status(), false);
		}
		ShipmentStatus next = type == CarrierEventType.DELIVERED ? ShipmentStatus.DELIVERED
				: last(shipments.events(shipment.id())).shipmentStatus();
		if (next == shipment.status()) {
			return new Outcome(next, false);
		}
		shipments.updateStatus(shipment.id(), next, now);
		if (next == type.shipmentStatus()) {
			type.orderEventType()
				.ifPresent(news -> events
					.publishEvent(new ShipmentEvent(UUID.randomUUID(), news, orderNumber, now, shipment.shipmentKey(),
							shipment.carrier(), shipment.service(), trackingNumber, shipment.expectedDeliveryDate())));
		}
		if (next.isProblem()) {
			// News from the carrier ends a wait customer service chose earlier.
			shipments.investigateAfter(shipment.id(), null, now);
			correlate(Messages.DELIVERY_PROBLEM_REPORTED, orderNumber);
		}
		else if (next == ShipmentStatus.DELIVERED
				&& shipments.ofOrder(orderNumber).stream().allMatch(s -> s.status().isSettled())) {
			correlate(Messages.SHIPMENT_DELIVERED, orderNumber);
		}
		return new Outcome(next, false);
	}

	private void correlate(String message, String orderNumber) {
		correlations.correlate(message, orderNumber);
	}

	private static CarrierEventType last(List<CarrierEventRecord> events) {
		return events.get(events.size() - 1).type();
	}

	private static String join(String first, String second) {
		return second == null ? first : first + "; " + second;
	}

	/** The shipment's status after the event, and whether the event was a repeat. */
	public record Outcome(ShipmentStatus shipmentStatus, boolean duplicate) {
	}

}
