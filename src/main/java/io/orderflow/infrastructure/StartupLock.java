package io.orderflow.infrastructure;

import java.sql.DatabaseMetaData;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setup that every node runs on start (groups, authorizations, filters, demo data) runs
 * one node at a time: in one transaction that holds a PostgreSQL advisory lock until it
 * commits, so a node that starts at the same moment as another waits and then finds what
 * the other created, instead of failing on a duplicate key. A repository because the lock
 * is SQL no aggregate owns. H2 serves one node only and needs no lock.
 */
@Repository
public class StartupLock {

	/** Any number no other advisory lock of this database uses: "OFSETUP" in ASCII. */
	private static final long KEY = 0x4f4653455455L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean postgres;

	StartupLock(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
			.toLowerCase()
			.contains("postgres");
	}

	public void exclusively(Runnable setup) {
		exclusively(() -> {
			setup.run();
			return null;
		});
	}

	/**
	 * Runs the step under the lock, in a transaction of its own, and returns its result.
	 */
	public <T> T exclusively(Supplier<T> step) {
		return transaction.execute(status -> {
			if (postgres) {
				jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query().listOfRows();
			}
			return step.get();
		});
	}

}
