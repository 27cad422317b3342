package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's {@code ```bash} blocks, run as a reader runs them: in order, in one shell
 * session (variables set by one block are there in the next), against the app the test
 * started. Only the address changes: {@code http://localhost:8080} becomes the test's
 * port. {@code curl} fails on an HTTP error ({@code --fail-with-body}), so a README
 * command that the app answers 4xx or 5xx fails the test, as does any other failing
 * command ({@code set -euo pipefail}).
 */
final class ReadmeShell {

	static final Path README = Path.of("README.md");

	/** A fenced bash block and the level-2 and level-3 headings it stands under. */
	record Block(String section, String subsection, String script) {

		boolean calls(String path) {
			return script.contains(path);
		}

	}

	private final Path session;

	private final String baseUrl;

	private final Map<String, String> environment;

	ReadmeShell(Path session, int port, Map<String, String> environment) {
		this.session = session;
		this.baseUrl = "http://localhost:" + port;
		this.environment = environment;
	}

	/** Every bash block of the README, in order; indentation of list items removed. */
	static List<Block> blocks() throws IOException {
		List<Block> blocks = new ArrayList<>();
		String section = "";
		String subsection = "";
		StringBuilder script = null;
		String fence = null;
		for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
			if (script == null && line.startsWith("## ")) {
				section = line.substring(3).trim();
				subsection = "";
			}
			else if (script == null && line.startsWith("### ")) {
				subsection = line.substring(4).trim();
			}
			else if (script == null && line.trim().equals("```bash")) {
				fence = line.substring(0, line.indexOf('`'));
				script = new StringBuilder();
			}
			else if (script != null && line.trim().equals("```")) {
				blocks.add(new Block(section, subsection, script.toString()));
				script = null;
			}
			else if (script != null) {
				script.append(line.startsWith(fence) ? line.substring(fence.length()) : line).append('\n');
			}
		}
		return blocks;
	}

	/** Runs the block in this session and returns what it printed. */
	String run(Block block) throws IOException, InterruptedException {
		String script = block.script().replace("http://localhost:8080", baseUrl);
		Path file = session.resolve("block.sh");
		Files.writeString(file, """
				set -euo pipefail
				curl() { command curl --fail-with-body --silent --show-error --max-time 20 "$@"; }
				if [ -f state.sh ]; then source state.sh; fi
				set -a
				%s
				set +a
				export -p > state.sh
				""".formatted(script));
		Path log = session.resolve("block.log");
		ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).directory(session.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		boolean finished = process.waitFor(60, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(log);
		assertThat(finished && process.exitValue() == 0)
			.as("README block under \"%s\" failed:%n%s%n--- output ---%n%s", block.subsection(), block.script(), output)
			.isTrue();
		return output;
	}

}
