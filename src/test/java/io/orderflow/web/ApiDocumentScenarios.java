package io.orderflow.web;

import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document that shops and warehouse systems build their clients from, as the
 * running application serves it. It must equal the committed snapshot
 * {@code docs/openapi.json}, from which the build generates the Java and TypeScript
 * clients; a change of the API changes the snapshot on purpose, with
 * {@code ./mvnw test -Dtest=ApiDocumentH2Test -Dopenapi.update=true}.
 */
abstract class ApiDocumentScenarios extends HttpScenarios {

	static final Path SNAPSHOT = Path.of("docs/openapi.json");

	static final Path SERVED = Path.of("target/openapi.json");

	/**
	 * Names a generated client cannot give an operation: members of the TypeScript
	 * runtime's BaseAPI (an operation {@code request} broke the typescript-fetch client)
	 * and of the Java client's API classes.
	 */
	static final Set<String> RESERVED = Set.of("request", "fetch", "fetchApi", "middleware", "withMiddleware",
			"withPreMiddleware", "withPostMiddleware", "createFetchParams", "clone", "configuration", "isJsonMime",
			"getApiClient", "setApiClient", "delete", "new", "default", "function", "class", "export", "import");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void apiDocumentListsEveryEndpointAShopOrWarehouseSystemCalls() {
		JsonNode paths = served().get("paths");

		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/orders", "/api/orders/{orderNumber}", "/api/orders/{orderNumber}/cancel",
					"/api/orders/{orderNumber}/payment", "/api/orders/{orderNumber}/returns",
					"/api/returns/{returnNumber}", "/api/returns/{returnNumber}/receipt", "/api/tracking/{orderNumber}",
					"/api/carrier-events", "/api/payment-events", "/api/inventory/{sku}/receipts");
	}

	@Test
	void everyOperationHasAnExplicitUniqueOperationIdNoGeneratedClientReserves() {
		List<String> declared = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (mapping.getKey().getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"))) {
				Operation operation = mapping.getValue().getMethodAnnotation(Operation.class);
				assertThat(operation == null ? "" : operation.operationId())
					.as("@Operation(operationId = ...) of %s", mapping.getValue())
					.isNotBlank();
				declared.add(operation.operationId());
			}
		}
		List<String> documented = served().get("paths").findValuesAsText("operationId");

		assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declared);
		assertThat(documented).doesNotContainAnyElementsOf(RESERVED);
	}

	@Test
	void everyOperationHasOneSuccessAnswerAndAnswersErrorsWithProblems() {
		served().get("paths").forEach(path -> path.forEach(operation -> {
			JsonNode responses = operation.get("responses");
			List<String> successes = new ArrayList<>();
			responses.fieldNames().forEachRemaining(code -> {
				if (code.startsWith("2")) {
					successes.add(code);
				}
				else {
					assertThat(responses.get(code).get("content").fieldNames()).toIterable()
						.as("%s %s", operation.get("operationId"), code)
						.containsExactly("application/problem+json");
				}
			});
			assertThat(successes).as("success answers of %s", operation.get("operationId")).hasSize(1);
			if (successes.get(0).equals("201")) {
				assertThat(responses.get("201").get("headers").has("Location")).isTrue();
			}
		}));
	}

	/**
	 * The document marks every record component required unless it is {@code @Nullable}
	 * ({@link RecordFieldRules}); so in a request body every other component must be
	 * refused when absent, or the document would ask more than the server does.
	 */
	@Test
	void requestFieldsAreRequiredInTheDocumentExactlyWhenTheServerRefusesTheirAbsence() {
		Set<Class<?>> bodies = new java.util.LinkedHashSet<>();
		for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					bodies.add(parameter.getParameterType());
				}
			}
			Operation operation = handler.getMethodAnnotation(Operation.class);
			if (operation != null) {
				for (var content : operation.requestBody().content()) {
					bodies.add(content.schema().implementation());
				}
			}
		}
		bodies.stream().filter(Class::isRecord).forEach(this::assertRequiredWhenRefusedIfAbsent);
	}

	private void assertRequiredWhenRefusedIfAbsent(Class<?> record) {
		for (RecordComponent component : record.getRecordComponents()) {
			Method accessor = component.getAccessor();
			boolean optional = accessor.isAnnotationPresent(Nullable.class);
			boolean refusedIfAbsent = component.getType().isPrimitive() || accessor.isAnnotationPresent(NotNull.class)
					|| accessor.isAnnotationPresent(NotBlank.class) || accessor.isAnnotationPresent(NotEmpty.class);
			assertThat(optional).as("%s.%s is @Nullable or refused when absent", record.getName(), component.getName())
				.isNotEqualTo(refusedIfAbsent);
			Class<?> nested = component.getType() == List.class
					? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
					: component.getType();
			if (nested.isRecord()) {
				assertRequiredWhenRefusedIfAbsent(nested);
			}
		}
	}

	@Test
	void servedDocumentIsTheCommittedSnapshotTheClientsAreGeneratedFrom() throws IOException {
		String served = api.anonymous().getForObject("/v3/api-docs", String.class);
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, served);
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(SNAPSHOT, served);
		}

		if (!Files.exists(SNAPSHOT) || !json(Files.readString(SNAPSHOT)).equals(json(served))) {
			fail("The served OpenAPI document differs from " + SNAPSHOT + "; it is in " + SERVED + ". If the API "
					+ "changed on purpose, update the snapshot (./mvnw test -Dtest=ApiDocumentH2Test "
					+ "-Dopenapi.update=true, or copy the file) and commit it with the change.");
		}
	}

	private JsonNode served() {
		return json(api.anonymous().getForObject("/v3/api-docs", String.class));
	}

}
