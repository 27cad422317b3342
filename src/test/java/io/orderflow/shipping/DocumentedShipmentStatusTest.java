package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.orderflow.order.ShipmentSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * A shipment's {@code status} is text in {@code order}'s view; the API document lists its
 * values, and they must be shipping's.
 */
class DocumentedShipmentStatusTest {

	@Test
	void apiDocumentListsEveryShipmentStatus() throws NoSuchMethodException {
		assertThat(ShipmentSummary.class.getMethod("status").getAnnotation(Schema.class).allowableValues())
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(ShipmentStatus.values()).map(Enum::name).toList());
	}

}
