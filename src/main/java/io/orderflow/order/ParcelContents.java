package io.orderflow.order;

import java.util.Map;

/**
 * Inventory: what one warehouse's parcel of an order holds, units per SKU. Shipping asks
 * it to choose a carrier by the parcel's value and goods; it never depends on inventory.
 */
public interface ParcelContents {

	Map<String, Integer> contents(String orderNumber, String warehouse);

}
