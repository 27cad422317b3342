package io.orderflow.shipping.flow;

import java.util.Map;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductRepository;
import io.orderflow.inventory.ParcelContents;
import io.orderflow.shipping.ShippingSettings;
import io.orderflow.workflow.FulfillmentProcess;
import io.orderflow.workflow.RefusedInputException;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The parcel weight against what its lines weigh: shows the expected weight when packing
 * starts, and refuses to complete packing with a weight outside
 * {@code orderflow.shipping.weight-tolerance} unless the packer confirms it (re-weighed,
 * it is right). A weight that is no whole number of grams from 1 to 100 kg is refused
 * outright.
 */
@Component("checkParcelWeight")
class CheckParcelWeightListener implements TaskListener {

	private final ParcelContents parcels;

	private final ProductRepository catalogue;

	private final ShippingSettings settings;

	CheckParcelWeightListener(ParcelContents parcels, ProductRepository catalogue, ShippingSettings settings) {
		this.parcels = parcels;
		this.catalogue = catalogue;
		this.settings = settings;
	}

	@Override
	public void notify(DelegateTask task) {
		FulfillmentProcess process = FulfillmentProcess.of(task);
		int expected = expectedGrams(process);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			TaskCard.of(task).expectedWeight(expected + " g");
			return;
		}
		int weight = process.parcelWeightGrams();
		if (!settings.weightTolerance().allows(expected, weight) && !process.weightConfirmed()) {
			throw new RefusedInputException("The parcel weighs " + weight + " g, its lines " + expected
					+ " g: more apart than the tolerance allows. Weigh it again, or confirm the weight.");
		}
	}

	private int expectedGrams(FulfillmentProcess process) {
		Map<String, Integer> contents = parcels.contents(process.orderNumber(), process.warehouse());
		Map<String, Product> products = catalogue.findBySkus(contents.keySet());
		return contents.entrySet().stream().mapToInt(e -> products.get(e.getKey()).weightGrams() * e.getValue()).sum();
	}

}
