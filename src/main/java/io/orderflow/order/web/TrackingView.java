package io.orderflow.order.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.TimelineEntry;

/**
 * What the tracking page shows of one order, already in words: no address, no payment
 * details, no staff notes. Times carry an ISO instant for the reader's browser to show in
 * their own zone, and the same in UTC for a browser without scripts.
 */
record TrackingView(String orderNumber, String status, Moment placedAt, String expectedDelivery, List<Parcel> parcels,
		List<Line> lines, String total, List<Event> history, List<Event> returnsAndRefunds) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'",
			Locale.ENGLISH);

	static TrackingView of(Order order, List<ShipmentSummary> shipments, Optional<LocalDate> expectedDelivery,
			List<TimelineEntry> timeline, Function<ShipmentSummary, Optional<String>> carrierTracking) {
		List<Event> history = timeline.stream()
			.filter(entry -> CustomerWords.shows(entry.type()))
			.map(entry -> new Event(Moment.of(entry.at()), CustomerWords.event(entry.type()), entry.type()))
			.toList();
		return new TrackingView(order.orderNumber(), CustomerWords.of(order.status()), Moment.of(order
			.placedAt()), expectedDelivery.map(DAY::format).orElse(null), shipments.stream()
				.filter(shipment -> !"CANCELLED".equals(shipment.status()))
				.map(shipment -> new Parcel(shipment.carrier(), shipment.service(), shipment.trackingNumber(),
						CustomerWords.parcel(shipment.status()),
						shipment.expectedDeliveryDate() == null ? null : DAY.format(shipment.expectedDeliveryDate()),
						carrierTracking.apply(shipment).orElse(null)))
				.toList(), order.lines().stream().map(Line::of).toList(),
				money(order.totals().grandTotal(), order.currency()), history,
				history.stream().filter(event -> CustomerWords.isReturnOrRefund(event.kind())).toList());
	}

	private static String money(BigDecimal amount, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(amount);
	}

	record Moment(String iso, String text) {

		static Moment of(OffsetDateTime at) {
			OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
			return new Moment(DateTimeFormatter.ISO_INSTANT.format(utc), UTC_TIME.format(utc));
		}

	}

	record Parcel(String carrier, String service, String trackingNumber, String status, String expectedDelivery,
			String carrierUrl) {
	}

	record Line(String product, int quantity, String note) {

		static Line of(OrderLine line) {
			String note = null;
			if (line.cancelledQuantity() > 0) {
				note = line.cancelledQuantity() + " cancelled";
			}
			return new Line(line.productName(), line.quantity(), note);
		}

	}

	record Event(Moment at, String words, String kind) {
	}

}
