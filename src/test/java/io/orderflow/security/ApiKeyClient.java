package io.orderflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.orderflow.OrderflowApi;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A system calling /api with its API key, over HTTP like {@link OrderflowApi}. */
record ApiKeyClient(TestRestTemplate http, String key) {

	static final String CLIENTS = "/api/admin/api-clients";

	/** An administrator creates a client with these scopes; its key. */
	static ApiKeyClient created(OrderflowApi admin, String name, String... scopes) {
		ResponseEntity<String> created = create(admin, Map.of("name", name, "scopes", List.of(scopes)));
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		return new ApiKeyClient(admin.anonymous(), OrderflowApi.json(created).get("key").asText());
	}

	static ResponseEntity<String> create(OrderflowApi admin, Object request) {
		return admin.postRaw(CLIENTS, new String(OrderflowApi.body(request)));
	}

	ResponseEntity<String> get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	ResponseEntity<String> post(String path, Object request) {
		return exchange(HttpMethod.POST, path, request);
	}

	private ResponseEntity<String> exchange(HttpMethod method, String path, Object request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + key);
		headers.setContentType(MediaType.APPLICATION_JSON);
		byte[] body = request == null ? null : OrderflowApi.body(request);
		return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

}
