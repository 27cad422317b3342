package io.orderflow.security;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.orderflow.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create, list and revoke the API keys of systems (SecurityConfiguration
 * lets only {@code ROLE_ADMIN} in here). A key is shown in the answer that creates it and
 * never again: only its hash is stored.
 */
@RestController
@RequestMapping(path = "/api/admin/api-clients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API clients")
class ApiClientController {

	private final ApiClients clients;

	private final Clock clock;

	ApiClientController(ApiClients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createApiClient", summary = "Create an API client and its key",
			description = "The answer holds the key (`Authorization: Bearer <key>`); it is shown only here.")
	ResponseEntity<NewApiClientKey> create(@Valid @RequestBody NewApiClient request) {
		ApiKey key = ApiKey.generate();
		ApiClient client = new ApiClient(key.clientId(), request.name(), EnumSet.copyOf(request.scopes()),
				OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), null);
		clients.add(client, key.secretHash());
		return ResponseEntity.created(URI.create("/api/admin/api-clients/" + client.id()))
			.body(new NewApiClientKey(client.id(), client.name(), sorted(client.scopes()), client.createdAt(),
					key.value()));
	}

	@GetMapping
	@Operation(operationId = "listApiClients", summary = "All API clients, revoked ones included; never their keys")
	List<ApiClientView> list() {
		return clients.all().stream().map(ApiClientView::of).toList();
	}

	@GetMapping("/{clientId}")
	@Operation(operationId = "getApiClientDetails", summary = "An API client; never its key")
	ApiClientView get(@PathVariable String clientId) {
		return clients.find(clientId).map(ApiClientView::of).orElseThrow(() -> unknown(clientId));
	}

	@DeleteMapping("/{clientId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeApiClient",
			summary = "Revoke an API client: its key is refused (401) from the next request on")
	void revoke(@PathVariable String clientId) {
		if (!clients.revoke(clientId, OffsetDateTime.now(clock))) {
			throw unknown(clientId);
		}
	}

	private static NotFoundException unknown(String clientId) {
		return new NotFoundException("No API client " + clientId);
	}

	private static List<ApiScope> sorted(Set<ApiScope> scopes) {
		return scopes.stream().sorted().toList();
	}

	record NewApiClient(@NotBlank @Size(max = 100) String name,
			@NotEmpty @Size(max = 4) Set<@NotNull ApiScope> scopes) {
	}

	/** The one answer that shows the key. */
	record NewApiClientKey(String id, String name, List<ApiScope> scopes, OffsetDateTime createdAt, String key) {
	}

	record ApiClientView(String id, String name, List<ApiScope> scopes, OffsetDateTime createdAt,
			@Nullable OffsetDateTime revokedAt) {

		static ApiClientView of(ApiClient client) {
			return new ApiClientView(client.id(), client.name(), sorted(client.scopes()), client.createdAt(),
					client.revokedAt());
		}

	}

}
