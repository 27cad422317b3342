package io.orderflow.inventory;

record Reservation(long id, String sku, String warehouseCode, int quantity) {
}
