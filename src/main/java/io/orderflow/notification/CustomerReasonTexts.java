package io.orderflow.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.orderflow.order.CustomerReason;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The customer's wording for each {@link CustomerReason}, kept beside the mail templates
 * in {@code templates/mail/customer-reasons.properties}, so whoever edits the mails'
 * wording edits these texts too, without Java. Read once at start-up; a code without a
 * text stops the start, so no customer is ever mailed a bare code.
 */
@Component
class CustomerReasonTexts {

	static final String FILE = "templates/mail/customer-reasons.properties";

	private final Map<CustomerReason, String> texts = new EnumMap<>(CustomerReason.class);

	CustomerReasonTexts() {
		Properties file = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
				StandardCharsets.UTF_8)) {
			file.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + FILE, e);
		}
		List<CustomerReason> missing = Arrays.stream(CustomerReason.values())
			.filter(reason -> file.getProperty(reason.name(), "").isBlank())
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException(FILE + " has no customer text for " + missing);
		}
		Arrays.stream(CustomerReason.values())
			.forEach(reason -> texts.put(reason, file.getProperty(reason.name()).strip()));
	}

	String text(CustomerReason reason) {
		return texts.get(reason);
	}

}
