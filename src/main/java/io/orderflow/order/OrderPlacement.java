package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductRepository;
import io.orderflow.catalog.StoreCurrency;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captures an order and starts its lifecycle in one transaction: either the order is
 * stored and its process runs, or neither happens.
 */
@Service
public class OrderPlacement {

	static final String PROCESS_KEY = "order-fulfillment";

	private final ProductRepository products;

	private final OrderRepository orders;

	private final OrderPricing pricing;

	private final StoreCurrency storeCurrency;

	private final RuntimeService runtime;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrderPlacement(ProductRepository products, OrderRepository orders, OrderPricing pricing,
			StoreCurrency storeCurrency, RuntimeService runtime, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.products = products;
		this.orders = orders;
		this.pricing = pricing;
		this.storeCurrency = storeCurrency;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	public String place(PlaceOrderRequest request) {
		request.payment().method().requireToken(request.payment().token(), "payment.token");
		List<OrderLine> lines = price(request.lines());
		String orderNumber = orders.nextOrderNumber();
		Order order = new Order(orderNumber, request.channel(), OrderStatus.PLACED, request.customer(),
				request.shippingAddress(),
				request.billingAddress() == null ? request.shippingAddress() : request.billingAddress(),
				request.shippingMethod(), request.payment().method(), request.payment().token(), storeCurrency.code(),
				pricing.totals(lines, request.shippingMethod()), lines, OffsetDateTime.now(clock));
		orders.insert(order);
		orders.appendEvent(orderNumber, order.placedAt(), OrderTimelineKind.PLACED,
				"Order placed via " + order.channel() + " for " + order.totals().grandTotal() + " " + order.currency());
		events.publishEvent(new OrderChanged(UUID.randomUUID(), OrderEventType.ORDER_PLACED, orderNumber,
				order.placedAt(), OrderStatus.PLACED, "Order placed via " + order.channel(), null, null));
		runtime.startProcessInstanceByKey(PROCESS_KEY, orderNumber, Map.of(ProcessVariables.ORDER_NUMBER, orderNumber));
		return orderNumber;
	}

	private List<OrderLine> price(List<PlaceOrderRequest.Line> requested) {
		Map<String, Product> catalogue = products
			.findBySkus(requested.stream().map(PlaceOrderRequest.Line::sku).toList());
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			PlaceOrderRequest.Line line = requested.get(i);
			Product product = catalogue.get(line.sku());
			if (product == null) {
				throw new InvalidRequestException("lines[" + i + "].sku", "unknown SKU " + line.sku());
			}
			if (!product.active()) {
				throw new InvalidRequestException("lines[" + i + "].sku", line.sku() + " is no longer sold");
			}
			lines.add(OrderLine.priced(i + 1, product.sku(), product.name(), line.quantity(), product.unitPrice()));
		}
		return lines;
	}

}
