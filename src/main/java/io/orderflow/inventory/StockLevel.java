package io.orderflow.inventory;

public record StockLevel(String sku, String warehouseCode, int onHand, int reserved) {

	public int available() {
		return onHand - reserved;
	}

}
