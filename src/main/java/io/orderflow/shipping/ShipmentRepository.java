package io.orderflow.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.orderflow.order.ShipmentSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shipments and their carrier status; the only writer of the shipment table. */
@Repository
class ShipmentRepository {

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

	LabelSummary label(String shipmentKey) {
		return jdbc.sql("select tracking_number, carrier, service from shipment where shipment_key = ?")
			.param(shipmentKey)
			.query((rs, row) -> new LabelSummary(rs.getString("tracking_number"), rs.getString("carrier"),
					rs.getString("service")))
			.single();
	}

	record LabelSummary(String trackingNumber, String carrier, String service) {
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

	ShipmentStatus status(String trackingNumber) {
		return ShipmentStatus.valueOf(jdbc.sql("select status from shipment where tracking_number = ?")
			.param(trackingNumber)
			.query(String.class)
			.single());
	}

	void updateStatus(String trackingNumber, ShipmentStatus status, OffsetDateTime at) {
		jdbc.sql("update shipment set status = ?, updated_at = ? where tracking_number = ?")
			.params(status.name(), at, trackingNumber)
			.update();
	}

	void markAllDelivered(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update shipment set status = :delivered, updated_at = :at"
				+ " where order_number = :orderNumber and status <> :delivered")
			.param("delivered", ShipmentStatus.DELIVERED.name())
			.param("at", at)
			.param("orderNumber", orderNumber)
			.update();
	}

	int countUndelivered(String orderNumber) {
		return jdbc.sql("select count(*) from shipment where order_number = ? and status <> ?")
			.params(orderNumber, ShipmentStatus.DELIVERED.name())
			.query(Integer.class)
			.single();
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

}
