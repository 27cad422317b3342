package io.orderflow.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests to the test server from another source address: Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so a socket bound to 127.0.0.2 reaches the
 * server and {@code request.getRemoteAddr()} is 127.0.0.2, while the other tests' clients
 * call from 127.0.0.1. Just enough HTTP for status and headers.
 */
final class FromAddress {

	record Answer(int status, Map<String, String> headers, String raw) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private final String source;

	private final int port;

	FromAddress(String source, int port) {
		this.source = source;
		this.port = port;
	}

	Answer get(String path, String authorization) {
		return send("GET", path, authorization, null);
	}

	Answer send(String method, String path, String authorization, String json) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(source, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(20_000);
			byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder().append(method)
				.append(' ')
				.append(path)
				.append(" HTTP/1.1\r\nHost: 127.0.0.1:")
				.append(port)
				.append("\r\nConnection: close\r\nAccept: application/json\r\n");
			if (authorization != null) {
				request.append("Authorization: ").append(authorization).append("\r\n");
			}
			if (json != null) {
				request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String[] lines = raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
