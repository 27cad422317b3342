package io.orderflow.inventory.flow;

import io.orderflow.inventory.ReshipStock;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("shipReshipment")
class ShipReshipmentDelegate implements JavaDelegate {

	private final ReshipStock stock;

	ShipReshipmentDelegate(ReshipStock stock) {
		this.stock = stock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		stock.ship(process.orderNumber(), process.shipmentKey(), process.reshipmentKey());
	}

}
