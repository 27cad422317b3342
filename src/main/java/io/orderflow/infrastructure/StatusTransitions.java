package io.orderflow.infrastructure;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The moves a status enum allows, as one table: orders and returns each keep theirs next
 * to their status. A status without an entry in the table is a defect found at class
 * loading, not when an order first reaches it.
 */
public final class StatusTransitions<S extends Enum<S>> {

	private final Map<S, Set<S>> next;

	public StatusTransitions(Class<S> type, Map<S, Set<S>> next) {
		Set<S> missing = EnumSet.allOf(type);
		missing.removeAll(next.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("No transitions given for " + missing);
		}
		this.next = Map.copyOf(next);
	}

	public boolean allows(S from, S to) {
		return next.get(from).contains(to);
	}

	/**
	 * Whether going from {@code from} to {@code to} is a move: false when the status is
	 * already {@code to} (a retried step changes nothing), true when the table allows it,
	 * and the {@code refusal} thrown otherwise.
	 */
	public boolean requireMove(S from, S to, Supplier<? extends RuntimeException> refusal) {
		if (from == to) {
			return false;
		}
		if (!allows(from, to)) {
			throw refusal.get();
		}
		return true;
	}

}
