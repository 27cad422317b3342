package io.orderflow.shipping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orderflow.order.ShipmentSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shipments and their carrier status; the only writer of the shipment table. */
@Repository
public class ShipmentRepository {

	private final JdbcClient jdbc;

	ShipmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int countFrom(String orderNumber, String warehouse) {
		return jdbc.sql("select count(*) from shipment where order_number = ? and warehouse_code = ?")
			.params(orderNumber, warehouse)
			.query(Integer.class)
			.single();
	}

	void insert(String orderNumber, String shipmentKey, String warehouse, CarrierGateway.LabelRequest label,
			String trackingNumber, int transitDays, LocalDate expectedDeliveryDate, OffsetDateTime at) {
		jdbc.sql("insert into shipment (order_number, shipment_key, warehouse_code, carrier, service, tracking_number,"
				+ " status, parcel_weight_grams, transit_days, expected_delivery_date, signature_required,"
				+ " insured_value, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(orderNumber, shipmentKey, warehouse, label.carrier(), label.service(), trackingNumber,
					ShipmentStatus.LABEL_CREATED.name(), label.weightGrams(), transitDays, expectedDeliveryDate,
					label.signatureRequired(), label.insuredValue(), at, at)
			.update();
	}

	public LabelSummary label(String shipmentKey) {
		return jdbc.sql("select tracking_number, carrier, service from shipment where shipment_key = ?")
			.param(shipmentKey)
			.query((rs, row) -> new LabelSummary(rs.getString("tracking_number"), rs.getString("carrier"),
					rs.getString("service")))
			.single();
	}

	public record LabelSummary(String trackingNumber, String carrier, String service) {
	}

	Optional<String> orderOf(String trackingNumber) {
		return jdbc.sql("select order_number from shipment where tracking_number = ?")
			.param(trackingNumber)
			.query(String.class)
			.optional();
	}

	/**
	 * Locks the order's shipment rows (in id order, so two callers never deadlock) until
	 * the caller commits: the carrier's DELIVERED event and the delivery process's check
	 * see each other's work.
	 */
	void lockAllOf(String orderNumber) {
		jdbc.sql("select id from shipment where order_number = ? order by id for update")
			.param(orderNumber)
			.query(Long.class)
			.list();
	}

	private static final String SHIPMENT_COLUMNS = "id, order_number, shipment_key, warehouse_code, carrier, service,"
			+ " tracking_number, status, parcel_weight_grams, created_at, expected_delivery_date, signature_required,"
			+ " investigate_after, replaces_shipment_key";

	Optional<Shipment> findByTrackingNumber(String trackingNumber) {
		return jdbc.sql("select " + SHIPMENT_COLUMNS + " from shipment where tracking_number = ?")
			.param(trackingNumber)
			.query(ShipmentRepository::shipment)
			.optional();
	}

	Shipment get(String shipmentKey) {
		return jdbc.sql("select " + SHIPMENT_COLUMNS + " from shipment where shipment_key = ?")
			.param(shipmentKey)
			.query(ShipmentRepository::shipment)
			.single();
	}

	List<Shipment> ofOrder(String orderNumber) {
		return jdbc.sql("select " + SHIPMENT_COLUMNS + " from shipment where order_number = ? order by id")
			.param(orderNumber)
			.query(ShipmentRepository::shipment)
			.list();
	}

	Optional<String> replacementOf(String shipmentKey) {
		return jdbc.sql("select shipment_key from shipment where replaces_shipment_key = ? order by id")
			.param(shipmentKey)
			.query(String.class)
			.optional();
	}

	int countReplacing(String shipmentKey) {
		return jdbc.sql("select count(*) from shipment where replaces_shipment_key = ?")
			.param(shipmentKey)
			.query(Integer.class)
			.single();
	}

	void insertReshipment(Shipment replaced, String shipmentKey, String trackingNumber, int transitDays,
			LocalDate expectedDeliveryDate, OffsetDateTime at) {
		jdbc.sql("insert into shipment (order_number, shipment_key, warehouse_code, carrier, service, tracking_number,"
				+ " status, parcel_weight_grams, created_at, updated_at, signature_required, replaces_shipment_key,"
				+ " transit_days, expected_delivery_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(replaced.orderNumber(), shipmentKey, replaced.warehouse(), replaced.carrier(), replaced.service(),
					trackingNumber, ShipmentStatus.LABEL_CREATED.name(), replaced.parcelWeightGrams(), at, at,
					replaced.signatureRequired(), replaced.shipmentKey(), transitDays, expectedDeliveryDate)
			.update();
	}

	/** 0 for a shipment from before transit days were recorded. */
	int transitDays(String shipmentKey) {
		return jdbc.sql("select coalesce(transit_days, 0) from shipment where shipment_key = ?")
			.param(shipmentKey)
			.query(Integer.class)
			.single();
	}

