package io.orderflow;

import java.util.List;

import io.orderflow.NewOrder.Line;

/**
 * A return as a shop sends it to POST /api/orders/{orderNumber}/returns. The reason is a
 * string, so a test can send one the API does not know.
 */
public record NewReturn(String reason, String comment, List<Line> lines) {

	public static NewReturn of(String reason, Line... lines) {
		return new NewReturn(reason, null, List.of(lines));
	}

	public NewReturn saying(String comment) {
		return new NewReturn(reason, comment, lines);
	}

}
