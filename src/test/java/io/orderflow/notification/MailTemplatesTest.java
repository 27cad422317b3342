package io.orderflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.order.OrderEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every event type has its mail, in HTML and plain text, with a subject; what the
 * templates show is filled in, nothing is left as template syntax.
 */
class MailTemplatesTest {

	final MailTemplates templates = new MailTemplates();

	@ParameterizedTest
	@EnumSource(OrderEventType.class)
	void everyEventHasAMailWithSubjectHtmlAndText(OrderEventType type) {
		RenderedMail mail = templates.render(type.templateName(), "ada@example.com", model());

		assertThat(mail.subject()).isNotBlank().doesNotContain("[[", "${");
		assertThat(mail.text()).contains("Dear Ada Lovelace", "Orderflow Test Store").doesNotContain("[[", "[#", "${");
		// A th: attribute left over ("width:" in the layout's styles is none).
		assertThat(mail.html()).contains("Ada Lovelace", "Orderflow Test Store")
			.doesNotContain("[[")
			.doesNotContainPattern("\\sth:[a-z-]+=");
	}

	@ParameterizedTest
	@EnumSource(OrderEventType.class)
	void everyHtmlMailSharesOneLayoutWithTheTrackingPageAndEachParcelsCarrierLink(OrderEventType type) {
		Map<String, Object> model = model();
		model.put("shipments", List.of(Map.of("carrier", "DHL", "trackingNumber", "DHL123456", "carrierTrackingUrl",
				"https://carrier.example/track?id=DHL123456")));

		String html = templates.render(type.templateName(), "ada@example.com", model).html();

		assertThat(html).containsOnlyOnce("<body").containsOnlyOnce("max-width:600px");
		assertThat(html).contains(">Follow your order</a>", "href=\"https://track.example/OF-100001\"",
				"DHL, tracking number DHL123456", "href=\"https://carrier.example/track?id=DHL123456\"");
		assertThat(templates.render(type.templateName(), "ada@example.com", model()).html()).as("no parcel yet")
			.doesNotContain("Your parcels");
	}

	@Test
	void shippedMailLinksToTheCarriersOwnTrackingPageWhenItHasOne() {
		Map<String, Object> model = model();
		model.put("carrierTrackingUrl", "https://carrier.example/track?id=DHL123456");

		RenderedMail mail = templates.render(OrderEventType.SHIPMENT_SHIPPED.templateName(), "ada@example.com", model);

		assertThat(mail.text())
			.contains("Follow the parcel on DHL's website: https://carrier.example/track?id=DHL123456");
		assertThat(mail.html()).contains("<a href=\"https://carrier.example/track?id=DHL123456\">DHL's website</a>");
		assertThat(templates.render(OrderEventType.SHIPMENT_SHIPPED.templateName(), "ada@example.com", model()).text())
			.doesNotContain("Follow the parcel");
	}

	@Test
	void shippedMailHasTrackingNumberLinkLinesAndTotals() {
		RenderedMail mail = templates.render(OrderEventType.SHIPMENT_SHIPPED.templateName(), "ada@example.com",
				model());

		assertThat(mail.subject()).isEqualTo("Your order OF-100001 has shipped");
		for (String part : List.of(mail.text(), mail.html())) {
			assertThat(part).contains("DHL", "DHL123456", "https://track.example/OF-100001", "Mug", "24.00 EUR",
					"28.95 EUR");
		}
	}

	@Test
	void confirmationNamesTheExpectedDeliveryDateWhenThereIsOne() {
		Map<String, Object> model = model();
		assertThat(templates.render("order-confirmed", "ada@example.com", model).text()).doesNotContain("expect");

		model.put("expectedDeliveryDate", "2026-11-25");

		assertThat(templates.render("order-confirmed", "ada@example.com", model).text())
			.contains("We expect to deliver it on 2026-11-25");
	}

	@Test
	void rejectionMailsGiveTheReasonAndARejectionWithoutOneSaysNoMore() {
		Map<String, Object> model = model();
		model.put("reason", "we could not verify the billing address");

		for (String template : List.of("order-rejected", "return-rejected")) {
			RenderedMail mail = templates.render(template, "ada@example.com", model);
			assertThat(mail.text()).contains(": we could not verify the billing address.");
			assertThat(mail.html()).contains(": we could not verify the billing address.");
		}
		model.remove("reason");
		assertThat(templates.render("order-rejected", "ada@example.com", model).text())
			.contains("we cannot accept your order OF-100001. You have not been charged.");
	}

	private static Map<String, Object> model() {
		Map<String, Object> model = new HashMap<>();
		model.put("storeName", "Orderflow Test Store");
		model.put("orderNumber", "OF-100001");
		model.put("customerName", "Ada Lovelace");
		model.put("currency", "EUR");
		model.put("lines", List
			.of(Map.of("quantity", 2, "productName", "Mug", "sku", "MUG", "unitPrice", "12.00", "lineTotal", "24.00")));
		model.put("subtotal", "24.00");
		model.put("shipping", "4.95");
		model.put("tax", "0.00");
		model.put("grandTotal", "28.95");
		model.put("trackingUrl", "https://track.example/OF-100001");
		model.put("carrier", "DHL");
		model.put("trackingNumber", "DHL123456");
		model.put("amount", "12.00");
		model.put("returnNumber", "RMA-500001");
		model.put("reason", "it was requested");
		model.put("decision", "WAIT");
		return model;
	}

}
