package io.orderflow.returns.flow;

import io.orderflow.inventory.Restocking;
import io.orderflow.returns.ItemCondition;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.ReturnSettings;
import io.orderflow.returns.ReturnTimelineKind;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Resellable returns go back into stock in {@code orderflow.returns.warehouse}; damaged
 * ones are written off.
 */
@Component("restockReturn")
class RestockReturnDelegate implements JavaDelegate {

	private final Returns returns;

	private final Restocking stock;

	private final String warehouse;

	RestockReturnDelegate(Returns returns, Restocking stock, ReturnSettings settings) {
		this.returns = returns;
		this.stock = stock;
		this.warehouse = settings.warehouse();
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReturnRequest request = returns.get(ReturnProcess.of(execution).returnNumber());
		if (request.itemCondition() != ItemCondition.RESELLABLE) {
			returns.note(request.returnNumber(), ReturnTimelineKind.RETURN_WRITTEN_OFF,
					"items not fit for sale; not restocked");
			return;
		}
		for (ReturnRequest.ReturnedLine line : request.lines()) {
			stock.restock(line.sku(), warehouse, line.quantity(), request.orderNumber(),
					"Return " + request.returnNumber());
		}
		returns.note(request.returnNumber(), ReturnTimelineKind.RETURN_RESTOCKED,
				"items back in stock in " + warehouse);
	}

}
