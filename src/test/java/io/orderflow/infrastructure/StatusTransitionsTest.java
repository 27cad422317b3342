package io.orderflow.infrastructure;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import io.orderflow.web.ConflictException;
import org.junit.jupiter.api.Test;

/**
 * The rule every status table follows: a retried move changes nothing, a move the table
 * forbids is refused.
 */
class StatusTransitionsTest {

	enum Parcel {

		LABELLED, IN_TRANSIT, DELIVERED, LOST

	}

	static final StatusTransitions<Parcel> PARCELS = new StatusTransitions<>(Parcel.class,
			Map.ofEntries(entry(Parcel.LABELLED, Set.of(Parcel.IN_TRANSIT)),
					entry(Parcel.IN_TRANSIT, Set.of(Parcel.DELIVERED, Parcel.LOST)), entry(Parcel.DELIVERED, Set.of()),
					entry(Parcel.LOST, Set.of())));

	@Test
	void anAllowedMoveIsAMove() {
		assertThat(PARCELS.requireMove(Parcel.IN_TRANSIT, Parcel.DELIVERED, () -> new ConflictException("refused")))
			.isTrue();
	}

	@Test
	void movingToTheStatusItAlreadyHasIsNoMoveAndNoError() {
		assertThat(PARCELS.requireMove(Parcel.DELIVERED, Parcel.DELIVERED, () -> new ConflictException("refused")))
			.isFalse();
	}

	@Test
	void aForbiddenMoveThrowsTheCallersRefusal() {
		ConflictException refusal = new ConflictException("Parcel 4711 is DELIVERED and cannot become LOST");

		assertThatThrownBy(() -> PARCELS.requireMove(Parcel.DELIVERED, Parcel.LOST, () -> refusal)).isSameAs(refusal);
		assertThatThrownBy(() -> PARCELS.requireMove(Parcel.LABELLED, Parcel.DELIVERED, () -> refusal))
			.isSameAs(refusal);
	}

	@Test
	void allowsIsExactlyTheTable() {
		assertThat(PARCELS.allows(Parcel.LABELLED, Parcel.IN_TRANSIT)).isTrue();
		assertThat(PARCELS.allows(Parcel.IN_TRANSIT, Parcel.LOST)).isTrue();
		assertThat(PARCELS.allows(Parcel.IN_TRANSIT, Parcel.LABELLED)).isFalse();
		assertThat(PARCELS.allows(Parcel.LOST, Parcel.DELIVERED)).isFalse();
	}

	@Test
	void aTableThatForgetsAStatusIsRefusedAtOnce() {
		Map<Parcel, Set<Parcel>> withoutLost = Map.of(Parcel.LABELLED, Set.of(Parcel.IN_TRANSIT), Parcel.IN_TRANSIT,
				Set.of(Parcel.DELIVERED, Parcel.LOST), Parcel.DELIVERED, Set.of());

		assertThatThrownBy(() -> new StatusTransitions<>(Parcel.class, withoutLost))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("No transitions given for [LOST]");
	}

}
