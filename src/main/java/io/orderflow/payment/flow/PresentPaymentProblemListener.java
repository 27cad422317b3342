package io.orderflow.payment.flow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
import io.orderflow.payment.PaymentProcess;
import io.orderflow.workflow.ProcessTimers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Why the payment failed, in words, and until when the customer can still fix it
 * themselves: when the task's "Retry window over" timer
 * ({@code orderflow.timers.payment-retry-window}) fires.
 */
@Component("presentPaymentProblem")
class PresentPaymentProblemListener implements TaskListener {

	static final Map<String, String> DECLINES = Map.of("card_declined", "The card was declined by its bank",
			"insufficient_funds", "Not enough funds on the card or wallet", "invalid_token",
			"The payment details were not valid");

	private static final Pattern CODE = Pattern.compile("\\((\\w+)\\)$");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final Orders orders;

	private final ProcessTimers timers;

	PresentPaymentProblemListener(Orders orders, ProcessTimers timers) {
		this.orders = orders;
		this.timers = timers;
	}

	@Override
	public void notify(DelegateTask task) {
		PaymentProcess process = PaymentProcess.of(task);
		task.setVariableLocal("declineReason",
				orders.latestTimelineMessage(process.orderNumber(), TimelineEntryType.PAYMENT_DECLINED)
					.map(PresentPaymentProblemListener::describe)
					.orElse("No decline recorded"));
		Date windowCloses = ProcessTimers.after(task.getCreateTime(), timers.paymentRetryWindow());
		task.setVariableLocal("retryDeadline", DEADLINE.format(windowCloses.toInstant().atZone(ZoneId.systemDefault()))
				+ ": then the order is cancelled");
	}

	static String describe(String timelineMessage) {
		Matcher code = CODE.matcher(timelineMessage);
		if (!code.find()) {
			return timelineMessage;
		}
		return DECLINES.getOrDefault(code.group(1), "Declined by the provider") + " (" + code.group(1) + ")";
	}

}
