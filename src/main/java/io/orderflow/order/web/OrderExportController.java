package io.orderflow.order.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.orderflow.order.OrderExport;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Orders")
class OrderExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final OrderExport export;

	OrderExportController(OrderExport export) {
		this.export = export;
	}

	@GetMapping("/api/exports/orders.csv")
	@Operation(operationId = "exportOrdersCsv", summary = "Orders placed in a period as CSV, one row per line",
			description = "For ERP and BI: a header row, then one row per order line of the orders placed from "
					+ "(inclusive) to (exclusive for an instant, inclusive for a date), by placed time and order "
					+ "number: orderNumber, placedAt (ISO, "
					+ "UTC), channel, status, customerEmail, country (shipping address), sku, quantity, unitPrice, "
					+ "lineTotal, currency, shippedQuantity, cancelledQuantity. RFC 4180 quoting, CRLF line ends; a "
					+ "cell starting with =, +, -, @ is prefixed with ' so spreadsheets do not run it. Streamed from "
					+ "the database. At most orderflow.exports.max-period (366 days) per request; a bad or missing "
					+ "from/to is a 400 naming it.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "An instant (2026-12-01T08:00:00Z) or a date (2026-12-01, from its start in UTC)",
					schema = @Schema(type = "string")) @RequestParam String from,
			@Parameter(description = "An instant (exclusive) or a date (up to the end of that day in UTC, inclusive)",
					schema = @Schema(type = "string")) @RequestParam String to) {
		Instant start = SearchTimes.from("from", from);
		Instant end = SearchTimes.to("to", to);
		if (!start.isBefore(end)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		if (start.plus(export.maxPeriod()).isBefore(end)) {
			throw new InvalidRequestException("to",
					"is more than " + export.maxPeriod().toDays() + " days after from; ask for the period in parts");
		}
		StreamingResponseBody body = stream -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			export.writeCsv(start, end, out);
		};
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("orders.csv").build().toString())
			.body(body);
	}

}
