package io.orderflow.order;

public record ShipmentSummary(String trackingNumber, String carrier, String service, String status) {
}
