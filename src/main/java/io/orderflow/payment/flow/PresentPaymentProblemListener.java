package io.orderflow.payment.flow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.orderflow.payment.PaymentAuthorizations;
import io.orderflow.payment.PaymentProcess;
import io.orderflow.workflow.ProcessTimers;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

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

	private static final Pattern CODE = Pattern.compile("\\w+");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final PaymentAuthorizations payments;

	private final ProcessTimers timers;

	PresentPaymentProblemListener(PaymentAuthorizations payments, ProcessTimers timers) {
		this.payments = payments;
		this.timers = timers;
	}

	@Override
	public void notify(DelegateTask task) {
		PaymentProcess process = PaymentProcess.of(task);
		TaskCard card = TaskCard.of(task);
		card.declineReason(payments.declineCode(process.orderNumber())
			.map(PresentPaymentProblemListener::describe)
			.orElse("No decline recorded"));
		Date windowCloses = timers.paymentRetryWindow().after(task.getCreateTime());
		card.retryDeadline(DEADLINE.format(windowCloses.toInstant().atZone(ZoneId.systemDefault()))
				+ ": then the order is cancelled");
	}

	static String describe(String declineCode) {
		if (!CODE.matcher(declineCode).matches()) {
			return "Payment declined (" + declineCode + ")";
		}
		return DECLINES.getOrDefault(declineCode, "Declined by the provider") + " (" + declineCode + ")";
	}

}
