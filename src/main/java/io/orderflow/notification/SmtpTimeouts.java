package io.orderflow.notification;

import java.util.Map;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * JavaMail waits forever by default: for a connection, for every answer of the server and
 * for every write. An SMTP server that accepts and never answers would hold the mail
 * sender for as long as it hangs. This gives the mail sender Spring Boot builds the
 * timeouts of {@link MailDelivery}, for {@code smtp} and {@code smtps}; one set
 * explicitly under {@code spring.mail.properties} is kept.
 */
@Configuration(proxyBeanMethods = false)
class SmtpTimeouts {

	@Bean
	static BeanPostProcessor smtpTimeoutsOnTheMailSender(ObjectProvider<MailDelivery> delivery) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender) {
					apply(delivery.getObject(), sender.getJavaMailProperties());
				}
				return bean;
			}
		};
	}

	static void apply(MailDelivery delivery, Properties properties) {
		Map<String, Long> timeouts = Map.of("connectiontimeout", delivery.connectTimeout().toMillis(), "timeout",
				delivery.readTimeout().toMillis(), "writetimeout", delivery.writeTimeout().toMillis());
		for (String protocol : new String[] { "smtp", "smtps" }) {
			timeouts.forEach(
					(name, millis) -> properties.putIfAbsent("mail." + protocol + "." + name, Long.toString(millis)));
		}
	}

}
