package io.orderflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The days since delivery the return policy judges a change of mind by: whole days,
 * counted from the delivery.
 */
class ReturnsTest {

	final Timeline timeline = mock(Timeline.class);

	final Returns returns = new Returns(mock(ReturnRepository.class), mock(Orders.class), timeline,
			Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC), mock(ApplicationEventPublisher.class));

	@Test
	void aDayIsCountedOnlyOnceItIsComplete() {
		when(timeline.deliveredAt("OF-100001")).thenReturn(Optional.of(OffsetDateTime.parse("2026-11-01T10:00:00Z")));

		assertThat(returns.daysSinceDelivery("OF-100001")).isEqualTo(14);
	}

	@Test
	void fifteenFullDaysAreFifteen() {
		when(timeline.deliveredAt("OF-100001")).thenReturn(Optional.of(OffsetDateTime.parse("2026-11-01T09:00:00Z")));

		assertThat(returns.daysSinceDelivery("OF-100001")).isEqualTo(15);
	}

	@Test
	void aDeliveryReportedInAnotherTimeZoneCountsTheSame() {
		when(timeline.deliveredAt("OF-100001"))
			.thenReturn(Optional.of(OffsetDateTime.parse("2026-11-01T11:00:00+02:00")));

		assertThat(returns.daysSinceDelivery("OF-100001")).isEqualTo(15);
	}

}
