package io.orderflow.order;

import io.swagger.v3.oas.annotations.media.Schema;

public record ShipmentSummary(String trackingNumber, String carrier, String service, @Schema(allowableValues = {
		"LABEL_CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "EXCEPTION" }) String status){
}
