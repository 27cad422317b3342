package io.orderflow.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner system for the tests: a real HTTP server on a loopback port that records
 * every request and answers 200, or 500 for the first {@code failures} requests.
 */
final class WebhookReceiver implements AutoCloseable {

	record Received(String id, String timestamp, String signature, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft;

	private WebhookReceiver(int failures) throws IOException {
		this.failuresLeft = new AtomicInteger(failures);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hooks", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
						exchange.getRequestHeaders().getFirst("webhook-timestamp"),
						exchange.getRequestHeaders().getFirst("webhook-signature"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	static WebhookReceiver answering200() throws IOException {
		return new WebhookReceiver(0);
	}

	static WebhookReceiver failingFirst(int failures) throws IOException {
		return new WebhookReceiver(failures);
	}

	/** From now on every request is answered 200. */
	void heal() {
		failuresLeft.set(0);
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
