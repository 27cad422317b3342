package io.orderflow.workflow;

import java.util.Date;

/**
 * Stands in for shipping's {@code returnWindow} bean where no carrier reported a
 * delivery: the window counts from now.
 */
public record ReturnWindowFromNow(String iso) {

	public Date closesAt(String orderNumber) {
		return TimerDuration.of(iso).after(new Date());
	}

}
