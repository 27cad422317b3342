package io.orderflow.notification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Customer messages by template name ({@code orderflow.notifications.templates});
 * {@code {orderNumber}} and {@code {customerName}} are filled in. Operations edit the
 * wording in configuration, analysts pick the template in the diagram.
 */
@ConfigurationProperties("orderflow.notifications")
record MessageTemplates(Map<String, Template> templates) {

	Template named(String name) {
		Template template = templates.get(name);
		if (template == null) {
			throw new IllegalStateException("No customer message template " + name + " in orderflow.notifications");
		}
		return template;
	}

	record Template(String subject, String body) {
	}

}
