package io.orderflow.returns.flow;

import java.util.Map;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductRepository;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.ReturnSettings;
import io.orderflow.returns.ReturnTimelineKind;
import io.orderflow.returns.Returns;
import io.orderflow.shipping.ReturnLabels.ReturnLabel;
import io.orderflow.shipping.ReturnLabels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Buys the label the customer sends the goods back with, to the returns warehouse
 * ({@code orderflow.returns.address}), for the weight of what comes back.
 */
@Component("createReturnLabel")
class CreateReturnLabelDelegate implements JavaDelegate {

	private final Returns returns;

	private final ProductRepository products;

	private final ReturnLabels shipping;

	private final ReturnSettings settings;

	CreateReturnLabelDelegate(Returns returns, ProductRepository products, ReturnLabels shipping,
			ReturnSettings settings) {
		this.returns = returns;
		this.products = products;
		this.shipping = shipping;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReturnRequest request = returns.get(ReturnProcess.of(execution).returnNumber());
		Map<String, Product> catalogue = products
			.findBySkus(request.lines().stream().map(ReturnRequest.ReturnedLine::sku).toList());
		int weight = request.lines()
			.stream()
			.mapToInt(line -> line.quantity() * catalogue.get(line.sku()).weightGrams())
			.sum();
		ReturnLabel label = shipping.buyReturnLabel(request.orderNumber(), request.returnNumber(), settings.address(),
				weight);
		returns.recordLabel(request.returnNumber(), label.trackingNumber());
		returns.note(request.returnNumber(), ReturnTimelineKind.RETURN_LABEL_CREATED, "return label " + label.carrier()
				+ " " + label.service() + ", tracking number " + label.trackingNumber());
	}

}
