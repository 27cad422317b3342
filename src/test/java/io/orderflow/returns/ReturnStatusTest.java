package io.orderflow.returns;

import static io.orderflow.returns.ReturnStatus.APPROVED;
import static io.orderflow.returns.ReturnStatus.EXPIRED;
import static io.orderflow.returns.ReturnStatus.RECEIVED;
import static io.orderflow.returns.ReturnStatus.REFUNDED;
import static io.orderflow.returns.ReturnStatus.REJECTED;
import static io.orderflow.returns.ReturnStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which status of a return may follow which, and which returns hold on to the order's
 * goods.
 */
class ReturnStatusTest {

	@Test
	void anApprovedReturnIsReceivedThenRefunded() {
		assertThat(ReturnStatus.TRANSITIONS.allows(REQUESTED, APPROVED)).isTrue();
		assertThat(ReturnStatus.TRANSITIONS.allows(APPROVED, RECEIVED)).isTrue();
		assertThat(ReturnStatus.TRANSITIONS.allows(RECEIVED, REFUNDED)).isTrue();
	}

	@Test
	void aReturnIsRejectedBeforeApprovalOrExpiresWithoutItsParcel() {
		assertThat(ReturnStatus.TRANSITIONS.allows(REQUESTED, REJECTED)).isTrue();
		assertThat(ReturnStatus.TRANSITIONS.allows(APPROVED, EXPIRED)).isTrue();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "REQUESTED, RECEIVED", "REQUESTED, REFUNDED", "APPROVED, REFUNDED", "APPROVED, REJECTED",
			"RECEIVED, EXPIRED", "EXPIRED, RECEIVED", "REJECTED, APPROVED", "REFUNDED, RECEIVED" })
	void movesTheTableDoesNotAllow(ReturnStatus from, ReturnStatus to) {
		assertThat(ReturnStatus.TRANSITIONS.allows(from, to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "REJECTED", "REFUNDED", "EXPIRED" })
	void aClosedReturnMovesNowhere(ReturnStatus closed) {
		assertThat(ReturnStatus.values()).noneMatch(next -> ReturnStatus.TRANSITIONS.allows(closed, next));
	}

	@ParameterizedTest
	@EnumSource(names = { "REQUESTED", "APPROVED", "RECEIVED", "REFUNDED" })
	void aLiveOrRefundedReturnClaimsItsGoods(ReturnStatus status) {
		assertThat(status.claimsGoods()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "REJECTED", "EXPIRED" })
	void aRejectedOrExpiredReturnLeavesTheGoodsReturnableAgain(ReturnStatus status) {
		assertThat(status.claimsGoods()).isFalse();
	}

	@ParameterizedTest
	@EnumSource
	void everyStatusHasItsTimelineEntryOnTheOrder(ReturnStatus status) {
		assertThat(status.timelineType().name()).isEqualTo("RETURN_" + status.name());
	}

}
