package io.orderflow.order.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import io.orderflow.order.OrderChange;
import io.orderflow.order.OrderChanges;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.SalesChannel;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class OrderChangesController {

	private final OrderChanges changes;

	OrderChangesController(OrderChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/api/order-changes")
	@Operation(operationId = "listOrderChanges", summary = "Orders changed since an instant, for ERP and BI pulls",
			description = "Orders whose status, lines, totals or timeline (payments, shipments, returns, mails, staff "
					+ "actions) changed at or after since, oldest change first, then by order number. Page with "
					+ "after=<next> from the previous page until content is empty; keep the last next and ask again "
					+ "later for what changed since. An order changed while you page comes once more, later, with its "
					+ "new changedAt; no other order is skipped or repeated. The newest few seconds "
					+ "(orderflow.order-changes.settle) are held back until every change of that time is committed.")
	OrderChangePage list(
			@Parameter(description = "An instant (2026-12-01T08:00:00Z) or a date (2026-12-01, from its start in UTC)",
					schema = @Schema(type = "string")) @RequestParam String since,
			@Parameter(description = "The next value of the previous page") @RequestParam(
					required = false) String after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
		Instant from = SearchTimes.from("since", since);
		OrderChange.Position position = after == null ? null : Cursor.decode(after);
		List<OrderChange> page = changes.since(from, position, size);
		List<ChangedOrder> content = page.stream()
			.map(c -> new ChangedOrder(c.orderNumber(), c.status(), c.channel(), c.placedAt(), c.changedAt()))
			.toList();
		String next = page.isEmpty() ? after : Cursor.encode(page.get(page.size() - 1).position());
		return new OrderChangePage(content, next);
	}

	record ChangedOrder(String orderNumber, OrderStatus status, SalesChannel channel, OffsetDateTime placedAt,
			OffsetDateTime changedAt) {
	}

	record OrderChangePage(List<ChangedOrder> content,
			@Schema(description = "Pass as after for the following page; null only when the first page is empty",
					nullable = true) String next) {
	}

	/** The feed's position as an opaque URL-safe text: the change time and the number. */
	static final class Cursor {

		private Cursor() {
		}

		static String encode(OrderChange.Position position) {
			String plain = position.changedAt().withOffsetSameInstant(ZoneOffset.UTC) + "|" + position.orderNumber();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
		}

		static OrderChange.Position decode(String cursor) {
			try {
				String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int bar = plain.indexOf('|');
				if (bar < 0 || bar == plain.length() - 1) {
					throw new IllegalArgumentException(plain);
				}
				return new OrderChange.Position(OffsetDateTime.parse(plain.substring(0, bar)),
						plain.substring(bar + 1));
			}
			catch (IllegalArgumentException | DateTimeParseException e) {
				throw new InvalidRequestException("after", "is not a next value this feed gave");
			}
		}

	}

}
