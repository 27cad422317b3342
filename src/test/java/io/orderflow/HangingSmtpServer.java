package io.orderflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts every connection and then says nothing, reads nothing and
 * never closes: what an SMTP server stuck behind a full disk or a broken proxy looks like
 * to a client. A client without timeouts waits for its greeting forever.
 */
public final class HangingSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private HangingSmtpServer() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptForever, "hanging-smtp-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public static HangingSmtpServer start() throws IOException {
		return new HangingSmtpServer();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Connections accepted so far (each left hanging). */
	public int connections() {
		return accepted.size();
	}

	private void acceptForever() {
		while (!server.isClosed()) {
			try {
				accepted.add(server.accept());
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : accepted) {
			socket.close();
		}
	}

}
