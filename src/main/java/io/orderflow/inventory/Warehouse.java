package io.orderflow.inventory;

import io.orderflow.order.Address;

/**
 * A place stock is kept and shipped from. Allocation prefers warehouses by priority
 * (lowest number first, then code).
 */
public record Warehouse(String code, String name, int priority, Address address) {
}
