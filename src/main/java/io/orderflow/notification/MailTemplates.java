package io.orderflow.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a customer mail from its two template files, {@code templates/mail/<name>.html}
 * and {@code templates/mail/<name>.txt}. The wording lives there, the subject too (the
 * HTML part's {@code <title>}). A Thymeleaf engine of its own, so web requests never
 * resolve views from these templates.
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final TemplateEngine engine = new TemplateEngine();

	MailTemplates() {
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	RenderedMail render(String name, String recipient, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		String html = engine.process("mail/" + name + ".html", context);
		String text = engine.process("mail/" + name + ".txt", context);
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template mail/" + name + ".html has no <title> (the subject)");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1).strip().replaceAll("\\s+", " "));
		return new RenderedMail(recipient, subject, text.strip() + "\n", html);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
