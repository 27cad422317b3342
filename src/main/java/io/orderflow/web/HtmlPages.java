package io.orderflow.web;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a module's server-side pages from {@code <folder>/<name>.html}, escaping every
 * value (HTML mode, {@code th:text}). Each module gets an engine of its own, as the mails
 * have: the application resolves no views by name, so no request can reach another
 * module's template.
 */
public final class HtmlPages {

	private final TemplateEngine engine = new TemplateEngine();

	/**
	 * @param folder the templates' folder on the class path, e.g. {@code templates/pages}
	 */
	public HtmlPages(String folder) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(folder + "/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		engine.addTemplateResolver(resolver);
	}

	public String render(String name, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		return engine.process(name, context);
	}

}
