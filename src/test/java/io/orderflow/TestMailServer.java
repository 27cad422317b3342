package io.orderflow;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free loopback port, that
 * every Spring test context sends its mails to ({@code spring.mail.host/port}, set here
 * before a context starts). Tests read the mails back by recipient; each customer has an
 * address of its own, so tests sharing the server do not see each other's mails.
 */
public class TestMailServer implements EnvironmentPostProcessor {

	private static GreenMail server;

	private static int port;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		startOnce();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
	}

	/** Starts the server for the first context; one a test stopped stays stopped. */
	private static synchronized void startOnce() {
		if (port == 0) {
			start();
		}
	}

	public static synchronized void start() {
		if (server != null) {
			return;
		}
		ServerSetup setup = port == 0 ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
				: new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		server = new GreenMail(setup);
		server.start();
		port = server.getSmtp().getPort();
	}

	/** The server goes away: sends fail until {@link #start()} brings it back. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The mails the server received for an address, in the order they came. */
	public static synchronized MimeMessage[] mailsTo(String recipient) {
		if (server == null) {
			return new MimeMessage[0];
		}
		return java.util.Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

}
