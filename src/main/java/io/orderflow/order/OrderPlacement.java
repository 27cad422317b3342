package io.orderflow.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductRepository;
import io.orderflow.catalog.StoreCurrency;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures an order and starts its lifecycle in one transaction: either the order is
 * stored and its process runs, or neither happens. An order a channel sends again under
 * its own number ({@code externalOrderId}) is the first one, and nothing new is stored.
 */
@Service
public class OrderPlacement {

	static final String PROCESS_KEY = "order-fulfillment";

	private final ProductRepository products;

	private final OrderRepository orders;

	private final OrderPricing pricing;

	private final PricingProperties prices;

	private final AddressRules addresses;

	private final StoreCurrency storeCurrency;

	private final RuntimeService runtime;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	OrderPlacement(ProductRepository products, OrderRepository orders, OrderPricing pricing, PricingProperties prices,
			AddressRules addresses, StoreCurrency storeCurrency, RuntimeService runtime, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.events = events;
		this.products = products;
		this.orders = orders;
		this.pricing = pricing;
		this.prices = prices;
		this.addresses = addresses;
		this.storeCurrency = storeCurrency;
		this.runtime = runtime;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The order's number, and whether this request created it. */
	public record Placement(String orderNumber, boolean created) {
	}

	public Placement place(PlaceOrderRequest request) {
		String externalId = request.externalOrderId();
		if (externalId != null) {
			Optional<String> first = orders.findByExternalId(request.channel(), externalId);
			if (first.isPresent()) {
				return new Placement(first.get(), false);
			}
		}
		try {
			return new Placement(transaction.execute(status -> store(request)), true);
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			// The other request's order committed first; this transaction stored nothing.
			return orders.findByExternalId(request.channel(), externalId)
				.map(first -> new Placement(first, false))
				.orElseThrow(() -> sentTwiceAtOnce);
		}
	}

	private String store(PlaceOrderRequest request) {
		request.payment().method().requireToken(request.payment().token(), "payment.token");
		Address shipTo = addresses.checked(request.shippingAddress(), "shippingAddress");
		Address billTo = request.billingAddress() == null ? shipTo
				: addresses.checked(request.billingAddress(), "billingAddress");
		List<OrderLine> lines = price(request.channel(), request.lines());
		String orderNumber = orders.nextOrderNumber();
		Order order = new Order(orderNumber, request.channel(), OrderStatus.PLACED, request.customer(), shipTo, billTo,
				request.shippingMethod(), request.payment().method(), request.payment().token(), storeCurrency.code(),
				pricing.totals(lines, request.shippingMethod()), lines, OffsetDateTime.now(clock));
		orders.insert(order, request.externalOrderId());
		orders.appendEvent(orderNumber, order.placedAt(), OrderTimelineKind.PLACED,
				"Order placed via " + order.channel() + " for " + order.totals().grandTotal() + " " + order.currency());
		events.publishEvent(new OrderChanged(UUID.randomUUID(), OrderEventType.ORDER_PLACED, orderNumber,
				order.placedAt(), OrderStatus.PLACED, "Order placed via " + order.channel(), null, null, null));
		runtime.startProcessInstanceByKey(PROCESS_KEY, orderNumber, Map.of(ProcessVariables.ORDER_NUMBER, orderNumber));
		return orderNumber;
	}

	private List<OrderLine> price(SalesChannel channel, List<PlaceOrderRequest.Line> requested) {
		Map<String, Product> catalogue = products
			.findBySkus(requested.stream().map(PlaceOrderRequest.Line::sku).toList());
		Map<String, Integer> lineOfSku = new HashMap<>();
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			PlaceOrderRequest.Line line = requested.get(i);
			String field = "lines[" + i + "]";
			Integer earlier = lineOfSku.putIfAbsent(line.sku(), i);
			if (earlier != null) {
				throw new InvalidRequestException(field + ".sku", line.sku() + " is already on lines[" + earlier
						+ "]; send each SKU once with its whole quantity");
			}
			Product product = catalogue.get(line.sku());
			if (product == null) {
				throw new InvalidRequestException(field + ".sku", "unknown SKU " + line.sku());
			}
			if (!product.active()) {
				throw new InvalidRequestException(field + ".sku", line.sku() + " is no longer sold");
			}
			lines.add(OrderLine.priced(i + 1, product.sku(), product.name(), line.quantity(),
					unitPrice(channel, line, product, field)));
		}
		return lines;
	}

	private BigDecimal unitPrice(SalesChannel channel, PlaceOrderRequest.Line line, Product product, String field) {
		if (line.unitPrice() == null) {
			return product.unitPrice();
		}
		if (channel != SalesChannel.MARKETPLACE) {
			throw new InvalidRequestException(field + ".unitPrice", "only a MARKETPLACE order sets its own prices; "
					+ channel + " orders are priced from the catalogue");
		}
		if (!prices.withinMarketplaceTolerance(line.unitPrice(), product.unitPrice())) {
			throw new InvalidRequestException(field + ".unitPrice",
					line.unitPrice() + " is more than "
							+ prices.marketplacePriceTolerance().stripTrailingZeros().toPlainString()
							+ " % away from the catalogue price " + product.unitPrice());
		}
		return line.unitPrice().setScale(2);
	}

}
