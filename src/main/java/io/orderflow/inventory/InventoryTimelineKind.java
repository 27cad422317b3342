package io.orderflow.inventory;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse's timeline entries: stock reserved, replenished or put back, backorder
 * decisions and short picks.
 */
public enum InventoryTimelineKind implements TimelineKind {

	STOCK_RESERVED, STOCK_REPLENISHED, BACKORDER_DECISION, SHORT_PICK, SHIPMENT_RESTOCKED;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds inventoryTimelineKinds() {
			return TimelineKinds.of(InventoryTimelineKind.class);
		}

	}

}
