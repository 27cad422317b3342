package io.orderflow.inventory;

import java.util.Map;

/**
 * What one warehouse's parcel of an order holds, units per SKU: shipping chooses a
 * carrier by the parcel's value and goods.
 */
public interface ParcelContents {

	Map<String, Integer> contents(String orderNumber, String warehouse);

}
