package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.orderflow.ReadmeShell.Block;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's "Using it" walked through word for word on a fresh demo system: every bash
 * block from placing OF-100001 to its return, in order, in one shell session. Between two
 * blocks the test plays the job executor, as the few seconds a reader takes to read on
 * would. The property below gives the walk a context, and so an empty database, of its
 * own: the order numbers the README names are those of a fresh start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.test.walkthrough=readme-demo")
@ActiveProfiles({ "demo", "test" })
class ReadmeDemoWalkthroughTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCommandOfUsingItWorksInTheOrderWritten(@TempDir Path session) throws Exception {
		List<Block> blocks = ReadmeShell.blocks().stream().filter(block -> block.section().equals("Using it")).toList();
		ReadmeShell shell = new ReadmeShell(session, port, Map.of());
		EngineDriver engine = new EngineDriver(processEngine, this::everyOrderAndReturn);

		assertThat(blocks).hasSizeGreaterThanOrEqualTo(14);
		for (Block block : blocks) {
			shell.run(block);
			engine.runJobs();
		}

		assertThat(status("OF-100001")).isEqualTo("DELIVERED");
		assertThat(status("OF-100002")).isEqualTo("IN_FULFILLMENT");
		assertThat(status("OF-100003")).isEqualTo("IN_FULFILLMENT");
		assertThat(status("OF-100004")).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select status from return_request where return_number = 'RMA-500001'")
			.query(String.class)
			.single()).isEqualTo("RECEIVED");
	}

	private String status(String orderNumber) {
		return jdbc.sql("select status from customer_order where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
	}

	private List<String> everyOrderAndReturn() {
		return jdbc.sql("select order_number from customer_order union all select return_number from return_request")
			.query(String.class)
			.list();
	}

}
