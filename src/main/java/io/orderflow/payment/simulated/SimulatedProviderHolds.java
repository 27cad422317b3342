package io.orderflow.payment.simulated;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's timing: the answer to an authorization of the test token
 * {@code tok_slow} comes {@code orderflow.payment.simulator.slow-answer} after the
 * provider recorded it, as over a slow network; and a test can hold back the answer to an
 * order's next authorization until it lets it go, so it can cancel the order while the
 * authorization step waits for the answer, or hold back an order's void. Nothing else
 * waits.
 */
@Component
@ConditionalOnProperty(name = "orderflow.payment.provider", havingValue = "simulated")
public class SimulatedProviderHolds {

	private static final Duration LONGEST_HOLD = Duration.ofMinutes(1);

	static final String SLOW_TOKEN = "tok_slow";

	private final Map<String, Hold> holds = new ConcurrentHashMap<>();

	private final Map<String, Hold> voidHolds = new ConcurrentHashMap<>();

	private final Duration slowAnswer;

	SimulatedProviderHolds(SimulatedProviderProperties properties) {
		this.slowAnswer = properties.slowAnswer();
	}

	/**
	 * The next answer to an authorization of the order waits until {@link Hold#release()}
	 * (at most a minute); later ones do not.
	 */
	public Hold holdNextAuthorizationAnswer(String orderNumber) {
		Hold hold = new Hold();
		holds.put(orderNumber, hold);
		return hold;
	}

	/**
	 * The next answer to a void of the order waits until {@link Hold#release()} (at most
	 * a minute), so a test can look at what the void holds meanwhile.
	 */
	public Hold holdNextVoidAnswer(String orderNumber) {
		Hold hold = new Hold();
		voidHolds.put(orderNumber, hold);
		return hold;
	}

	/** Called with the answer recorded and before it is returned. */
	void beforeAnswering(String idempotencyKey, String token) {
		if (SLOW_TOKEN.equals(token)) {
			sleep(slowAnswer);
		}
		await(holds.remove(orderOf(idempotencyKey)));
	}

	/** Called with the void recorded and before it is answered. */
	void beforeAnsweringVoid(String idempotencyKey) {
		await(voidHolds.remove(orderOf(idempotencyKey)));
	}

	private static String orderOf(String idempotencyKey) {
		return idempotencyKey.substring(0, Math.max(0, idempotencyKey.indexOf(':')));
	}

	private static void await(Hold hold) {
		if (hold != null) {
			hold.reached.countDown();
			try {
				hold.released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public final class Hold {

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		/**
		 * Waits until the provider has recorded an answer it holds back; whether it did
		 * within the time.
		 */
		public boolean awaitHeldAnswer(Duration timeout) throws InterruptedException {
			return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		/** Lets the held answer through, or holds none if it has not come yet. */
		public void release() {
			holds.values().remove(this);
			voidHolds.values().remove(this);
			released.countDown();
		}

	}

}
