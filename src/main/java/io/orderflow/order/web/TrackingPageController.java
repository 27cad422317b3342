package io.orderflow.order.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orderflow.order.LinkCheck;
import io.orderflow.order.Order;
import io.orderflow.order.OrderRepository;
import io.orderflow.order.PublicLinks;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.Timeline;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.spi.PersonalData;
import io.orderflow.web.PublicEndpoint;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's tracking page, {@code /orders/{orderNumber}?t=<token>}: the link every
 * mail carries ({@link PublicLinks}). A missing, wrong or expired token leads to
 * {@code /orders}, where order number and e-mail address open the same page. Open to
 * anyone, limited per source address like the tracking API.
 */
@Controller
@Hidden
class TrackingPageController {

	private final OrderRepository repository;

	private final ShipmentSource shipments;

	private final Timeline timeline;

	private final PublicLinks links;

	private final CustomerPages pages;

	private final StoreFront store;

	TrackingPageController(OrderRepository repository, ShipmentSource shipments, Timeline timeline, PublicLinks links,
			CustomerPages pages, StoreFront store) {
		this.repository = repository;
		this.shipments = shipments;
		this.timeline = timeline;
		this.links = links;
		this.pages = pages;
		this.store = store;
	}

	@Bean
	static PublicEndpoint trackingPage() {
		return PublicEndpoint.open("/orders/*");
	}

	@Bean
	static PublicEndpoint trackingLookupPage() {
		return PublicEndpoint.open(PublicLinks.FALLBACK_PATH);
	}

	@GetMapping(path = "/orders/{orderNumber}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String orderNumber,
			@RequestParam(name = "t", required = false) String token) {
		LinkCheck check = links.check(orderNumber, token);
		Optional<Order> order = check == LinkCheck.VALID ? trackable(orderNumber) : Optional.empty();
		if (order.isPresent()) {
			return html(HttpStatus.OK, "tracking", tracking(order.get()));
		}
		String problem = check == LinkCheck.EXPIRED
				? "This link has expired. Enter your order number and e-mail address to see your order."
				: "This link does not open an order. Enter your order number and e-mail address to see your order.";
		return html(check == LinkCheck.EXPIRED ? HttpStatus.GONE : HttpStatus.FORBIDDEN, "tracking-lookup",
				lookupModel(problem, orderNumber));
	}

	@GetMapping(path = PublicLinks.FALLBACK_PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> lookup(@RequestParam(required = false) String orderNumber,
			@RequestParam(required = false) String email) {
		if (isBlank(orderNumber) || isBlank(email)) {
			return html(HttpStatus.OK, "tracking-lookup", lookupModel(null, orderNumber));
		}
		Optional<Order> order = trackable(orderNumber.strip())
			.filter(found -> found.customer().email().equalsIgnoreCase(email.strip()));
		if (order.isEmpty()) {
			// The same words whether the order or the address did not match.
			return html(HttpStatus.NOT_FOUND, "tracking-lookup",
					lookupModel("We found no order with this number and e-mail address.", orderNumber));
		}
		return html(HttpStatus.OK, "tracking", tracking(order.get()));
	}

	/** An anonymised order has no customer left to track it. */
	private Optional<Order> trackable(String orderNumber) {
		return repository.find(orderNumber)
			.filter(found -> !found.customer().email().equals(PersonalData.ANONYMISED_EMAIL));
	}

	private Map<String, Object> tracking(Order order) {
		List<ShipmentSummary> parcels = shipments.shipments(order.orderNumber());
		Map<String, Object> model = storeModel();
		model.put("order",
				TrackingView.of(order, parcels, shipments.expectedDeliveryDate(order, parcels),
						timeline.entries(order.orderNumber()),
						parcel -> links.carrierTracking(parcel.carrier(), parcel.trackingNumber())));
		return model;
	}

	private Map<String, Object> lookupModel(String problem, String orderNumber) {
		Map<String, Object> model = storeModel();
		model.put("problem", problem);
		model.put("orderNumber", orderNumber);
		return model;
	}

	private Map<String, Object> storeModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("storeName", store.name());
		model.put("storeLogoUrl", store.hasLogo() ? store.logoUrl() : null);
		return model;
	}

	private ResponseEntity<String> html(HttpStatus status, String page, Map<String, Object> model) {
		// The page names the customer's parcels: no shared cache keeps it.
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(pages.render(page, model));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
