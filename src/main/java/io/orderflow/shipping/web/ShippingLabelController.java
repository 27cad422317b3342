package io.orderflow.shipping.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.orderflow.shipping.CarrierGateway;
import io.orderflow.shipping.LabelRepository;
import io.orderflow.shipping.UnknownShipmentException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prints a label again: a shipment's or a return's, by its tracking number, as the 4×6 in
 * PDF or as ZPL for thermal printers.
 */
@RestController
@Tag(name = "Shipments")
class ShippingLabelController {

	static final MediaType ZPL = MediaType.parseMediaType("application/zpl");

	private final LabelRepository labels;

	ShippingLabelController(LabelRepository labels) {
		this.labels = labels;
	}

	@GetMapping(path = "/api/shipments/{trackingNumber}/label",
			produces = { MediaType.APPLICATION_PDF_VALUE, "application/zpl" })
	@Operation(operationId = "getShippingLabel", summary = "Get the label of a shipment or a return parcel",
			description = "The 4×6 in label as PDF (default) or as ZPL, chosen by `format` or else by the Accept "
					+ "header. 404 for an unknown tracking number.")
	ResponseEntity<byte[]> label(@PathVariable String trackingNumber,
			@Parameter(description = "pdf or zpl; overrides the Accept header") @RequestParam(
					required = false) @Pattern(regexp = "pdf|zpl", message = "must be pdf or zpl") String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		CarrierGateway.CarrierLabel label = labels.find(trackingNumber)
			.orElseThrow(() -> new UnknownShipmentException(trackingNumber));
		boolean zpl = format != null ? format.equals("zpl") : wantsZpl(accept);
		return ResponseEntity.ok()
			.contentType(zpl ? ZPL : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"" + trackingNumber + (zpl ? ".zpl" : ".pdf") + "\"")
			.body(zpl ? label.zpl().getBytes(StandardCharsets.UTF_8) : label.pdf());
	}

	private static boolean wantsZpl(String accept) {
		if (accept == null) {
			return false;
		}
		String lower = accept.toLowerCase(Locale.ROOT);
		return lower.contains("application/zpl") && !lower.contains("application/pdf");
	}

}
