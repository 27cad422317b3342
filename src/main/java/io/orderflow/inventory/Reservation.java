package io.orderflow.inventory;

public record Reservation(long id, String sku, String warehouseCode, int quantity) {
}
