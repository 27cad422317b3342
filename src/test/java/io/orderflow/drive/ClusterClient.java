package io.orderflow.drive;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.AppNode;

/**
 * HTTP to the cluster as a load balancer and a well-behaved client would do it: each
 * request goes to the next node that runs, and a refused connection, a timeout or a 503
 * is sent again (to the next node, with the same body and {@code Idempotency-Key}) until
 * a deadline. It counts what it saw, so a scenario can tell a 503 from a 500.
 */
public final class ClusterClient {

	public static final String SHOP = "shop:shop";

	public static final String WAREHOUSE = "wendy:wendy";

	public static final String ADMIN = "demo:cluster-admin-password";

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(45);

	private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

	public static final ObjectMapper JSON = new ObjectMapper();

	private final List<AppNode> nodes;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicInteger next = new AtomicInteger();

	public final AtomicInteger unavailable = new AtomicInteger();

	public final AtomicInteger apiServerErrors = new AtomicInteger();

	public final AtomicInteger engineServerErrors = new AtomicInteger();

	public final AtomicInteger connectionFailures = new AtomicInteger();

	/** Every answer that was not 2xx, whatever was done with it. */
	public final AtomicInteger notOk = new AtomicInteger();

	public ClusterClient(List<AppNode> nodes) {
		this.nodes = nodes;
	}

	public record Response(int status, String body, Map<String, List<String>> headers) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON: " + body, e);
			}
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(h -> h.getKey().equalsIgnoreCase(name))
				.flatMap(h -> h.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		public boolean ok() {
			return status / 100 == 2;
		}

	}

	public Response get(String path, String credentials) {
		return send("GET", path, null, Map.of("Authorization", basic(credentials)));
	}

	public Response post(String path, String credentials, String body, String idempotencyKey) {
		return send("POST", path, body, idempotencyKey == null ? Map.of("Authorization", basic(credentials))
				: Map.of("Authorization", basic(credentials), "Idempotency-Key", idempotencyKey));
	}

	public Response put(String path, String credentials, String body) {
		return send("PUT", path, body, Map.of("Authorization", basic(credentials)));
	}

	/** A webhook as the carrier or bank sends it: signed anew on every attempt. */
	public Response webhook(String path, String secret, String body) {
		return sendUntil(() -> signed(secret, body), "POST", path, body);
	}

	/** The headers of a webhook signed now. */
	public static Map<String, String> signed(String secret, String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return Map.of("X-Orderflow-Timestamp", timestamp, "X-Orderflow-Signature",
				"sha256=" + hmac(secret, timestamp + "." + body));
	}

	public Response send(String method, String path, String body, Map<String, String> headers) {
		return sendUntil(() -> headers, method, path, body);
	}

	/**
	 * The same request to a node chosen by the caller, once: for requests sent to both
	 * nodes at once.
	 */
	public Response sendTo(AppNode node, String method, String path, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
			.timeout(REQUEST_TIMEOUT)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			notOk.incrementAndGet();
		}
		return new Response(response.statusCode(), response.body(), response.headers().map());
	}

	public List<AppNode> nodes() {
		return nodes;
	}

	private Response sendUntil(java.util.function.Supplier<Map<String, String>> headers, String method, String path,
			String body) {
		Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
		String last = "nothing sent";
		while (Instant.now().isBefore(deadline)) {
			AppNode node = nextRunningNode();
			try {
				Response response = sendTo(node, method, path, body, headers.get());
				if (response.status() == 503) {
					unavailable.incrementAndGet();
				}
				else if (response.status() >= 500 && path.startsWith("/api/")) {
					apiServerErrors.incrementAndGet();
					System.out.println("FAULTS 5xx from " + node.name() + " " + method + " " + path + ": "
							+ response.status() + " " + abbreviate(response.body()));
				}
				else if (response.status() >= 500) {
					// The engine's REST API answers 500 for a task that is gone as for a
					// lost connection:
					// the caller decides.
					engineServerErrors.incrementAndGet();
					return response;
				}
				else if (!(response.status() == 409 && response.body().contains("Idempotency-Key"))) {
					return response;
				}
				last = response.status() + " " + abbreviate(response.body());
			}
			catch (IOException e) {
				connectionFailures.incrementAndGet();
				last = e.toString();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
			pause(250);
		}
		throw new IllegalStateException(method + " " + path + " did not succeed within " + GIVE_UP_AFTER + ": " + last);
	}

	private AppNode nextRunningNode() {
		for (int i = 0; i < nodes.size(); i++) {
			AppNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
			if (node.isAlive()) {
				return node;
			}
		}
		return nodes.get(0);
	}

	public static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static String hmac(String secret, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String abbreviate(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}

	public static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

}
