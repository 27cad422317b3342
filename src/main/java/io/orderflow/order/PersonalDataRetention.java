package io.orderflow.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.infrastructure.StoredCopies;
import io.orderflow.order.spi.PersonalData;
import io.orderflow.order.spi.PersonalDataEraser;
import io.orderflow.workflow.ProcessHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises the personal data of orders that ended (COMPLETED, CANCELLED, REJECTED)
 * longer ago than {@code orderflow.retention.personal-data}: the order's customer and
 * addresses, its timeline, the process history, the stored API answers and event
 * publications that copy them, and what each {@link PersonalDataEraser} keeps. What was
 * sold, paid and shipped stays. Runs on a schedule in batches, one order per transaction
 * under the order's row lock, skipping an order another node is anonymising: two nodes
 * share the work, and an anonymised order is never touched again.
 */
@Component
class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private static final List<OrderStatus> ENDED = List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED,
			OrderStatus.REJECTED);

	private final OrderRepository repository;

	private final Orders orders;

	private final List<PersonalDataEraser> erasers;

	private final StoredCopies storedCopies;

	private final ProcessHistory processHistory;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration period;

	private final int batchSize;

	private final Counter anonymised;

	PersonalDataRetention(OrderRepository repository, Orders orders, List<PersonalDataEraser> erasers,
			StoredCopies storedCopies, ProcessHistory processHistory, PlatformTransactionManager transactionManager,
			Clock clock, MeterRegistry meters, @Value("${orderflow.retention.personal-data}") Duration period,
			@Value("${orderflow.retention.batch-size}") int batchSize) {
		this.repository = repository;
		this.orders = orders;
		this.erasers = erasers;
		this.storedCopies = storedCopies;
		this.processHistory = processHistory;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.period = period;
		this.batchSize = batchSize;
		this.anonymised = Counter.builder("orderflow.retention.orders.anonymised")
			.description("Ended orders whose personal data was anonymised after the retention period")
			.register(meters);
	}

	@Scheduled(cron = "${orderflow.retention.schedule}")
	void runNow() {
		runAt(clock.instant());
	}

	/** Anonymises every order that ended before {@code now} minus the period. */
	void runAt(Instant now) {
		OffsetDateTime endedBefore = now.minus(period).atOffset(ZoneOffset.UTC);
		int done = 0;
		while (true) {
			List<String> due = repository.endedAndNotAnonymised(ENDED, endedBefore, batchSize);
			int inBatch = 0;
			for (String orderNumber : due) {
				if (anonymise(orderNumber, now)) {
					inBatch++;
				}
			}
			done += inBatch;
			// A batch this node could not anonymise (another node holds it, or it failed)
			// would come back forever: the next run tries it again.
			if (due.size() < batchSize || inBatch == 0) {
				break;
			}
		}
		if (done > 0) {
			log.info("Anonymised the personal data of {} orders that ended before {}", done, endedBefore);
		}
	}

	private boolean anonymise(String orderNumber, Instant now) {
		try {
			Boolean done = transactions.execute(status -> {
				if (!repository.lockIfNotAnonymised(orderNumber)) {
					return false;
				}
				PersonalData personal = PersonalData.of(orders.get(orderNumber));
				erasers.forEach(eraser -> eraser.erase(orderNumber, personal));
				processHistory.eraseMentions(orderNumber, personal::mentionedIn);
				storedCopies.replaceInCopiesOf(orderNumber, personal.replacements());
				repository.replaceInTimeline(orderNumber, personal.replacements());
				OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
				repository.anonymise(orderNumber, PersonalData.ANONYMISED, PersonalData.ANONYMISED_EMAIL, at);
				repository.appendEvent(orderNumber, at, OrderTimelineKind.PERSONAL_DATA_ANONYMISED,
						"Customer, addresses and messages anonymised " + period.toDays()
								+ " days after the order ended");
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				anonymised.increment();
				return true;
			}
			return false;
		}
		catch (RuntimeException ex) {
			log.warn("Could not anonymise order {}; the next run tries again", orderNumber, ex);
			return false;
		}
	}

}
