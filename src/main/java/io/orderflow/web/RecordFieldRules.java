package io.orderflow.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The schemas of the API's records say what the records do: a component is in every
 * message (required) unless it is {@link Nullable}; a {@link NotBlank} text needs a
 * character that is not white space, a {@link NotEmpty} list an item. Requests and
 * answers follow the same rule, so an optional request field is {@code @Nullable} and
 * every other one has a constraint that refuses its absence.
 */
@Component
class RecordFieldRules implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null) {
			return null;
		}
		Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
		Schema<?> model = resolved.get$ref() == null ? resolved
				: context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
		if (raw.isRecord() && model != null && model.getProperties() != null) {
			apply(raw, model);
		}
		return resolved;
	}

	private static void apply(Class<?> record, Schema<?> model) {
		TreeSet<String> required = model.getRequired() == null ? new TreeSet<>() : new TreeSet<>(model.getRequired());
		for (RecordComponent component : record.getRecordComponents()) {
			Schema<?> property = model.getProperties().get(component.getName());
			if (property == null) {
				continue;
			}
			Method accessor = component.getAccessor();
			if (!accessor.isAnnotationPresent(Nullable.class)) {
				required.add(component.getName());
			}
			if (accessor.isAnnotationPresent(NotBlank.class)) {
				property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
				if (property.getPattern() == null) {
					property.setPattern("\\S");
				}
			}
			if (accessor.isAnnotationPresent(NotEmpty.class)) {
				if ("array".equals(property.getType())) {
					property.setMinItems(Math.max(1, property.getMinItems() == null ? 0 : property.getMinItems()));
				}
				else {
					property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
				}
			}
		}
		model.setRequired(required.isEmpty() ? null : new java.util.ArrayList<>(required));
	}

}
