package io.orderflow.shipping;

import io.orderflow.order.spi.PersonalData;
import io.orderflow.order.spi.PersonalDataEraser;
import org.springframework.stereotype.Component;

/**
 * The shipments of an order past retention keep carrier, tracking number and status;
 * their labels (addressed to the customer) and who signed for a parcel go.
 */
@Component
class ShipmentErasure implements PersonalDataEraser {

	private final ShipmentRepository shipments;

	private final LabelRepository labels;

	ShipmentErasure(ShipmentRepository shipments, LabelRepository labels) {
		this.shipments = shipments;
		this.labels = labels;
	}

	@Override
	public void erase(String orderNumber, PersonalData personal) {
		shipments.eraseFromCarrierEvents(orderNumber, personal.replacements());
		labels.forgetParcelLabels(orderNumber);
	}

}
