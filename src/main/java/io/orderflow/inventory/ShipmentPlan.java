package io.orderflow.inventory;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Read by the fulfilment diagram as {@code ${shipmentPlan.warehouses(orderNumber)}}: one
 * shipment per warehouse.
 */
@Component("shipmentPlan")
public class ShipmentPlan {

	private final StockReservations reservations;

	ShipmentPlan(StockReservations reservations) {
		this.reservations = reservations;
	}

	public List<String> warehouses(String orderNumber) {
		return reservations.warehousesToShip(orderNumber);
	}

}
