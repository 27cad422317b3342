package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a run cost, read before and after it: the bench database's counters in
 * {@code pg_stat_database} and (where the extension is loaded)
 * {@code pg_stat_statements}, CPU time of the application's JVM, of the PostgreSQL
 * backends serving its database and of the driver itself from {@code /proc}. It reads
 * from a database of its own, so its queries are not counted.
 */
final class Probe implements AutoCloseable {

	/** Linux reports CPU time in clock ticks of 1/100 s. */
	private static final double MS_PER_TICK = 10.0;

	private final Connection monitor;

	private final boolean statements;

	Probe(String monitorUrl, String user, String password) throws SQLException {
		monitor = DriverManager.getConnection(monitorUrl, user, password);
		monitor.setAutoCommit(true);
		boolean available;
		try (var statement = monitor.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			statement.executeQuery("select count(*) from pg_stat_statements").close();
			available = true;
		}
		catch (SQLException notPreloaded) {
			available = false;
		}
		statements = available;
	}

	boolean statementsAvailable() {
		return statements;
	}

	/**
	 * Counters and CPU times now; {@code pg_stat_statements} is reset for the database.
	 */
	Snapshot start(String database, long appPid) throws SQLException {
		if (statements) {
			try (PreparedStatement reset = monitor.prepareStatement(
					"select pg_stat_statements_reset(0, (select oid from pg_database where datname = ?), 0)")) {
				reset.setString(1, database);
				reset.execute();
			}
		}
		return take(database, appPid);
	}

	Snapshot take(String database, long appPid) throws SQLException {
		long[] counters = new long[4];
		try (PreparedStatement query = monitor.prepareStatement(
				"select xact_commit + xact_rollback, tup_inserted, tup_updated, tup_deleted from pg_stat_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				for (int i = 0; i < 4; i++) {
					counters[i] = row.getLong(i + 1);
				}
			}
		}
		long[] calls = { -1, -1 };
		if (statements) {
			try (PreparedStatement query = monitor.prepareStatement("select coalesce(sum(calls), 0),"
					+ " coalesce(sum(calls) filter (where query ilike 'commit%' or query ilike 'rollback%'), 0)"
					+ " from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ?")) {
				query.setString(1, database);
				try (ResultSet row = query.executeQuery()) {
					row.next();
					calls[0] = row.getLong(1);
					calls[1] = row.getLong(2);
				}
			}
		}
		Map<Long, Long> backends = new HashMap<>();
		try (PreparedStatement query = monitor
			.prepareStatement("select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					long pid = rows.getLong(1);
					backends.put(pid, cpuTicks(pid));
				}
			}
		}
		return new Snapshot(counters[0], counters[1], counters[2], counters[3], calls[0], calls[1], cpuTicks(appPid),
				backends, cpuTicks(ProcessHandle.current().pid()), System.nanoTime());
	}

	/** Resident set size of a process in MB, from {@code /proc/<pid>/status}. */
	static double rssMb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
		}
		catch (IOException | NumberFormatException gone) {
			// the process ended
		}
		return -1;
	}

	/** User plus system time of a process in clock ticks; 0 once it is gone. */
	static long cpuTicks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after "pid (comm) ": state is field 3, utime 14 and stime 15
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	@Override
	public void close() throws SQLException {
		monitor.close();
	}

	/**
	 * The counters at one moment; {@code statements} and {@code commits} are -1 without
	 * the extension.
	 */
	record Snapshot(long transactions, long inserted, long updated, long deleted, long statements, long commits,
			long appTicks, Map<Long, Long> backendTicks, long driverTicks, long nanos) {

		Cost minus(Snapshot before) {
			long backends = 0;
			for (Map.Entry<Long, Long> backend : backendTicks.entrySet()) {
				backends += backend.getValue() - before.backendTicks.getOrDefault(backend.getKey(), 0L);
			}
			return new Cost(transactions - before.transactions, inserted - before.inserted, updated - before.updated,
					deleted - before.deleted, statements < 0 ? -1 : statements, commits < 0 ? -1 : commits,
					(appTicks - before.appTicks) * MS_PER_TICK, backends * MS_PER_TICK,
					(driverTicks - before.driverTicks) * MS_PER_TICK, (nanos - before.nanos) / 1e9);
		}

	}

	/** What happened between two snapshots; CPU in milliseconds. */
	record Cost(long transactions, long inserted, long updated, long deleted, long statements, long commits,
			double appCpuMs, double postgresCpuMs, double driverCpuMs, double seconds) {

		/** This cost without {@code times} times {@code other} (at least zero). */
		Cost minus(Cost other, double times) {
			return new Cost(Math.max(0, Math.round(transactions - times * other.transactions)),
					Math.max(0, Math.round(inserted - times * other.inserted)),
					Math.max(0, Math.round(updated - times * other.updated)),
					Math.max(0, Math.round(deleted - times * other.deleted)),
					statements < 0 ? -1 : Math.max(0, Math.round(statements - times * other.statements)),
					commits < 0 ? -1 : Math.max(0, Math.round(commits - times * other.commits)),
					Math.max(0, appCpuMs - times * other.appCpuMs),
					Math.max(0, postgresCpuMs - times * other.postgresCpuMs),
					Math.max(0, driverCpuMs - times * other.driverCpuMs), seconds);
		}

		/** The driver's share of all CPU the run used (driver, application, database). */
		double driverShare() {
			double all = appCpuMs + postgresCpuMs + driverCpuMs;
			return all == 0 ? 0 : driverCpuMs / all;
		}

	}

}
