package io.orderflow.inventory;

record StockLevel(String sku, String warehouseCode, int onHand, int reserved) {

	int available() {
		return onHand - reserved;
	}

}
