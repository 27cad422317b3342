package io.orderflow.order.web;

import java.util.Map;

import io.orderflow.web.HtmlPages;
import org.springframework.stereotype.Component;

/** Renders the customer's pages from {@code templates/pages/<name>.html}. */
@Component
class CustomerPages {

	private final HtmlPages pages = new HtmlPages("templates/pages");

	String render(String name, Map<String, Object> model) {
		return pages.render(name, model);
	}

}
