package io.orderflow.shipping.simulated;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated carrier's timing for tests: the next label bought for an order can be
 * held back until the test lets it go (at most a minute), as a carrier's label service
 * that answers slowly, so a test can look at what the buying step holds meanwhile.
 * Nothing else waits.
 */
@Component
@ConditionalOnProperty(name = "orderflow.carrier.provider", havingValue = "simulated")
public class SimulatedCarrierHolds {

	private static final Duration LONGEST_HOLD = Duration.ofMinutes(1);

	private final Map<String, Hold> holds = new ConcurrentHashMap<>();

	/** The next label whose idempotency key starts with the order's number waits. */
	public Hold holdNextLabel(String orderNumber) {
		Hold hold = new Hold();
		holds.put(orderNumber, hold);
		return hold;
	}

	void beforeAnswering(String idempotencyKey) {
		holds.entrySet()
			.stream()
			.filter(entry -> idempotencyKey.startsWith(entry.getKey()))
			.findFirst()
			.filter(entry -> holds.remove(entry.getKey(), entry.getValue()))
			.ifPresent(entry -> entry.getValue().await());
	}

	public final class Hold {

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		/** Whether the carrier was asked for the held label within the time. */
		public boolean awaitHeldLabel(Duration timeout) throws InterruptedException {
			return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		public void release() {
			holds.values().remove(this);
			released.countDown();
		}

		private void await() {
			reached.countDown();
			try {
				released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
