package io.orderflow.order.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the customer's pages from {@code templates/pages/<name>.html}, escaping every
 * value (HTML mode, {@code th:text}). An engine of its own, as the mails have: the
 * application resolves no views by name, so no request can reach a mail template.
 */
@Component
class CustomerPages {

	private final TemplateEngine engine = new TemplateEngine();

	CustomerPages() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/pages/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		engine.addTemplateResolver(resolver);
	}

	String render(String name, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		return engine.process(name, context);
	}

}
