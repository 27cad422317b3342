package io.orderflow.inventory;

/**
 * Returned goods fit for sale go back on hand, and waiting backorders get them first,
 * like any receipt.
 */
public interface Restocking {

	void restock(String sku, String warehouse, int quantity, String orderNumber, String note);

}
