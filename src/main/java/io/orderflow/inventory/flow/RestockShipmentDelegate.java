package io.orderflow.inventory.flow;

import io.orderflow.inventory.ReshipStock;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("restockShipment")
class RestockShipmentDelegate implements JavaDelegate {

	private final ReshipStock stock;

	RestockShipmentDelegate(ReshipStock stock) {
		this.stock = stock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		stock.restock(process.orderNumber(), process.shipmentKey());
	}

}
