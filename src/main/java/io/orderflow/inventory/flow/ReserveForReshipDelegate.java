package io.orderflow.inventory.flow;

import io.orderflow.inventory.ReshipStock;
import io.orderflow.workflow.BpmnErrors;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("reserveForReship")
class ReserveForReshipDelegate implements JavaDelegate {

	private final ReshipStock stock;

	ReserveForReshipDelegate(ReshipStock stock) {
		this.stock = stock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		if (!stock.reserveAgain(process.orderNumber(), process.shipmentKey())) {
			throw new BpmnError(BpmnErrors.RESHIP_STOCK_SHORT, "Too little stock to reship " + process.shipmentKey());
		}
	}

}
