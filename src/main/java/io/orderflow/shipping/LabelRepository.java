package io.orderflow.shipping;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The label documents carriers returned, by tracking number; the only writer of
 * {@code shipping_label}.
 */
@Repository
public class LabelRepository {

	private final JdbcClient jdbc;

	LabelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the label; a label already kept (a retried step) stays as it is. */
	void keep(String reference, CarrierGateway.CarrierLabel label, OffsetDateTime at) {
		if (find(label.trackingNumber()).isPresent()) {
			return;
		}
		jdbc.sql("insert into shipping_label (tracking_number, reference, pdf, zpl, created_at) values (?, ?, ?, ?, ?)")
			.params(label.trackingNumber(), reference, label.pdf(), label.zpl(), at)
			.update();
	}

	public Optional<CarrierGateway.CarrierLabel> find(String trackingNumber) {
		return jdbc.sql("select tracking_number, pdf, zpl from shipping_label where tracking_number = ?")
			.param(trackingNumber)
			.query((rs, row) -> new CarrierGateway.CarrierLabel(rs.getString("tracking_number"), rs.getBytes("pdf"),
					rs.getString("zpl")))
			.optional();
	}

	/** Forgets the labels of the order's parcels, reshipments included. */
	void forgetParcelLabels(String orderNumber) {
		jdbc.sql("delete from shipping_label where tracking_number in"
				+ " (select tracking_number from shipment where order_number = ?)")
			.param(orderNumber)
			.update();
	}

	/**
	 * Forgets the labels bought for the reference (a return number or a shipment key).
	 */
	void forget(String reference) {
		jdbc.sql("delete from shipping_label where reference = ?").param(reference).update();
	}

}