	/**
	 * Cancels the order's shipments whose parcel has not been handed over; returns their
	 * keys.
	 */
	List<String> cancelNotHandedOver(String orderNumber, OffsetDateTime at) {
		List<String> keys = jdbc
			.sql("select shipment_key from shipment where order_number = ? and status = ? order by shipment_key")
			.params(orderNumber, ShipmentStatus.LABEL_CREATED.name())
			.query(String.class)
			.list();
		jdbc.sql("update shipment set status = ?, updated_at = ? where order_number = ? and status = ?")
			.params(ShipmentStatus.CANCELLED.name(), at, orderNumber, ShipmentStatus.LABEL_CREATED.name())
			.update();
		return keys;
	}

	/**
	 * The parcel left with the carrier; a shipment the carrier already reported on keeps
	 * its status.
	 */
	void markHandedOver(String shipmentKey, OffsetDateTime at) {
		jdbc.sql("update shipment set status = ?, updated_at = ? where shipment_key = ? and status = ?")
			.params(ShipmentStatus.HANDED_OVER.name(), at, shipmentKey, ShipmentStatus.LABEL_CREATED.name())
			.update();
	}

	void updateStatus(long shipmentId, ShipmentStatus status, OffsetDateTime at) {
		jdbc.sql("update shipment set status = ?, updated_at = ? where id = ?")
			.params(status.name(), at, shipmentId)
			.update();
	}

	/** {@code null} lets a shipment in trouble be investigated at once. */
	void investigateAfter(long shipmentId, OffsetDateTime after, OffsetDateTime at) {
		jdbc.sql("update shipment set investigate_after = ?, updated_at = ? where id = ?")
			.params(after, at, shipmentId)
			.update();
	}

	void insertEvent(long shipmentId, CarrierEventType type, OffsetDateTime occurredAt, OffsetDateTime receivedAt,
			String signedBy, String detail) {
		jdbc.sql("insert into carrier_event (shipment_id, event_type, occurred_at, received_at, signed_by, detail)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(shipmentId, type.name(), occurredAt, receivedAt, signedBy, detail)
			.update();
	}

	/** The shipment's carrier events in the order they happened (not as they arrived). */
	List<CarrierEventRecord> events(long shipmentId) {
		return jdbc
			.sql("select event_type, occurred_at, received_at, signed_by, detail from carrier_event"
					+ " where shipment_id = ? order by occurred_at, id")
			.param(shipmentId)
			.query((rs, row) -> new CarrierEventRecord(CarrierEventType.valueOf(rs.getString("event_type")),
					rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getObject("received_at", OffsetDateTime.class), rs.getString("signed_by"),
					rs.getString("detail")))
			.list();
	}

	List<ShipmentSummary> summaries(String orderNumber) {
		return jdbc
			.sql("select tracking_number, carrier, service, status, expected_delivery_date from shipment"
					+ " where order_number = ? order by id")
			.param(orderNumber)
			.query((rs, row) -> new ShipmentSummary(rs.getString("tracking_number"), rs.getString("carrier"),
					rs.getString("service"), rs.getString("status"),
					rs.getObject("expected_delivery_date", LocalDate.class)))
			.list();
	}

	private static Shipment shipment(ResultSet rs, int row) throws SQLException {
		return new Shipment(rs.getLong("id"), rs.getString("order_number"), rs.getString("shipment_key"),
				rs.getString("warehouse_code"), rs.getString("carrier"), rs.getString("service"),
				rs.getString("tracking_number"), ShipmentStatus.valueOf(rs.getString("status")),
				rs.getInt("parcel_weight_grams"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("expected_delivery_date", LocalDate.class), rs.getBoolean("signature_required"),
				rs.getObject("investigate_after", OffsetDateTime.class), rs.getString("replaces_shipment_key"));
	}

	public record Shipment(long id, String orderNumber, String shipmentKey, String warehouse, String carrier,
			String service, String trackingNumber, ShipmentStatus status, int parcelWeightGrams,
			OffsetDateTime createdAt, LocalDate expectedDeliveryDate, boolean signatureRequired,
			OffsetDateTime investigateAfter, String replacesShipmentKey) {
	}

	public record CarrierEventRecord(CarrierEventType type, OffsetDateTime occurredAt, OffsetDateTime receivedAt,
			String signedBy, String detail) {
	}

	/**
	 * Forgets who signed for the order's parcels and makes the replacements (in order) in
	 * what the carrier wrote.
	 */
	void eraseFromCarrierEvents(String orderNumber, Map<String, String> replacements) {
		String ofOrder = " where shipment_id in (select id from shipment where order_number = ?)";
		jdbc.sql("update carrier_event set signed_by = null" + ofOrder).param(orderNumber).update();
		replacements.forEach((text, replacement) -> jdbc
			.sql("update carrier_event set detail = replace(detail, ?, ?)" + ofOrder + " and detail like ?")
			.params(text, replacement, orderNumber, "%" + text + "%")
			.update());
	}

}
