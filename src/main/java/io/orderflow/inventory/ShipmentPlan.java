package io.orderflow.inventory;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Read by the fulfilment diagram as {@code ${shipmentPlan.warehouses(orderNumber)}}: one
 * shipment per warehouse. Tells shipping what each warehouse's parcel holds.
 */
@Component("shipmentPlan")
public class ShipmentPlan implements ParcelContents {

	private final StockReservations reservations;

	ShipmentPlan(StockReservations reservations) {
		this.reservations = reservations;
	}

	public List<String> warehouses(String orderNumber) {
		return reservations.warehousesToShip(orderNumber);
	}

	@Override
	public Map<String, Integer> contents(String orderNumber, String warehouse) {
		return reservations.pickList(orderNumber, warehouse);
	}

}
