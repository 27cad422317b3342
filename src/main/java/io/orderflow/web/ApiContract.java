package io.orderflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * What every operation of the document says the same way, derived from the filters, the
 * {@link Idempotent} handlers and the {@link PublicEndpoint}s that do it, so an endpoint
 * added later is documented right without repeating it: who may call it, its
 * {@code Idempotency-Key}, the {@code Location} of what it created, and its error
 * answers, all {@code application/problem+json} {@code Problem}s. An operation declares
 * only the errors of its own rules (a 409 when its order is in the wrong state, say) with
 * {@code @ApiResponse}, and then its success status with {@code @ResponseStatus} (else
 * the document has none).
 */
@Component
class ApiContract implements OpenApiCustomizer {

	static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

	private enum Access {

		API_ACCOUNT, SIGNED_WEBHOOK, OPEN

	}

	private final ObjectProvider<PublicEndpoint> publicEndpoints;

	private final IdempotentRequests idempotentRequests;

	ApiContract(ObjectProvider<PublicEndpoint> publicEndpoints, IdempotentRequests idempotentRequests) {
		this.publicEndpoints = publicEndpoints;
		this.idempotentRequests = idempotentRequests;
	}

	@Override
	public void customise(OpenAPI api) {
		api.setSecurity(null);
		// springdoc replaces the schemas of the configured document with those it finds
		api.getComponents()
			.addSchemas(OpenApiConfiguration.FIELD_PROBLEM, OpenApiConfiguration.fieldProblem())
			.addSchemas(OpenApiConfiguration.PROBLEM, OpenApiConfiguration.problem());
		// Absent means null: the API leaves null fields out of its answers and takes a
		// missing
		// field for null.
		for (Schema<?> schema : api.getComponents().getSchemas().values()) {
			schema.setNullable(null);
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(property -> property.setNullable(null));
			}
		}
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> document(path, method, operation)));
	}

	private void document(String path, PathItem.HttpMethod method, Operation operation) {
		Access access = access(method, path);
		boolean idempotent = method == PathItem.HttpMethod.POST
				&& idempotentRequests.accepts(path.replaceAll("\\{[^}]+}", "x"));
		ApiResponses responses = operation.getResponses();
		secure(operation, access);
		if (idempotent) {
			operation.addParametersItem(new HeaderParameter().name(IdempotentRequests.HEADER)
				.description("Makes a retry safe: the same key with the same body returns the first answer, marked "
						+ IDEMPOTENT_REPLAYED + "; kept per API account and endpoint for "
						+ "orderflow.api.idempotency-retention (default one day)")
				.required(false)
				.schema(new StringSchema().minLength(1).maxLength(255)));
		}
		responses.forEach((code, response) -> {
			if (code.startsWith("2") && idempotent) {
				response.addHeaderObject(IDEMPOTENT_REPLAYED,
						new Header()
							.description("true when this is the kept answer to an earlier request with the same "
									+ IdempotentRequests.HEADER)
							.schema(new StringSchema()._enum(List.of("true"))));
			}
			if (code.equals("201")) {
				response.addHeaderObject(HttpHeaders.LOCATION,
						new Header().description("Where what was created is")
							.required(true)
							.schema(new StringSchema().example("/api/orders/OF-100001")));
			}
		});
		boolean hasInput = operation.getRequestBody() != null
				|| parameters(operation).stream().anyMatch(parameter -> !"path".equals(parameter.getIn()));
		if (hasInput) {
			error(responses, "400", () -> "Invalid request: errors[] names each offending field; nothing was done");
		}
		switch (access) {
			case API_ACCOUNT -> {
				error(responses, "401", () -> "Missing or wrong credentials, or a revoked key");
				error(responses, "403", () -> "The credentials lack the scope this operation needs (staff have none)");
				error(responses, "429",
						() -> "Too many failed authentications from this address: credentials are not checked until"
								+ " Retry-After has passed");
			}
			case SIGNED_WEBHOOK ->
				error(responses, "401", () -> "Missing or wrong signature, or a timestamp more than 5 minutes off");
			case OPEN -> error(responses, "429", () -> "Too many requests from this address; see Retry-After");
		}
		if (parameters(operation).stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			error(responses, "404",
					() -> "No such " + String.join(" or ",
							parameters(operation).stream()
								.filter(parameter -> "path".equals(parameter.getIn()))
								.map(Parameter::getName)
								.toList()));
		}
		if (idempotent) {
			error(responses, "409",
					() -> "The first request with this " + IdempotentRequests.HEADER + " failed or is still running");
			error(responses, "422", () -> "This " + IdempotentRequests.HEADER + " was used for a different request");
		}
		if (operation.getRequestBody() != null) {
			error(responses, "413", () -> "The body is larger than orderflow.api.max-body-size (default 64 KB)");
			error(responses, "415", () -> "The body is not application/json");
		}
		responses.forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(new Content()
					.addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, new MediaType()
						.schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM))));
			}
		});
	}

	private Access access(PathItem.HttpMethod method, String path) {
		return publicEndpoints.orderedStream()
			.filter(endpoint -> endpoint.matches(method.name(), path))
			.findFirst()
			.map(endpoint -> switch (endpoint.access()) {
				case SIGNED_WEBHOOK -> Access.SIGNED_WEBHOOK;
				case OPEN -> Access.OPEN;
			})
			.orElse(Access.API_ACCOUNT);
	}

	private static void secure(Operation operation, Access access) {
		switch (access) {
			case API_ACCOUNT ->
				operation.security(List.of(new SecurityRequirement().addList(OpenApiConfiguration.BASIC),
						new SecurityRequirement().addList(OpenApiConfiguration.BEARER)));
			case SIGNED_WEBHOOK -> {
				operation.security(List.of(new SecurityRequirement().addList(OpenApiConfiguration.WEBHOOK_SIGNATURE)));
				parameters(operation).stream()
					.filter(parameter -> parameter.getName().equals(PublicEndpoint.TIMESTAMP_HEADER)
							|| parameter.getName().equals(PublicEndpoint.SIGNATURE_HEADER))
					.forEach(parameter -> {
						// the controller takes them as optional to answer their absence
						// with 401
						parameter.setRequired(true);
						if (parameter.getDescription() == null) {
							parameter.setDescription(parameter.getName().equals(PublicEndpoint.TIMESTAMP_HEADER)
									? "Unix seconds when the delivery was signed"
									: "sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\">");
						}
					});
			}
			case OPEN -> operation.security(List.of());
		}
	}

	/** Adds the error answer unless the operation declares its own for the code. */
	private static void error(ApiResponses responses, String code, Supplier<String> description) {
		ApiResponse declared = responses.get(code);
		if (declared == null) {
			responses.addApiResponse(code, new ApiResponse().description(description.get()));
		}
		else if (!declared.getDescription().contains(description.get())) {
			declared.setDescription(declared.getDescription() + "; or: " + description.get());
		}
	}

	private static List<Parameter> parameters(Operation operation) {
		return operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
	}

}
