package io.orderflow.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON the API accepts: no fields it does not know (a typo must not be silently dropped),
 * no fractions where a whole number is expected (2.5 units must not become 2) and no
 * control characters in text (they corrupt labels, e-mails and logs). Such input is a 400
 * naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
		SimpleModule noControlCharacters = new SimpleModule("no-control-characters");
		noControlCharacters.addDeserializer(String.class, new PrintableStringDeserializer());
		return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.modulesToInstall(noControlCharacters);
	}

	static class PrintableStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = super.deserialize(parser, context);
			if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c))) {
				return (String) context.handleWeirdStringValue(String.class, value, "contains control characters");
			}
			return value;
		}

	}

}
