package io.orderflow.web;

import java.util.List;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: its security schemes and the {@code Problem} every error
 * answer is. {@link ApiContract} adds them to each operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basic";

	static final String BEARER = "bearer";

	static final String WEBHOOK_SIGNATURE = "webhookSignature";

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	static {
		// Each Java enum becomes one named schema, so generated clients share one type
		// (OrderStatus) instead of an inline copy per field.
		ModelResolver.enumsAsRef = true;
	}

	@Bean
	OpenAPI orderflowApi() {
		return new OpenAPI()
			.info(new Info().title("Orderflow API")
				.version("v1")
				.description("Orders, catalogue, inventory, returns and the carrier and payment webhooks of the "
						+ "Orderflow order management system. Errors are application/problem+json. Calls need the "
						+ "credentials of an API account (HTTP Basic or a bearer token), except order tracking, "
						+ "which is open, and the webhooks, which are signed."))
			.servers(List.of(new Server().url("/").description("This Orderflow server")))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("An Orderflow user in group order-api, or an administrator"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("An API key (ofk_...) or an OAuth2 access token (JWT) of an API client"))
				.addSecuritySchemes(WEBHOOK_SIGNATURE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name(PublicEndpoint.SIGNATURE_HEADER)
					.description("sha256=<hex HMAC-SHA256 of \"<" + PublicEndpoint.TIMESTAMP_HEADER
							+ ">.<raw body>\"> with the webhook's shared secret; " + PublicEndpoint.TIMESTAMP_HEADER
							+ " is the Unix time in seconds and may be at most 5 minutes off")));
	}

	static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
						.description("The offending fields of an invalid request (400)"))
			.addProperty("retryable", new BooleanSchema().description(
					"On a 409: true when the same request (with the same Idempotency-Key) may succeed a moment "
							+ "later, as the state is still moving (not kept under the key); false when the refusal is final"))
			.required(List.of("type", "title", "status"));
	}

	static Schema<?> fieldProblem() {
		return new ObjectSchema()
			.addProperty("field",
					new StringSchema().description("The field's path, e.g. lines[0].sku").example("customer.email"))
			.addProperty("message", new StringSchema().example("must be a well-formed email address"))
			.required(List.of("field", "message"));
	}

}
